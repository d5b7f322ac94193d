/// The subject of a figure: what it counts, as words of the sentence. The counted noun phrase
/// with its modifiers, plus a short participle or prepositional phrase after it ("North Korean
/// soldiers sent to Russia"), ending at a clause boundary and kept to a few words.
struct SubjectReader: Sendable {
    let v: FigureVocabulary

    private static let clauseOpeners: Set<String> = [",", ";", ":", "(", "\"", "“", "‘", "«", "„", "—", "–"]

    func subject(of m: UnitMatch, number n: ParsedNumber, start: Int, in s: SentenceTokens) -> String {
        if case .elided(let subject) = m.place { return subject }
        if m.kind == .money || m.kind == .percent {
            if case .before(let first, let last) = m.place { return s.span(first, last) }
            return measured(after: m.surfaceEnd, start: start, in: s)
        }
        // "12 kg of explosives", "40 centimetres of snow": a measure's "of" phrase says what it measures.
        if m.kind != .people, m.kind != .object, s.low(m.surfaceEnd + 1) == "of", let p = phraseAfter(m.surfaceEnd + 2, start: start, in: s) {
            return p
        }
        switch m.place {
        case .noun(let phraseStart, let head):
            let end = tail(after: head, words: head - phraseStart + 1, start: start, in: s)
            return s.span(phraseStart, end)
        case .before(let first, let last):
            return s.span(first, last)
        case .elided(let subject):
            return subject  // (read above; kept for an exhaustive switch)
        case .attached(compound: true):
            // "a 32-nation alliance" → "alliance", "a five-day strike by rail workers" → "strike".
            let k = m.surfaceEnd + 1
            guard !v.notSubjectStarts.contains(s.low(k)) else { return m.unit }
            return phraseAfter(k, start: start, in: s) ?? m.unit
        case .attached(compound: false), .currency:
            return measured(after: m.surfaceEnd, start: start, in: s)
        }
    }

    /// What a sum of money, a percentage or a bare measure is of: the phrase after it, or the
    /// noun phrase before it; "" when the sentence does not say.
    private func measured(after end: Int, start: Int, in s: SentenceTokens) -> String {
        let k = end + 1
        // "48.2 percent of the vote", "$74 billion in aid to Ukraine"
        if ["of", "in", "for", "on"].contains(s.low(k)), let p = phraseAfter(k + 1, start: start, in: s) { return p }
        // "a $5 million fine", "a 5 percent increase in prices"
        if s.isWord(k), !v.determiners.contains(s.lows[k]), !v.notSubjectStarts.contains(s.lows[k]),
           let p = phraseAfter(k, start: start, in: s) { return p }
        // "Turnout was 51 percent", "The damage was estimated at $74 billion", "a fee of €105m"
        return phraseBefore(start, in: s) ?? ""
    }

    /// A short noun phrase starting at token `k` (determiners skipped), with its tail; nil when
    /// none starts there.
    private func phraseAfter(_ k0: Int, start: Int, in s: SentenceTokens) -> String? {
        var k = k0
        if v.determiners.contains(s.low(k)) { k += 1 }
        var end = k - 1
        while s.isWord(end + 1), end + 1 - k < FigureLimits.maxTailObjectWords,
              !v.functionWords.contains(s.lows[end + 1]), !v.tailPrepositions.contains(s.lows[end + 1]),
              end < k || !isVerbLike(end + 1, in: s) {
            end += 1
        }
        guard end >= k else { return nil }
        // Content words running on past the phrase ("a five-day strike cost half a million") leave
        // its end unknown: keep the first word, the likeliest head.
        if end > k, end - k + 1 == FigureLimits.maxTailObjectWords, s.isWord(end + 1) {
            end = k
        }
        return s.span(k, tail(after: end, words: end - k + 1, start: start, in: s))
    }

