/// Lexicon entries of one or more words, matched against the tokens of a sentence.
///
/// Entries are cut with the same `Tokenizer` as sentences, so "approx." becomes the two tokens
/// "approx" "." and "per cent" the two tokens "per" "cent"; a phrase is found when its tokens
/// stand next to each other in the sentence. Lookups are dictionary lookups of the joined tokens,
/// at most `maxLength` of them per position.
struct PhraseMap<Value: Sendable>: Sendable {
    private var map: [String: Value] = [:]
    private(set) var maxLength = 0
    /// First and last tokens of the phrases: most positions are rejected by one set lookup.
    private var firstWords = WordSet([])
    private var lastWords = WordSet([])
    /// For each first (last) word, a bit for each phrase length it starts (ends): only those
    /// lengths are joined and looked up ("to" starts only "to date").
    private var firstLengths: [String: UInt32] = [:]
    private var lastLengths: [String: UInt32] = [:]

    /// The first entry for a phrase wins, so that lexicon order decides duplicates.
    init(_ pairs: [(String, Value)]) {
        var firsts = Set<String>()
        var lasts = Set<String>()
        for (phrase, value) in pairs {
            let words = Tokenizer.tokens(phrase).map { $0.text.lowercased() }
            guard !words.isEmpty else { continue }
            let key = words.joined(separator: " ")
            if map[key] == nil { map[key] = value }
            maxLength = max(maxLength, words.count)
            firsts.insert(words[0])
            lasts.insert(words[words.count - 1])
            let bit: UInt32 = words.count < 32 ? 1 << UInt32(words.count) : 0
            firstLengths[words[0], default: 0] |= bit
            lastLengths[words[words.count - 1], default: 0] |= bit
        }
        firstWords = WordSet(firsts)
        lastWords = WordSet(lasts)
    }

    subscript(_ key: String) -> Value? { map[key] }

    /// The longest phrase whose first token is `lows[k]`: its length in tokens and its value.
    func longest(startingAt k: Int, in lows: [String], maxTokens: Int = .max) -> (length: Int, value: Value)? {
        guard k >= 0, k < lows.count, firstWords.contains(lows[k]), let lengths = firstLengths[lows[k]] else { return nil }
        var n = min(maxLength, lows.count - k, maxTokens)
        while n >= 1 {
            if lengths & (1 << UInt32(n)) != 0, let v = map[n == 1 ? lows[k] : lows[k..<(k + n)].joined(separator: " ")] { return (n, v) }
            n -= 1
        }
        return nil
    }

    /// The longest phrase whose last token is `lows[k]`.
    func longest(endingAt k: Int, in lows: [String]) -> (length: Int, value: Value)? {
        guard k >= 0, k < lows.count, lastWords.contains(lows[k]), let lengths = lastLengths[lows[k]] else { return nil }
        var n = min(maxLength, k + 1)
        while n >= 1 {
            if lengths & (1 << UInt32(n)) != 0, let v = map[n == 1 ? lows[k] : lows[(k - n + 1)...k].joined(separator: " ")] { return (n, v) }
            n -= 1
        }
        return nil
    }
}

/// A set of phrases: a `PhraseMap` without values.
struct PhraseSet: Sendable {
    private let phrases: PhraseMap<Bool>

    init(_ entries: [String]) { phrases = PhraseMap(entries.map { ($0, true) }) }

    func contains(_ word: String) -> Bool { phrases[word] != nil }

    /// Length of the longest phrase starting at token `k`, 0 when none does.
    func length(startingAt k: Int, in lows: [String]) -> Int { phrases.longest(startingAt: k, in: lows)?.length ?? 0 }

    /// Length of the longest phrase ending at token `k`, 0 when none does.
    func length(endingAt k: Int, in lows: [String]) -> Int { phrases.longest(endingAt: k, in: lows)?.length ?? 0 }

    /// Whether the phrase occurs anywhere in the tokens.
    func occurs(in lows: [String]) -> Bool {
        for k in lows.indices where length(startingAt: k, in: lows) > 0 { return true }
        return false
    }
}

/// Reads `form = value` entries; a bare entry is its own value.
enum LexiconPairs {
    static func strings(_ lexicon: Lexicon, _ section: String) -> [(String, String)] {
        lexicon[section].map { entry in
            guard let eq = entry.firstIndex(of: "=") else { return (entry, entry) }
            let key = entry[..<eq].trimmingCharacters(in: .whitespaces)
            let value = entry[entry.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            return (key, value.isEmpty ? key : value)
        }
    }

    /// Entries whose value is a number ("million = 1000000"); entries without one are left out.
    static func numbers(_ lexicon: Lexicon, _ section: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for (k, v) in strings(lexicon, section) {
            if let d = Double(v), out[k.lowercased()] == nil { out[k.lowercased()] = d }
        }
        return out
    }
}
