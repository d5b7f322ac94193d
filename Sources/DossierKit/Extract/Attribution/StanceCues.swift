/// Stance cues beyond "said", "confirmed" and "denied": withheld answers, characterisations, estimates,
/// evidence that speaks for its author, court reporting and fronted attributions.
extension StanceScanner {
    /// "She declined to say how many …", "The ministry refused to comment": not confirmed, by the subject.
    func withheld(_ s: TokenSentence, _ d: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        // "declined to confirm" is the confirmation rule's.
        guard d + 2 < toks.count, s.lower(d + 1) == "to", s.has(d + 2, .withholding), !s.has(d + 2, .confirmation),
              !toks[d].isCapitalized || s.isHeadline else { return nil }
        let source = parser.subject(s, before: d, mask: mask) ?? parser.earlierSubject(s, before: d, mask)
        return StanceHit(stance: .notConfirmed, cue: d..<(d + 3), cueText: s.text(d..<(d + 3)).lowercased(),
                         sources: source.map { [$0] } ?? [], proposition: parser.clause(s, from: d + 3))
    }

    /// "It did not respond to a request for comment", "could not immediately be reached for comment".
    func noResponse(_ s: TokenSentence, _ v: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        guard parser.isVerb(s, v, in: .nonResponse) else { return nil }
        var j = v - 1
        var negation: Int?
        while j >= 0, v - j <= AttributionLimits.negationReach, toks[j].kind == .word {
            if s.has(j, .negation) { negation = j } else if !s.has(j, [.adverbs, .beForms, .modal]) { break }
            j -= 1
        }
        guard let n = negation,
              ((v + 1)..<min(toks.count, v + 1 + AttributionLimits.commentReach)).contains(where: { s.has($0, .withholding) && !mask[$0] })
        else { return nil }
        let source = parser.subject(s, before: j + 1, mask: mask)
        return StanceHit(stance: .notConfirmed, cue: n..<(v + 1), cueText: s.text(n..<(v + 1)).lowercased(),
                         sources: source.map { [$0] } ?? [], proposition: nil)
    }

    /// "X accused Y of …", "X criticised …", "X called the result “a betrayal”", "X described this as …":
    /// the subject's own judgement, asserted. Naming verbs ("called") need the name: quoted words or "as".
    func characterised(_ s: TokenSentence, _ v: Int, _ mask: [Bool]) -> StanceHit? {
        guard parser.isVerb(s, v, in: [.characterising, .namingVerbs]), !s.lower(v).hasSuffix("ing"),
              let subject = parser.subject(s, before: v, mask: mask) ?? secondVerbSubject(s, v),
              let prop = parser.clause(s, from: v + 1) else { return nil }
        if !s.has(v, .characterising), !prop.contains(where: { mask[$0] || s.lower($0) == "as" }) { return nil }
        let unquoted = prop.filter { !mask[$0] && s.tokens[$0].kind == .word }.count
        guard unquoted >= AttributionLimits.minUnquotedObjectWords else { return nil }
        return StanceHit(stance: .asserted, cue: v..<(v + 1), cueText: s.lower(v), sources: [subject], proposition: prop)
    }

    /// "Police put the number at about 12,000", "Exit polls had put the party at 31 percent": the subject's estimate.
    func estimate(_ s: TokenSentence, _ v: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        // "losses put at up to $150 million" (a passive, no object before "at") estimates nothing itself.
        guard parser.isVerb(s, v, in: .estimating), let subject = parser.subject(s, before: v, mask: mask),
              let at = ((v + 2)..<min(toks.count, v + 1 + AttributionLimits.estimateObjectTokens)).first(where: { s.lower($0) == "at" })
        else { return nil }
        // After "at": a few qualifier words ("about", "more than"), a currency sign, then the number.
        var n = at + 1
        while n < toks.count, n - at <= 3, toks[n].kind == .word { n += 1 }
        if n < toks.count, toks[n].kind == .punct { n += 1 }
        guard n < toks.count, toks[n].kind == .number else { return nil }
        return StanceHit(stance: .asserted, cue: v..<(v + 1), cueText: s.lower(v), sources: [subject],
                         proposition: parser.clause(s, from: v + 1))
    }

    /// "Data from the statistics institute show …", "A survey by the union found that …".
    func evidence(_ s: TokenSentence, _ v: Int, _ mask: [Bool]) -> StanceHit? {
        guard parser.isVerb(s, v, in: .evidenceVerbs), let subject = parser.subject(s, before: v, mask: mask),
              subject.contains(where: { s.has($0, .evidence) }),
              let prop = parser.clause(s, from: v + 1), prop.count >= 3 else { return nil }
        return StanceHit(stance: .asserted, cue: v..<(v + 1), cueText: s.lower(v), sources: [subject], proposition: prop)
    }

    /// "The court heard that …": proceedings report a claim; nobody in particular makes it.
    func heard(_ s: TokenSentence, _ v: Int, _ mask: [Bool]) -> StanceHit? {
        guard parser.isVerb(s, v, in: .hearing), v + 1 < s.tokens.count, s.lower(v + 1) == "that",
              let subject = parser.subject(s, before: v, mask: mask), subject.contains(where: { s.has($0, .bodies) }) else { return nil }
        return StanceHit(stance: .asserted, cue: v..<(v + 2), cueText: s.text(v..<(v + 2)).lowercased(),
                         proposition: parser.clause(s, from: v + 2))
    }

    /// "As the fire brigade said, …": the clause after the comma is the source's.
    func frontedAs(_ s: TokenSentence, _ r: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        guard r + 1 < toks.count, toks[r + 1].text == ",", s.lower(0) == "as",
              let subject = parser.subject(s, before: r, mask: mask), subject.lowerBound == 1,
              let prop = parser.clause(s, from: r + 2) else { return nil }
        return StanceHit(stance: .asserted, cue: r..<(r + 1), cueText: s.lower(r), sources: [subject], proposition: prop)
    }

    /// "The damage amounts, after first estimates, to …", "according to preliminary estimates": a hedge.
    func estimated(_ s: TokenSentence, _ n: Int) -> StanceHit? {
        var j = n - 1
        while j >= 0, n - j <= 2, s.tokens[j].kind == .word, !s.has(j, .estimateFrames) { j -= 1 }
        guard j >= 0, n - j <= 2, s.has(j, .estimateFrames) else { return nil }
        return StanceHit(stance: .hedged, cue: j..<(n + 1), cueText: s.text(j..<(n + 1)).lowercased(), proposition: clauseAround(s, n))
    }

    /// "The US views the alliance as dangerous and has repeatedly accused …": the sentence's subject.
    private func secondVerbSubject(_ s: TokenSentence, _ v: Int) -> Range<Int>? {
        var j = v - 1
        while j >= 0, s.isWord(j), s.has(j, .adverbs) { j -= 1 }
        guard j >= 0, s.lower(j) == "and" else { return nil }
        return parser.sentenceSubject(s, before: j)
    }
}
