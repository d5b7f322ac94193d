/// A file of the built site: its path from the site root and its bytes.
public struct OutputFile: Sendable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// What the write stage did.
public struct WriteReport: Sendable {
    public var written: [String] = []
    public var unchanged = 0
    public var removed: [String] = []
}
