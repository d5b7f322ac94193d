/// A file of the built site: its path from the site root and its bytes.
public struct OutputFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Hash of everything the page was made from (pages only), kept in the cache manifest.
    public var fingerprint: UInt64?
    /// Hash of what the page depends on (`PageInputs`), for pages made from one story.
    public var inputs: UInt64?
    /// The page's inputs did not change since the last build and the file is in place: not rendered.
    public var kept = false
    /// Set once the file has been put into the staging folder (its bytes are then dropped).
    public var staged: Staged?

    public enum Staged: Sendable { case written, unchanged }

    public init(path: String, bytes: [UInt8], fingerprint: UInt64? = nil) {
        self.path = path
        self.bytes = bytes
        self.fingerprint = fingerprint
    }

    public init(path: String, text: String, fingerprint: UInt64? = nil) {
        self.init(path: path, bytes: Array(text.utf8), fingerprint: fingerprint)
    }

    /// A page left as the previous build wrote it.
    public static func kept(_ path: String, fingerprint: UInt64) -> OutputFile {
        var f = OutputFile(path: path, bytes: [], fingerprint: fingerprint)
        f.kept = true
        return f
    }
}

/// What the write stage did.
public struct WriteReport: Sendable {
    public var written: [String] = []
    public var unchanged = 0
    public var removed: [String] = []
}
