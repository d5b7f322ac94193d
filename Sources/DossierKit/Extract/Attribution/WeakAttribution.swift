/// The weak patterns of `QuoteAttribution`: a sentence that names the speaker only as the subject of a short
/// predicate before a colon (`X was blunt: "…"`) or as the phrase after a viewpoint word (`For X, "…"`).
extension QuoteAttribution {
    /// `The coach, former striker Dario Conti, was blunt: “…”`: a short predicate with a be- or have-form
    /// between the subject and a colon right before the quote. The subject is the speaker.
    func colonClause(_ s: TokenSentence, _ o: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        guard o >= 3, toks[o - 1].text == ":" else { return nil }
        var v = o - 2
        while v >= 0, o - 1 - v <= AttributionLimits.maxColonPredicateTokens {
            // "The minister was asked: “…”": a speech verb in the predicate makes the subject the listener.
            if mask[v] || toks[v].kind != .word || s.has(v, [.speechVerbs, .toldVerbs]) { return nil }
            // "She did not hesitate: “…”": a do-form carries the predicate as a be- or have-form does.
            if s.has(v, .beForms) || AttributionParser.haveForms.contains(s.lower(v)) || AttributionParser.doForms.contains(s.lower(v)) {
                return parser.subject(s, before: v, mask: mask)
            }
            // "Okafor put it bluntly: “…”", "She phrased it this way:": a verb of phrasing with "it".
            if vocab.phrasingVerbs.contains(s.lower(v)), v + 1 < o - 1, s.lower(v + 1) == "it" {
                return parser.subject(s, before: v, mask: mask)
            }
            v -= 1
        }
        return nil
    }

    /// `For the mayor, Jane Roe, “…”` / `For Jane Roe, a retired teacher, “…”` (French "Pour X, «…»"): the
    /// sentence opens with a viewpoint word and a phrase, and the quote follows its closing comma.
    func viewpoint(_ s: TokenSentence, _ o: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        guard o >= 3, toks[o - 1].text == ",", s.isWord(0), vocab.viewpoint.contains(s.lower(0)) else { return nil }
        // The phrase, cut at its commas: one segment, or a role and a name, or a name and an appositive.
        var segments: [Range<Int>] = []
        var a = 1
        for i in 1..<o {
            let t = toks[i]
            if t.text == "," {
                guard a < i else { return nil }
                segments.append(a..<i)
                a = i + 1
                continue
            }
            if mask[i] || (t.kind == .punct && !((t.text == "." || t.text == "-") && t.attached) && t.text != "'") { return nil }
            if t.kind == .word, !t.isCapitalized, s.has(i, [.speechVerbs, .boundaries]), !s.has(i, .determiners) { return nil }
        }
        guard (1...2).contains(segments.count), o - 1 <= AttributionLimits.maxSpeakerTokens + AttributionLimits.maxAppositiveTokens else { return nil }
        if segments.count == 1 { return segments[0].count <= AttributionLimits.maxSpeakerTokens ? segments[0] : nil }
        func isName(_ r: Range<Int>) -> Bool { r.allSatisfy { s.isNamePart($0) } }
        if isName(segments[0]) { return segments[0] }
        if isName(segments[1]), parser.rolePhrase(s, endingAt: segments[0].upperBound) { return segments[1] }
        return nil
    }
}