    /// The noun phrase before a figure, across linking words ("Turnout was", "the damage was estimated at").
    private func phraseBefore(_ start: Int, in s: SentenceTokens) -> String? {
        var p = start - 1
        var skipped = 0
        while s.isWord(p), skipped < FigureLimits.maxLinkingWords, v.linking.contains(s.lows[p]) || v.changeVerbs.contains(s.lows[p]) {
            p -= 1
            skipped += 1
        }
        guard skipped > 0, s.isWord(p), !v.functionWords.contains(s.lows[p]) else { return nil }
        var first = p
        while s.isWord(first - 1), p - (first - 1) < FigureLimits.maxBackWords, !v.functionWords.contains(s.lows[first - 1]) {
            first -= 1
        }
        return s.span(first, p)
    }

    /// Last token of the short phrase after the noun at `head`: an optional participle and one
    /// prepositional phrase ("sent to Russia", "in the Kursk region", "of oil"). Returns `head`
    /// when none follows.
    private func tail(after head: Int, words: Int, start: Int, in s: SentenceTokens) -> Int {
        var j = head + 1
        var used = words
        if s.isWord(j) {
            let w = s.lows[j]
            // A regular -ed form right after the subject of a sentence is more often its verb
            // ("12 people died in the floods") than a participle, so it is only taken after a verb
            // or preposition ("sent 1,500 soldiers deployed to the front").
            let participle = v.participles.contains(w) || (w.count > 4 && w.hasSuffix("ed") && !isSentenceSubject(start, in: s))
            if participle, v.tailPrepositions.contains(s.low(j + 1)) {
                j += 1
                used += 1
            }
        }
        guard v.tailPrepositions.contains(s.low(j)), used + 2 <= FigureLimits.maxSubjectWords else { return head }
        // "to" before a lowercase word that is no determiner starts an infinitive ("troops to support Russia").
        if s.low(j) == "to", s.isWord(j + 1), !s.capitalized(j + 1), !v.determiners.contains(s.lows[j + 1]) { return head }
        j += 1
        used += 1
        if v.determiners.contains(s.low(j)) {
            j += 1
            used += 1
        }
        var last = -1
        var objectWords = 0
        var sawCapital = false
        while j < s.count, objectWords < FigureLimits.maxTailObjectWords, used < FigureLimits.maxSubjectWords {
            if s.tokens[j].kind == .possessive, last == j - 1 {
                j += 1
                continue
            }
            // "on Flight 370": a name with a number is no place.
            guard s.isWord(j), !s.isNumber(j + 1) else { break }
            let w = s.lows[j]
            if v.functionWords.contains(w) || v.tailPrepositions.contains(w) { break }
            // A lowercase word after a name is usually the next verb ("in Russia fought …") unless it
            // is the common noun of a place ("in Russia's Kursk region") or ends the phrase
            // ("of the North Korean army are …").
            if sawCapital, !s.capitalized(j), !v.placeHeads.contains(w), w.hasSuffix("ed") || !endsPhrase(j + 1, in: s) { break }
            // After the first word, an -ed word is the next verb ("in 200 cities across the country joined").
            if objectWords > 0, isVerbLike(j, in: s) { break }
            // "on Monday", "in June": a time, not part of what is counted.
            if objectWords == 0, v.dateWords.contains(w) { break }
            if s.capitalized(j) { sawCapital = true }
            last = j
            objectWords += 1
            used += 1
            j += 1
        }
        return last >= 0 ? last : head
    }

    /// A lowercase -ed word after a noun: the verb of the clause ("of the aid arrived").
    private func isVerbLike(_ j: Int, in s: SentenceTokens) -> Bool {
        s.isWord(j) && !s.capitalized(j) && s.lows[j].hasSuffix("ed")
    }

    /// Whether token `j` ends a noun phrase before it: punctuation, a function word, a preposition, the end.
    private func endsPhrase(_ j: Int, in s: SentenceTokens) -> Bool {
        guard s.isWord(j) else { return true }
        return v.functionWords.contains(s.lows[j]) || v.tailPrepositions.contains(s.lows[j])
    }

    /// Whether the figure starting at `start` opens its clause (nothing but a determiner before
    /// it since the sentence start or a comma), so that a following -ed word is its verb.
    private func isSentenceSubject(_ start: Int, in s: SentenceTokens) -> Bool {
        var p = start - 1
        if v.determiners.contains(s.low(p)) { p -= 1 }
        return p < 0 || s.isPunct(p, Self.clauseOpeners)
    }
}
