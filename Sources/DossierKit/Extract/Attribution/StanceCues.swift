/// Stance cues beyond "said", "confirmed" and "denied": withheld answers, characterisations, estimates,
/// evidence that speaks for its author, court reporting, fronted attributions, a source's own hedge inside
/// what it reports, and translated "P, so X." attributions.
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

    /// "Ms Roe would not say whether …", "Police won't say how many …": a refusal to answer, like "declined to
    /// say". ("Would not confirm" is the confirmation rule's.)
    func refusedToSay(_ s: TokenSentence, _ v: Int, _ mask: [Bool]) -> StanceHit? {
        guard v >= 2, v + 1 < s.tokens.count, s.isWord(v + 1), vocab.withheldQuestions.contains(s.lower(v + 1)),
              !s.has(v, .confirmation), !mask[v] else { return nil }
        var n = v - 1
        while n > 0, s.isWord(n), s.has(n, .adverbs), !s.has(n, .negation) { n -= 1 }  // "would not immediately say"
        let cueStart: Int
        if s.has(n, .negation), vocab.refusing.contains(s.lower(n)) {
            cueStart = n  // "wouldn't"
        } else if s.has(n, .negation), n > 0, vocab.refusing.contains(s.lower(n - 1)) {
            cueStart = n - 1
        } else {
            return nil
        }
        let source = parser.subject(s, before: cueStart, mask: mask)
        return StanceHit(stance: .notConfirmed, cue: cueStart..<(v + 1), cueText: s.text(cueStart..<(v + 1)).lowercased(),
                         sources: source.map { [$0] } ?? [], proposition: parser.clause(s, from: v + 1))
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
              (v..<min(toks.count, v + 1 + AttributionLimits.commentReach)).contains(where: { s.has($0, .withholding) && !mask[$0] })
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

    /// Translated German and Dutch "This communicated the police on Wednesday." / "This was announced by the fire
    /// brigade on Thursday." ("Das teilte die Polizei mit"): a sentence that opens with a back-reference and only
    /// says who reported the sentence before it. The reporter, a person or body, stands after the verb or "by";
    /// at most a phrase of time or place follows ("That said, …" and "This announced the end of …" are no reports).
    func pointingBack(_ s: TokenSentence, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        guard toks.count >= 4, s.isWord(0), vocab.backReferences.contains(s.lower(0)), !mask.contains(true) else { return nil }
        // The verb right after the back-reference (which `isVerb` would read as a determiner), or after a be-form.
        let passive = s.has(1, .beForms)
        let r = passive ? 2 : 1
        guard s.isWord(r), !toks[r].isCapitalized, s.has(r, .reportingVerbs), !s.has(r, .toldVerbs),
              !passive || (r + 1 < toks.count && s.lower(r + 1) == "by"),
              let src = parser.objectPhrase(s, after: passive ? r + 1 : r),
              src.contains(where: { toks[$0].isCapitalized || s.has($0, [.roleNoun, .bodies]) }) else { return nil }
        var end = toks.count
        while end > src.upperBound, toks[end - 1].kind == .punct { end -= 1 }
        guard end - src.upperBound <= AttributionLimits.maxAdverbialTokens,
              end == src.upperBound || s.has(src.upperBound, [.cutWords, .weekdays]) else { return nil }
        return StanceHit(stance: .asserted, cue: 0..<(r + 1), cueText: s.text(0..<(r + 1)).lowercased(), sources: [src], proposition: nil)
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

    /// Inside reported speech, a hedge of the source's own: "may have" / "might have" / "could have" + participle
    /// (a guess about what happened, not a possibility ahead) or a be-form + "likely to" / "unlikely to" /
    /// "expected to" ([hedge-passive]). A modal on the reported clause's own verb is `reportedModal`.
    func isReportedHedge(_ s: TokenSentence, _ i: Int, _ mask: [Bool]) -> Bool {
        let toks = s.tokens
        guard i + 2 < toks.count, !mask[i], s.isWord(i) else { return false }
        if s.has(i, .modal), s.lower(i + 1) == "have", s.isWord(i + 2), !toks[i + 2].isCapitalized { return true }
        return s.has(i, .beForms) && s.has(i + 1, .hedgePassive) && s.lower(i + 2) == "to"
    }

    /// "said the repairs could cost $3m", "said that it may take weeks": the reported claim's own verb carries a
    /// modal, so the source offers it as a possibility (hedged). Only the first verb group of the clause counts:
    /// a modal after a subordinator or relative pronoun ("said residents who could not travel …", "said that if
    /// talks fail, prices may …") belongs to a clause inside it. A negated "could" reads as inability in the
    /// past ("said he could not find the money"), an emphatic one ("could hardly") as no hedge.
    func reportedModal(_ s: TokenSentence, _ prop: Range<Int>, _ mask: [Bool]) -> Bool {
        let toks = s.tokens
        var i = prop.lowerBound
        if i < prop.upperBound, s.lower(i) == "that" { i += 1 }
        let start = i
        while i < prop.upperBound, i - start <= AttributionLimits.maxReportedSubjectTokens {
            if mask[i] || QuoteScanner.isQuoteMark(toks[i]) { return false }
            if s.isWord(i), s.has(i, [.subordinators, .relativePronouns]) { return false }
            if s.isWord(i), s.has(i, .modal) {
                guard i > start, i + 1 < prop.upperBound, s.isWord(i + 1), isHedgingModal(s, i) else { return false }
                return !(s.lower(i) == "could" && s.lower(i + 1) == "not")
            }
            i += 1
        }
        return false
    }

    /// Machine-translated German reported speech, "P, so Egli." / "P, so the spokeswoman of the fire brigade."
    /// (from "…, so Egli"): a quote marker after a comma, then only a speaker phrase (a name, or a role or body
    /// with its "of" phrase) and perhaps an adverb ("so Richter further") before the sentence ends. An English
    /// "…, so the council raised taxes" has a clause there, whose last word is no name, role or body.
    func soAttribution(_ s: TokenSentence, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        // `„…“, so Hofer.` attributes a quote: a quote claim, not a statement.
        guard let m = toks.indices.last(where: { $0 >= 3 && s.has($0, .quoteMarkers) && toks[$0 - 1].text == "," && !mask[$0] }),
              !mask[m - 2], !QuoteScanner.isQuoteMark(toks[m - 2]),
              let obj = parser.objectPhrase(s, after: m) else { return nil }
        var end = obj.upperBound
        while end < toks.count, s.isWord(end), s.has(end, .adverbs) { end += 1 }
        guard (end..<toks.count).allSatisfy({ toks[$0].kind == .punct && !QuoteScanner.isQuoteMark(toks[$0]) }) else { return nil }
        var phrase = obj
        while phrase.count > 1, s.has(phrase.upperBound - 1, .adverbs) { phrase = phrase.lowerBound..<(phrase.upperBound - 1) }
        let of = phrase.first { $0 > phrase.lowerBound && s.lower($0) == "of" } ?? phrase.upperBound
        guard let head = (phrase.lowerBound..<of).last(where: { s.isWord($0) }),
              toks[head].isCapitalized || s.has(head, [.roleNoun, .bodies]),
              !(phrase.lowerBound..<of).contains(where: { s.isWord($0) && !toks[$0].isCapitalized && !s.has($0, [.determiners, .roleNoun, .bodies, .titleModifiers]) }),
              let prop = parser.clause(s, from: 0), prop.lowerBound < m - 1 else { return nil }
        return StanceHit(stance: .asserted, cue: m..<(m + 1), cueText: s.lower(m), sources: [phrase],
                         proposition: prop.lowerBound..<min(prop.upperBound, m - 1))
    }

    /// "The club left open whether the coach stays" / translated "Whether the club appeals, the chairman left
    /// open yet": a question left open is a claim not confirmed, by the verb's subject.
    func leftOpen(_ s: TokenSentence, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        guard let v = toks.indices.dropLast().first(where: { i in
            !mask[i] && s.isWord(i) && vocab.leaveOpen[s.lower(i)] == s.lower(i + 1)
        }), !parser.isPassive(s, v) else { return nil }  // "the door was left open"
        let source = parser.subject(s, before: v, mask: mask)
        var prop = parser.clause(s, from: v + 2)
        // The question put first: "Whether …, X left open."
        if let src = source, src.lowerBound >= 2, toks[src.lowerBound - 1].text == ",", s.isWord(0), s.has(0, .subordinators) {
            prop = parser.trimmed(s, 0..<(src.lowerBound - 1))
        } else if !(v + 2 < toks.count && ["whether", "if"].contains(s.lower(v + 2))) {
            return nil  // "the ruling left open the possibility …" is no question left unanswered
        }
        return StanceHit(stance: .notConfirmed, cue: v..<(v + 2), cueText: s.text(v..<(v + 2)).lowercased(),
                         sources: source.map { [$0] } ?? [], proposition: prop)
    }
}
