/// Attributions standing away from the quote's marks: one that closes the sentence after a comma (the quote
/// sits inside the sentence, so the patterns right after its closing mark do not see the speaker; each
/// comma-separated segment between the quote and the sentence's end is read for one that is nothing but
/// `X said` or `said X`), one that stands as a sentence of its own after a question, and a verb of rejection
/// a few words before "as “…”". Tried from `speakerPhrase` and `before`.
extension QuoteAttribution {
    /// `Families will have to “find another way” to get there, Wells said.`: the sentence ends with its own
    /// attribution after a comma (`, X said.` / `, said X.`, perhaps with a phrase of occasion, perhaps followed
    /// by a clause of its own: `, Wells said, though …`), so the words quoted before that comma are X's.
    func closingAttribution(_ s: TokenSentence, after c: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        var end = toks.count
        while end > c, toks[end - 1].kind == .punct, !QuoteScanner.isQuoteMark(toks[end - 1]) { end -= 1 }
        let commas = (c + 1..<end).filter { toks[$0].text == "," && !mask[$0] }
        for (n, comma) in commas.enumerated() {
            let segmentEnd = n + 1 < commas.count ? commas[n + 1] : end
            // Only the sentence's end or a comma opening a clause of its own may follow the attribution.
            if segmentEnd < end {
                let next = segmentEnd + 1
                guard next < end, s.isWord(next), s.has(next, [.coordinators, .subordinators]) || s.lower(next).hasSuffix("ing") else { continue }
            }
            if let r = attributionSegment(s, (comma + 1)..<segmentEnd, mask) { return r }
        }
        return nil
    }

    /// `"Who is going to fix it?" Ms Lal said.`: a question or exclamation closing the quote ends the sentence
    /// before its attribution, which then stands alone as the next sentence: nothing but `X said` or `said X`.
    func standaloneAttribution(_ s: TokenSentence, _ mask: [Bool]) -> Range<Int>? {
        var end = s.tokens.count
        while end > 0, s.tokens[end - 1].kind == .punct, !QuoteScanner.isQuoteMark(s.tokens[end - 1]) { end -= 1 }
        return attributionSegment(s, 0..<end, mask)
    }

    /// The speaker when tokens `seg` are nothing but an attribution: `X said [on Monday]` or `said X`.
    private func attributionSegment(_ s: TokenSentence, _ seg: Range<Int>, _ mask: [Bool]) -> Range<Int>? {
        guard !seg.isEmpty, seg.count <= AttributionLimits.maxTrailingAttribution, !seg.contains(where: { mask[$0] }),
              let v = seg.first(where: { parser.isVerb(s, $0, in: .speechVerbs) }), !s.lower(v).hasSuffix("ing") else { return nil }
        /// Whether `from..<seg.upperBound` is empty or a short phrase of occasion ("on Monday", "at a briefing").
        func onlyOccasion(from i: Int) -> Bool { i >= seg.upperBound || isCircumstance(s, i..<seg.upperBound, mask, weekdayLeads: true) }
        if v == seg.lowerBound {
            guard !s.has(v, .toldVerbs), let obj = parser.objectPhrase(s, after: v), obj.upperBound <= seg.upperBound,
                  onlyOccasion(from: obj.upperBound) else { return nil }
            return obj
        }
        guard let subj = parser.subject(s, before: v, mask: mask), subj.lowerBound == seg.lowerBound,
              onlyOccasion(from: v + 1) || s.has(v, .toldVerbs) else { return nil }
        return subj
    }

    /// "Lal dismissed that claim as “wishful thinking”", "Pérez rejected the report as ‘fiction’": a verb of
    /// rejection or judgement a few words before "as" and the quote, which sums up its object. In the passive
    /// the speaker follows "by": "a torc described by curators as “irreplaceable”".
    func rejectedAs(_ s: TokenSentence, _ o: Int, _ mask: [Bool]) -> Range<Int>? {
        guard o >= 3, s.lower(o - 1) == "as" else { return nil }
        if let v = (max(0, o - AttributionLimits.maxVerbDistance)..<(o - 2)).last(where: { s.isWord($0) && s.lower($0) == "by" && $0 > 0
               && !mask[$0 - 1] && s.has($0 - 1, [.speechVerbs, .rejection, .characterising]) && s.lower($0 - 1).hasSuffix("ed") }),
           let agent = parser.objectPhrase(s, after: v), agent.upperBound == o - 1 {
            return agent
        }
        // The nearest verb of judgement within a short object, with no ";" or other verb of speech between.
        var k = o - 2
        while k >= 0, o - k <= AttributionLimits.rejectionObjectWindow, s.tokens[k].text != ";" {
            if !mask[k], parser.isVerb(s, k, in: [.rejection, .characterising]), !s.lower(k).hasSuffix("ing") {
                return parser.subject(s, before: k, mask: mask)
            }
            // ("dismissed that claim as": a speech word with no subject of its own is the object.)
            if !mask[k], parser.isVerb(s, k, in: .speechVerbs), parser.subject(s, before: k, mask: mask) != nil { return nil }
            k -= 1
        }
        return nil
    }
}
