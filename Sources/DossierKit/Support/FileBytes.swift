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
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            done += n
        }
        if done < out.count { out.removeLast(out.count - done); return out }
        // The file may have grown since fstat: read on until the end.
        let more = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65_536) { buf -> Bool in
            while true {
                let n = Foundation.read(fd, buf.baseAddress!, buf.count)
                if n < 0, errno == EINTR { continue }
                if n < 0 { return false }
                if n == 0 { return true }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[0..<n]))
            }
        }
        guard more else { return nil }
        return out
    }
}
