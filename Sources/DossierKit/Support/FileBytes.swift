import Foundation

/// Reads a whole file into bytes with open/fstat/read: no `Data` in between to copy out of, which
/// matters when a rebuild reads ten thousand cached articles.
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read.
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        var size = Int(st.st_size)
        var out = [UInt8](repeating: 0, count: size)
        var done = 0
        while true {
            if done == size {
                // The file may have grown since fstat: read on until the end.
                size += 65_536
                out.append(contentsOf: repeatElement(0, count: 65_536))
            }
            let n = out.withUnsafeMutableBytes { buf in Foundation.read(fd, buf.baseAddress! + done, size - done) }
            if n < 0 { if errno == EINTR { continue } else { return nil } }
            if n == 0 { break }
            done += n
        }
        out.removeLast(out.count - done)
        return out
    }
}
