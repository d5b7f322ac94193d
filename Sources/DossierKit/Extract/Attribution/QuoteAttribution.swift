/// Finds the speaker phrase of one quote piece in its paragraph:
/// after the closing mark (`"…," Cho said` / `"…," said Cho` / `"…", according to X`),
/// before the opening mark (`Cho said: "…"` / `X called it a “provocation”` / `"…," he said, "…"`),
/// or anywhere in the sentence (`according to X, … "…"`), and headline style (`Yoon: "…"`).
struct QuoteAttribution: Sendable {
    let vocab: AttributionVocabulary
    let parser: AttributionParser

    /// The sentence and phrase naming the speaker, or nil.
    func speakerPhrase(_ piece: QuotePiece, in para: [TokenSentence], mask: [[Bool]]) -> (TokenSentence, Range<Int>)? {
        if let c = piece.closeToken, let r = after(para[piece.closeSentence], c, mask[piece.closeSentence]) {
            return (para[piece.closeSentence], r)
        }
        let s = para[piece.openSentence]
        if let r = before(s, piece.openToken, mask[piece.openSentence]) { return (s, r) }
        if let acc = parser.accordingTo(s, mask: mask[piece.openSentence]) { return (s, acc.source) }
        return nil
    }

    /// The subject of the first attribution verb outside quotes in a sentence that quotes nobody
    /// ("A company spokeswoman denied that …"): who a following "she said" most likely means.
    func reportingSubject(_ s: TokenSentence, _ mask: [Bool]) -> Range<Int>? {
        for i in s.tokens.indices where !mask[i] && parser.isVerb(s, i, in: Self.attributionVerbs) {
            if let subj = parser.subject(s, before: i, mask: mask) { return subj }
        }
        return nil
    }

    private static let attributionVerbs: WordClass = [.speechVerbs, .reportingVerbs, .denialVerbs, .confirmation, .decline]

    private func after(_ s: TokenSentence, _ c: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        var k = c + 1
        while k < toks.count, toks[k].text == "," || toks[k].text == "—" || toks[k].text == "–" { k += 1 }
        guard k < toks.count else { return nil }
        if parser.isVerb(s, k, in: .speechVerbs) {
            // `"…," noting that …`: the verb shares the sentence's subject.
            if s.lower(k).hasSuffix("ing") { return mainSubject(s, before: k, mask) }
            return s.has(k, .toldVerbs) ? nil : parser.objectPhrase(s, after: k)
        }
        if s.lower(k) == "according", k + 1 < toks.count, s.lower(k + 1) == "to" {
            return parser.objectPhrase(s, after: k + 1)
        }
        // Machine-translated German, `„…“, so a speaker.`: the speaker phrase ends the sentence.
        if s.has(k, .quoteMarkers), let obj = parser.objectPhrase(s, after: k),
           (obj.upperBound..<toks.count).allSatisfy({ toks[$0].kind == .punct }) {
            return obj
        }
        var j = k
        while j < toks.count, j - k < AttributionLimits.maxTrailingAttribution {
            if mask[j] { return nil }
            if parser.isVerb(s, j, in: .speechVerbs) {
                guard let subj = parser.subject(s, before: j, mask: mask), subj.lowerBound == k else { return nil }
                return subj
            }
            let t = toks[j]
            if t.kind == .punct, !((t.text == "." || t.text == "-") && t.attached) { return nil }
            j += 1
        }
        return nil
    }

    private func before(_ s: TokenSentence, _ o: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        var j = o - 1
        var passedAnd = false
        while j >= 0, o - j <= AttributionLimits.maxVerbDistance {
            if mask[j] { j -= 1; continue }  // words of an earlier quote
            let t = toks[j]
            if t.text == ";" { break }
            if t.kind == .word, s.lower(j) == "and" { passedAnd = true }
            if parser.isVerb(s, j, in: .speechVerbs) {
                if let subj = parser.subject(s, before: j, mask: mask) { return subj }
                // "… has dismissed the “speculations” and asserted that … “…”": the earlier verb's subject.
                if precededByAnd(s, j) || passedAnd || (j > 0 && s.lower(j - 1) == "to") { j -= 1; continue }
                if !t.isCapitalized, s.lower(j).hasSuffix("ing") { return mainSubject(s, before: j, mask) }
                // "said Cho: “…”": a speaker after the verb only when it stands right before the quote; in
                // "said people who walk more are “…”" the phrase after the verb is what was said.
                if !s.has(j, .toldVerbs), let obj = parser.objectPhrase(s, after: j), obj.upperBound <= o,
                   (obj.upperBound..<o).allSatisfy({ toks[$0].kind == .punct }) { return obj }
                return nil
            }
            j -= 1
        }
        // Headline style, "Yoon: “We will not sit idle”": a short name right before a colon.
        if o >= 2, toks[o - 1].text == ":", let subj = parser.subject(s, before: o - 1, mask: mask),
           subj.count <= AttributionLimits.maxColonSpeakerTokens, toks[subj.upperBound - 1].isCapitalized,
           subj.lowerBound == 0 || ["–", "—", "-", "|"].contains(toks[subj.lowerBound - 1].text) {
            return subj
        }
        return nil
    }

    /// The subject of an "-ing" attribution ("…, calling it “…”"): that of the nearest earlier speech verb
    /// with a subject of its own, else the subject the sentence opens with.
    private func mainSubject(_ s: TokenSentence, before v: Int, _ mask: [Bool]) -> Range<Int>? {
        var j = v - 1
        while j >= 0, v - j <= AttributionLimits.maxVerbDistance {
            if !mask[j], parser.isVerb(s, j, in: .speechVerbs), let subj = parser.subject(s, before: j, mask: mask) { return subj }
            j -= 1
        }
        return parser.sentenceSubject(s, before: v)
    }

    private func precededByAnd(_ s: TokenSentence, _ v: Int) -> Bool {
        var j = v - 1
        while j >= 0, s.isWord(j), s.has(j, .adverbs) { j -= 1 }
        return j >= 0 && s.lower(j) == "and"
    }
}
