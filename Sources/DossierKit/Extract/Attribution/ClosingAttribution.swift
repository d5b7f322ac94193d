/// The attribution that closes a sentence after a comma, away from the quote it attributes. The quote sits
/// inside the sentence, so the patterns right after its closing mark do not see the speaker; this scan reads
/// each comma-separated segment between the quote and the sentence's end and takes one that is nothing but
/// `X said` or `said X`. Tried after the patterns at the quote's marks and "according to" (`speakerPhrase`).
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
}
