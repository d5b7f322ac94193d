import Foundation

/// Byte-level text helpers for hot paths. Foundation's `String.contains`/`range(of:)` and
/// Character iteration cost microseconds per call on Linux; these work on UTF-8 directly.
extension String {
    /// Whether `needle` occurs in the string (exact UTF-8 bytes).
    func containsBytes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

    /// UTF-8 offset of the first occurrence of `needle` at or after `from`.
    func byteOffset(of needle: String, from: Int = 0) -> Int? {
        var hay = self
        var n = needle
        return hay.withUTF8 { h in
            n.withUTF8 { nd -> Int? in
                guard nd.count > 0, from <= h.count, nd.count <= h.count - from else { return nd.count == 0 ? from : nil }
                guard let base = h.baseAddress, let nb = nd.baseAddress else { return nil }
                // memchr for the first byte, memcmp for the rest (memmem is a GNU extension Swift cannot see).
                var i = from
                let last = h.count - nd.count
                let first = Int32(nd[0])
                while i <= last {
                    guard let hit = memchr(base + i, first, last - i + 1) else { return nil }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, nb, nd.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    /// The string with every occurrence of `target` replaced by `replacement`.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        guard var at = byteOffset(of: target) else { return self }
        let bytes = Array(utf8)
        let t = target.utf8.count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var start = 0
        while true {
            out += bytes[start..<at]
            out += replacement.utf8
            start = at + t
            guard let next = byteOffset(of: target, from: start) else { break }
            at = next
        }
        out += bytes[start...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits on every occurrence of `separator` (exact bytes), keeping empty pieces.
    func splitBytes(_ separator: String) -> [String] {
        var pieces: [String] = []
        var start = 0
        let bytes = Array(utf8)
        let s = separator.utf8.count
        while let at = byteOffset(of: separator, from: start) {
            pieces.append(String(decoding: bytes[start..<at], as: UTF8.self))
            start = at + s
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces
    }

    /// ASCII-lowercased copy (other scalars unchanged): enough for matching English cue words.
    var asciiLowercased: String {
        guard utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return self }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }

    /// Number of words separated by ASCII white space.
    var wordCount: Int {
        var n = 0
        var inWord = false
        for b in utf8 {
            let space = b == 32 || b == 10 || b == 9
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
