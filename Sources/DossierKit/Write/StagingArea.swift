import Foundation

/// The staging folder of one write, filled while pages are rendered (from many tasks at once).
///
/// A file whose bytes equal the one in the output folder is only noted as unchanged; any other
/// goes to the staging folder. Either way it comes back without its bytes, so the rendered site
/// is never held in memory whole. Nothing in the output folder changes until `SiteWriter.commit`.
public final class StagingArea: @unchecked Sendable {
    let output: String
    let staging: String
    /// The output folder's files before this build.
    let existing: Set<String>
    private let lock = NSLock()
    /// Folders already made, so thousands of pages in one folder cost one mkdir.
    private var folders = Set<String>()

    init(output: String, staging: String, existing: Set<String>) {
        self.output = output
        self.staging = staging
        self.existing = existing
    }

    /// Stages `file` and returns it emptied, marked written or unchanged. A file already staged
    /// passes through, so render and write may both hand over the same file.
    public func put(_ file: OutputFile) throws -> OutputFile {
        if file.staged != nil { return file }
        guard SiteWriter.isSafe(file.path) else { throw DossierError(file: file.path, message: "unsafe or duplicate output path") }
        var done = OutputFile(path: file.path, bytes: [], fingerprint: file.fingerprint)
        done.kept = file.kept
        done.inputs = file.inputs
        if existing.contains(file.path), file.kept || Self.holds(output + "/" + file.path, file.bytes) {
            done.staged = .unchanged
            return done
        }
        let path = staging + "/" + file.path
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        // Made under the lock: another task must not write into a folder that is still being made.
        try lock.withLock {
            if folders.insert(dir).inserted {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            }
        }
        try SiteWriter.writeFile(path, file.bytes, makeFolder: false)
        done.staged = .written
        return done
    }

    /// True when the file at `path` has exactly these bytes; its size is checked before it is read.
    static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0, st.st_size == bytes.count,
              let existing = FileBytes.read(path), existing.count == bytes.count else { return false }
        if bytes.isEmpty { return true }
        return existing.withUnsafeBytes { a in bytes.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, bytes.count) == 0 } }
    }
}
