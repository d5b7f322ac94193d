/// The number vocabulary of lexicon/numbers.txt.
struct NumberWords: Sendable {
    let cardinals: [String: Double]
    let tens: [String: Double]
    let hundred: [String: Double]
    let scales: [String: Double]
    let scaleAbbreviations: [String: Double]
    let moneyScales: [String: Double]
    /// "one", "a", "an": 1, but only counted before a scale word (or, "one", before a percent unit).
    let one: [String: Double]
    let half: [String: Double]
    let fractions: Set<String>
    /// "point" in "fourteen point eight million", and the digit words read one by one after it.
    let decimalPoints: Set<String>
    let digits: [String: Double]
    /// Words a spelled number can start with.
    let startWords: WordSet

    init(lexicon l: Lexicon) {
        cardinals = LexiconPairs.numbers(l, "cardinals")
        tens = LexiconPairs.numbers(l, "tens")
        hundred = LexiconPairs.numbers(l, "hundred")
        scales = LexiconPairs.numbers(l, "scales")
        scaleAbbreviations = LexiconPairs.numbers(l, "scale-abbreviations")
        moneyScales = LexiconPairs.numbers(l, "money-scale-abbreviations")
        one = LexiconPairs.numbers(l, "one")
        half = LexiconPairs.numbers(l, "half")
        fractions = l.set("fractions")
        decimalPoints = l.set("decimal-point")
        digits = LexiconPairs.numbers(l, "digits")
        startWords = WordSet(Set(cardinals.keys).union(tens.keys).union(one.keys).union(half.keys))
    }

    /// Whether a word can start a spelled number ("two", "twenty-five", "five-day", "a").
    /// `hyphenated: false` says the word holds no "-" (known from `SentenceTokens`), sparing a search.
    func canStart(_ low: String, hyphenated: Bool = true) -> Bool {
        if startWords.contains(low) { return true }
        guard hyphenated, let dash = low.utf8.firstIndex(of: 0x2D) else { return false }
        return startWords.contains(low[..<dash])
    }

    /// Whether a word is a number spelled out from two up ("nine" in "two of the nine members"), not "a"/"one".
    func isSpelledCount(_ low: String) -> Bool {
        low != "a" && low != "one" && smallCount(low) != nil
    }

    /// A count written as one word: "two", "twenty-five", "a", "one" (for "two weeks ago").
    func smallCount(_ low: String) -> Int? {
        if let v = cardinals[low] ?? tens[low] ?? one[low] { return Int(v) }
        let parts = low.split(separator: "-").map(String.init)
        if parts.count == 2, let t = tens[parts[0]], let u = cardinals[parts[1]] ?? one[parts[1]], u < 10 { return Int(t + u) }
        return nil
    }
}
