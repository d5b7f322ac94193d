/// Who speaks a quote nested in another, when the outer speaker says so right before it: `“I told him,
/// ‘You'll be chasing something that's disappearing,’” Marsh said` (the outer speaker's own words) or
/// `“Mia grabbed me at the break and said, ‘Just keep putting them up’”` (a name the outer speaker reports).
/// Anything else ("She told me, ‘…’", "They'd say, ‘…’") stays without a speaker: whose, the text rarely says.
extension QuoteAttribution {
    enum NestedSpeaker { case outerSpeaker, phrase(Range<Int>) }

    /// The subject of a speech verb just before the nested piece's mark (after a comma or colon, a listener
    /// between them): "I" for the outer speaker, or a capitalised name. "and said" takes the clause's first name.
    func nestedSpeaker(_ piece: QuotePiece, in para: [TokenSentence]) -> NestedSpeaker? {
        let s = para[piece.openSentence]
        let toks = s.tokens
        var j = piece.openToken - 1
        guard j >= 2, [",", ":"].contains(toks[j].text) else { return nil }
        j -= 1
        // "said to the staff,", "told him,", "asked me:": a short listener after the verb.
        let verb = (max(0, j - AttributionLimits.maxListenerTokens)...j).last { s.isWord($0) && !toks[$0].isCapitalized && s.has($0, [.speechVerbs, .toldVerbs]) }
        guard let v = verb, v >= 1, ((v + 1)..<(j + 1)).allSatisfy({ s.isWord($0) && !toks[$0].isCapitalized }) else { return nil }
        var subject = v - 1
        if s.lower(subject) == "and" {
            // "Mia grabbed me at the last break and said": the clause opens with the name.
            // (From the outer quote's opening mark when it stands in this sentence: "Kramer recalled that “Anja … said".)
            let from = (0..<v).last(where: { QuoteScanner.isQuoteMark(toks[$0]) }).map { $0 + 1 } ?? 0
            guard let first = (from..<subject).first(where: { s.isWord($0) }),
                  !(first..<subject).contains(where: { toks[$0].kind == .punct && !QuoteScanner.isQuoteMark(toks[$0]) && toks[$0].text != "." }) else { return nil }
            subject = first
            if toks[subject].text == "I" { return .outerSpeaker }
            var end = subject
            while end + 1 < toks.count, s.isWord(end + 1), toks[end + 1].isCapitalized { end += 1 }
            return isName(s, subject) ? .phrase(subject..<(end + 1)) : nil
        }
        if toks[subject].text == "I" { return .outerSpeaker }
        guard isName(s, subject) else { return nil }
        var start = subject
        while start > 0, s.isWord(start - 1), toks[start - 1].isCapitalized { start -= 1 }
        // The name opens its clause: after the outer mark, a full stop or a comma.
        guard start == 0 || toks[start - 1].kind == .punct else { return nil }
        return .phrase(start..<(subject + 1))
    }

    /// A capitalised word that is no pronoun, nor a pronoun's contraction ("They’d say", "I’ve had owners say").
    private func isName(_ s: TokenSentence, _ i: Int) -> Bool {
        s.isWord(i) && s.tokens[i].isCapitalized && !s.has(i, .pronounWords) && !s.tokens[i].text.contains("'") && !s.tokens[i].text.contains("’")
    }
}
