/// The lexicon words and their `WordClass`es, in an open-addressing hash table keyed by UTF-8 bytes.
/// Every word of every sentence is looked up once; a `Dictionary<String, …>` spends most of that time
/// hashing with SipHash and checking Unicode normalisation, which lexicon words (lowercased) never need.
struct WordClassTable: Sendable {
    private let keys: [[UInt8]]
    private let values: [WordClass]
    /// Index into `keys` + 1 per slot; 0 = empty. The slot count is a power of two, at least twice the words.
    private let slots: [Int32]
    private let mask: Int

    init(_ words: [String: WordClass]) {
        let sorted = words.keys.sorted()  // a fixed layout, whatever the dictionary's order
        var size = 16
        while size < sorted.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var keys: [[UInt8]] = []
        var values: [WordClass] = []
        for w in sorted {
            let bytes = Array(w.utf8)
            var i = Self.hash(bytes) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            keys.append(bytes)
            values.append(words[w]!)
            slots[i] = Int32(keys.count)
        }
        self.keys = keys
        self.values = values
        self.slots = slots
        self.mask = size - 1
    }

    /// FNV-1a over the bytes.
    private static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    func classes(of word: String) -> WordClass {
        var word = word
        return word.withUTF8 { bytes in
            var i = Self.hash(bytes) & mask
            while true {
                let k = Int(slots[i])
                if k == 0 { return [] }
                if keys[k - 1].elementsEqual(bytes) { return values[k - 1] }
                i = (i + 1) & mask
            }
        }
    }
}
