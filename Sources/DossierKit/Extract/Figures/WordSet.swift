/// A set of lowercased words that rejects most words without a full hash. Two cheap tests come
/// first: the first byte and length of the word (two O(1) reads), then a 64K-bit table of a cheap
/// hash (FNV-1a of the UTF-8 bytes) of the members. The scanners ask "can this start a number /
/// a date / a phrase?" of every token of every sentence, and nearly all answers are no; the
/// standard set's seeded hash is only computed for the few words that pass both.
struct WordSet: Sendable {
    private let words: Set<String>
    /// For each first byte, a bit for each length (lengths of 63 and more share the last bit).
    private let shapes: [UInt64]
    private let table: [UInt64]
    private static let bits = 1 << 16

    init<S: Sequence>(_ members: S) where S.Element == String {
        let words = Set(members)
        var shapes = [UInt64](repeating: 0, count: 256)
        var table = [UInt64](repeating: 0, count: Self.bits / 64)
        for w in words {
            guard let f = w.utf8.first else { continue }
            shapes[Int(f)] |= 1 << UInt64(min(w.utf8.count, 63))
            let h = Self.cheapHash(w.utf8)
            table[h >> 6] |= 1 << UInt64(h & 63)
        }
        self.words = words
        self.shapes = shapes
        self.table = table
    }

    func contains(_ w: String) -> Bool {
        let u = w.utf8
        guard let f = u.first, shapes[Int(f)] & (1 << UInt64(min(u.count, 63))) != 0 else { return false }
        let h = Self.cheapHash(u)
        guard table[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return false }
        return words.contains(w)
    }

    func contains(_ w: Substring) -> Bool {
        let u = w.utf8
        guard let f = u.first, shapes[Int(f)] & (1 << UInt64(min(u.count, 63))) != 0 else { return false }
        let h = Self.cheapHash(u)
        guard table[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return false }
        return words.contains(String(w))
    }

    var members: Set<String> { words }

    /// FNV-1a folded to 16 bits: deterministic, no seed, a few instructions a byte.
    private static func cheapHash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt32 = 2_166_136_261
        for b in bytes {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        return Int((h ^ (h >> 16)) & 0xFFFF)
    }
}
