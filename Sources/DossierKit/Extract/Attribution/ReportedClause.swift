/// Where the reported clause of "X said …" starts: past adverbials ("said on Tuesday in a statement that …"),
/// and how the reporting verb is quoted as a cue.
extension StanceScanner {
    /// The reporting verb as a cue: "said", or "pointed out" for a phrasal verb's particle.
    func verbText(_ s: TokenSentence, _ r: Int) -> String {
        guard r > 0, vocab.phrasal[s.lower(r - 1)]?.contains(s.lower(r)) == true else { return s.lower(r) }
        return s.lower(r - 1) + " " + s.lower(r)
    }

    static let timeAdverbs: Set<String> = ["today", "yesterday", "tonight", "later", "earlier", "again", "also", "publicly", "separately", "previously"]
    static let relativeDays: Set<String> = ["last", "this", "next"]
    static let periods: Set<String> = ["week", "month", "year", "night", "morning", "weekend"]
    static let dayPrepositions: Set<String> = ["on", "in", "at"]
    static let occasionPrepositions: Set<String> = ["in", "at", "during", "on"]
    static let occasionDeterminers: Set<String> = ["a", "an", "the", "its", "his", "her", "their"]

    /// Skips "on Tuesday", "last week", "later", "in a statement", "at a briefing" after a reporting verb.
    func afterAdverbials(_ s: TokenSentence, _ from: Int) -> Int {
        let toks = s.tokens
        var k = from
        while k < toks.count, k - from <= AttributionLimits.maxAdverbialTokens, toks[k].kind == .word {
            let l = s.lower(k)
            if s.has(k, .weekdays) || Self.timeAdverbs.contains(l) {
                k += 1
            } else if Self.relativeDays.contains(l), k + 1 < toks.count, Self.periods.contains(s.lower(k + 1)) {
                k += 2
            } else if Self.dayPrepositions.contains(l), k + 1 < toks.count, s.has(k + 1, .weekdays) {
                k += 2
            } else if Self.occasionPrepositions.contains(l), k + 2 < toks.count, Self.occasionDeterminers.contains(s.lower(k + 1)),
                      s.has(k + 2, .timeWords) {
                k += 3
            } else {
                break
            }
        }
        return k
    }

    /// Whether token `k` after reporting verb `v` starts an adverbial, not reported speech ("said on condition of").
    /// Not so for a number's qualifier ("said about £1.1m had been recovered") or a warning's preposition
    /// ("warns against sending weapons", "warned of floods").
    func isAdverbialStart(_ s: TokenSentence, _ k: Int, verb v: Int) -> Bool {
        guard Self.adverbialStarts.contains(s.lower(k)) else { return false }
        if s.has(v, .warningVerbs), s.has(k, .warningPrepositions) { return false }
        if k + 1 < s.tokens.count, s.tokens[k + 1].kind == .number || (s.tokens[k + 1].kind == .punct && k + 2 < s.tokens.count && s.tokens[k + 2].kind == .number) {
            return false
        }
        return true
    }

    /// The "that" after a short adverbial run of words: no punctuation, no verb of speech, within reach.
    func thatAfterAdverbial(_ s: TokenSentence, from k: Int) -> Int? {
        guard Self.adverbialStarts.contains(s.lower(k)) else { return nil }
        var j = k
        while j < s.tokens.count, j - k <= AttributionLimits.maxAdverbialTokens {
            let t = s.tokens[j]
            guard t.kind == .word || t.kind == .number || t.kind == .possessive else { return nil }
            if s.lower(j) == "that" { return j }
            if s.has(j, [.speechVerbs, .reportingVerbs]) { return nil }
            j += 1
        }
        return nil
    }
}
