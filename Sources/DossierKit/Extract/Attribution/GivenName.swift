/// `said the vendor, who gave only his first name, Rondell.` / `a nurse, who gave her name as Amina Yusuf`:
/// a speaker described without a name whose relative clause then gives the name the article goes on to use.
extension QuoteAttribution {
    /// The name given in a relative clause right after the described speaker `r`, or nil.
    func givenName(_ s: TokenSentence, after r: Range<Int>, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        guard s.isWord(r.lowerBound), s.has(r.lowerBound, .determiners) else { return nil }
        var i = r.upperBound
        if i < toks.count, toks[i].text == "," { i += 1 }
        guard i < toks.count, s.isWord(i), s.lower(i) == "who",
              let n = (i + 1..<min(toks.count, i + 2 + AttributionLimits.maxGivenNameClauseWords)).first(where: { s.isWord($0) && ["name", "as"].contains(s.lower($0)) })
        else { return nil }
        var j = n + 1
        if j < toks.count, toks[j].text == "," || s.isWord(j) && s.lower(j) == "as" { j += 1 }
        let start = j
        while j < toks.count, s.isNamePart(j), !mask[j] { j += 1 }
        guard j == toks.count || toks[j].kind == .punct else { return nil }
        var end = j  // (a full stop read as an initial's ends the sentence)
        while end > start, toks[end - 1].kind == .punct { end -= 1 }
        return end > start ? start..<end : nil
    }
}
