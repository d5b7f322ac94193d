/// A set of lowercased words that rejects most words before hashing them: a table of the first
/// byte and length (capped) of its members is checked first. The scanners ask "can this start a
/// number / a date / a phrase?" of every token of every sentence, and nearly all answers are no.
struct WordSet: Sendable {
    private let words: Set<String>
    /// For each first byte, a bit for each length (lengths of 31 and more share the last bit).
    private let shapes: [UInt32]

    init<S: Sequence>(_ members: S) where S.Element == String {
        let words = Set(members)
        var shapes = [UInt32](repeating: 0, count: 256)
        for w in words {
            guard let f = w.utf8.first else { continue }
            shapes[Int(f)] |= 1 << UInt32(min(w.utf8.count, 31))
        }
        self.words = words
        self.shapes = shapes
    }

    func contains(_ w: String) -> Bool {
        guard let f = w.utf8.first else { return words.contains(w) }
        guard shapes[Int(f)] & (1 << UInt32(min(w.utf8.count, 31))) != 0 else { return false }
        return words.contains(w)
    }

    func contains(_ w: Substring) -> Bool {
        guard let f = w.utf8.first else { return false }
        guard shapes[Int(f)] & (1 << UInt32(min(w.utf8.count, 31))) != 0 else { return false }
        return words.contains(String(w))
    }

    var members: Set<String> { words }
}
