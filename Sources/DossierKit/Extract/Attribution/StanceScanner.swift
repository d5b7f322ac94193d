/// One stance found in a sentence: what signals it, who holds it, what it is about (token ranges).
struct StanceHit: Sendable {
    let stance: Statement.Stance
    let cue: Range<Int>
    let cueText: String
    /// Who asserts, denies or fails to confirm; two for "neither X nor Y".
    var sources: [Range<Int>] = []
    var proposition: Range<Int>?

    /// denied / not confirmed / confirmed outrank a hedge, which outranks a plain assertion.
    var rank: Int {
        switch stance {
        case .denied, .notConfirmed, .confirmed: return 3
        case .hedged: return 2
        case .asserted: return 1
        }
    }
}

/// Finds the strongest stance cue of a sentence, outside quotation marks, by one scan over its tokens.
struct StanceScanner: Sendable {
    let vocab: AttributionVocabulary
    let parser: AttributionParser

    /// Words that may stand between a subject and a confirmation verb: "have not yet independently confirmed".
    /// "wish" / "want": "did not want to confirm", translated "has not wished to confirm" (French "n'a pas souhaité").
    private static let confirmationChain: Set<String> = ["independently", "officially", "publicly", "immediately", "yet", "to", "be", "been", "able", "so", "far",
                                                         "want", "wants", "wanted", "wish", "wishes", "wished"]
    /// "disputed that.", "rejected this.": a pronoun standing for the claim before.
    private static let demonstratives: Set<String> = ["that", "this", "it", "these", "those"]
    static let adverbialStarts: Set<String> = ["to", "of", "for", "by", "as", "against", "about", "with", "from", "so", "on", "in",
                                                        "at", "during", "after", "before", "over", "under", "into", "near", "while", "when", "up"]

    /// Every lexicon section a stance cue word is in: words in none of them are skipped at once.
    private static let cueClasses: WordClass = [.negators, .confirmation, .denialVerbs, .hedge, .beForms, .hedgeVerbs, .modal, .decline,
                                                .nonResponse, .withholding, .characterising, .namingVerbs, .estimating, .evidenceVerbs, .hearing,
                                                .estimateNouns, .reportingVerbs]

    /// The stances of a sentence: the strongest, and a second one when another source in another clause
    /// takes its own stance ("X warned that …, although Y denied …"; "Yonhap reported that …, and the NIS said …").
    func statements(_ s: TokenSentence, mask: [Bool]) -> [StanceHit] {
        let hits = candidates(s, mask: mask)
        guard var best = hits.max(by: { ($0.rank, -$0.cue.lowerBound) < ($1.rank, -$1.cue.lowerBound) }) else { return [] }
        // "Daily walking may cut the risk, study suggests": the hedge is the sentence's stance, the source the attribution's.
        // (The attribution may hedge by itself: "…, investigators believe".)
        if best.sources.isEmpty, let attributed = hits.first(where: { ($0.stance == .asserted || $0.stance == .hedged) && !$0.sources.isEmpty }) {
            best.sources = attributed.sources
        }
        func inside(_ r: Range<Int>, _ h: StanceHit) -> Bool {
            h.cue.overlaps(r) || h.sources.contains { $0.overlaps(r) }
        }
        // A source inside the first one's proposition is reported by it ("X said Y denied …"), unless a
        // subordinate clause of its own frames it ("… convened a meeting after the NIS said that …").
        func framed(_ h: StanceHit) -> Bool {
            guard let src = h.sources.first, src.lowerBound > 0 else { return false }
            return s.has(src.lowerBound - 1, .subordinators) && s.lower(src.lowerBound - 1) != "that"
        }
        // A clause of its own: "…, but the company said …", "…, and FreshWay declined to comment".
        func opensMainClause(_ h: StanceHit) -> Bool {
            guard let src = h.sources.first, src.lowerBound >= 2, src.lowerBound > best.cue.upperBound || src.upperBound <= best.cue.lowerBound,
                  !s.lower(h.cue.lowerBound).hasSuffix("ing") else { return false }
            return s.tokens[src.lowerBound - 2].text == "," && s.has(src.lowerBound - 1, .coordinators)
        }
        // A second statement is a denial, confirmation or non-confirmation, or reported speech with "that",
        // or ends where the first one's source sums it up (", a claim the ministry denied"), or opens a clause.
        func isClaim(_ h: StanceHit) -> Bool {
            h.rank == 3 || (h.proposition.map { $0.lowerBound > 0 && s.lower($0.lowerBound - 1) == "that" } ?? false)
                || (h.proposition.map { parser.isClaimAppositive(s, comma: $0.upperBound) } ?? false)
                || opensMainClause(h)
        }
        let second = hits.filter { h in
            !h.sources.isEmpty && (!best.sources.isEmpty || opensMainClause(h)) && !h.cue.overlaps(best.cue) && isClaim(h)
                && !h.sources.contains(where: { src in best.sources.contains { $0.overlaps(src) } })
                && (!(best.proposition.map { inside($0, h) } ?? false) || framed(h))
                && !(h.proposition.map { inside($0, best) } ?? false)
        }.max { ($0.rank, -$0.cue.lowerBound) < ($1.rank, -$1.cue.lowerBound) }
        return [best] + (second.map { [$0] } ?? [])
    }

    /// Every stance cue of the sentence outside quotation marks.
    private func candidates(_ s: TokenSentence, mask: [Bool]) -> [StanceHit] {
        guard !s.allClasses.isDisjoint(with: Self.cueClasses.union([.according, .quoteMarkers]))
                || s.lowers.contains(where: { vocab.leaveOpen[$0] != nil }) else { return [] }
        var hits: [StanceHit] = []
        let toks = s.tokens
        // Where the first condition or subordinate clause starts: a modal after it is not the main clause's.
        // A restrictive relative clause ("People who walk … may") is part of the subject, not a subordinate clause.
        // (An "according to" or tentative attribution leaves the sentence's own modal hedging it.)
        lazy var firstSubordinator = toks.indices.first { i in
            s.has(i, .subordinators) && !(s.has(i, .relativePronouns) && i > 0 && toks[i - 1].kind == .word)
        } ?? toks.count
        // A modal inside reported speech ("officials said the toll could rise") hedges nothing of the sentence's own;
        // one in the first clause before a trailing attribution ("the toll could rise, officials said") does,
        // one in a later clause ("…, and Seoul could consider …, an official said") does not.
        // A tentative verb ("suggests", "estimated") attributes without vouching: its modal still hedges.
        lazy var firstReporting = toks.indices.first { !mask[$0] && !s.has($0, .tentative) && parser.isVerb(s, $0, in: .reportingVerbs) }
        lazy var firstComma = toks.firstIndex { $0.text == "," } ?? toks.count
        for i in toks.indices where !mask[i] && s.has(i, Self.cueClasses) {
            let l = s.lower(i)
            if l == "neither", let h = neitherNor(s, i, mask) { hits.append(h) }
            if s.has(i, .confirmation), parser.isVerb(s, i, in: .confirmation), let h = confirmation(s, i, mask) { hits.append(h) }
            if l == "no", let h = noConfirmation(s, i) { hits.append(h) }
            if s.has(i, .denialVerbs), let h = denial(s, i, mask) { hits.append(h) }
            if s.has(i, .hedge) {
                hits.append(StanceHit(stance: .hedged, cue: i..<(i + 1), cueText: l, proposition: clauseAround(s, i)))
            }
            // Like a modal, "is likely to" inside reported speech ("X said the toll was likely to rise") is the source's claim.
            if s.has(i, .beForms), i + 2 < toks.count, s.has(i + 1, .hedgePassive),
               ["to", "that"].contains(s.lower(i + 2)), !(firstReporting.map { $0 < i } ?? false) {
                let prop = s.lower(i + 2) == "that" ? parser.clause(s, from: i + 3) : clauseAround(s, i)
                hits.append(StanceHit(stance: .hedged, cue: i..<(i + 3), cueText: s.text(i..<(i + 3)).lowercased(), proposition: prop))
            }
            // "It was stated that 60 homes were flooded", "it was announced that …": a report whose source the
            // sentence leaves unnamed (a hedging verb, "it is believed that", is read above).
            if s.has(i, .beForms), i >= 1, s.lower(i - 1) == "it", i + 2 < toks.count, s.lower(i + 2) == "that", !s.has(i + 1, .hedgePassive),
               s.has(i + 1, .speechVerbs), s.lower(i + 1).hasSuffix("ed") {
                hits.append(StanceHit(stance: .asserted, cue: (i - 1)..<(i + 3), cueText: s.text((i - 1)..<(i + 3)).lowercased(),
                                      proposition: parser.clause(s, from: i + 3)))
            }
            if s.has(i, .hedgeVerbs), i + 1 < toks.count, s.lower(i + 1) == "to", parser.isVerb(s, i, in: .hedgeVerbs) {
                hits.append(StanceHit(stance: .hedged, cue: i..<(i + 2), cueText: s.text(i..<(i + 2)).lowercased(), proposition: clauseAround(s, i)))
            }
            if s.has(i, .modal), !toks[i].isCapitalized, isMainClauseModal(s, i), i < firstSubordinator,
               firstReporting.map({ $0 > i && firstComma >= i }) ?? true {
                hits.append(StanceHit(stance: .hedged, cue: i..<(i + 1), cueText: l, proposition: clauseAround(s, i)))
            }
            if s.has(i, .decline), let h = withheld(s, i, mask) { hits.append(h) }
            if s.has(i, .withholding), let h = refusedToSay(s, i, mask) { hits.append(h) }
            if s.has(i, .nonResponse), let h = noResponse(s, i, mask) { hits.append(h) }
            if s.has(i, [.characterising, .namingVerbs]), let h = characterised(s, i, mask) { hits.append(h) }
            if s.has(i, .estimating), let h = estimate(s, i, mask) { hits.append(h) }
            if s.has(i, .evidenceVerbs), let h = evidence(s, i, mask) { hits.append(h) }
            if s.has(i, .hearing), let h = heard(s, i, mask) { hits.append(h) }
            if s.has(i, .estimateNouns), let h = estimated(s, i) { hits.append(h) }
            if parser.isVerb(s, i, in: .reportingVerbs), !hits.contains(where: { h in h.sources.contains { $0.contains(i) } }),
               let h = reported(s, i, mask) ?? frontedAs(s, i, mask) {
                hits.append(h)
            }
        }
        if let acc = parser.accordingTo(s, mask: mask) { hits.append(according(s, acc, mask)) }
        if let h = soAttribution(s, mask) ?? pointingBack(s, mask) { hits.append(h) }
        if let h = leftOpen(s, mask) { hits.append(h) }
        return hits
    }

    /// "Neither NATO nor the USA confirmed the reports".
    private func neitherNor(_ s: TokenSentence, _ i: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        guard let nor = (i + 1..<min(toks.count, i + AttributionLimits.maxNeitherNorGap)).first(where: { s.lower($0) == "nor" }) else { return nil }
        var v = nor + 1
        while v < toks.count, v - nor <= AttributionLimits.maxNeitherNorGap, toks[v].kind != .punct {
            if s.has(v, .confirmation) {
                let second = parser.subject(s, before: v, mask: mask) ?? ((nor + 1)..<v)
                return StanceHit(stance: .notConfirmed, cue: i..<(v + 1), cueText: "neither … nor … " + s.lower(v),
                                 sources: [parser.trimmed(s, (i + 1)..<nor), parser.trimmed(s, second)].compactMap { $0 },
                                 proposition: parser.clause(s, from: v + 1, stopAtAs: true, stopAtComma: isFronted(s, i)))
            }
            v += 1
        }
        return nil
    }

    /// "X confirmed (that) …", "X has not confirmed …", "declined to confirm", "could not be independently verified".
    private func confirmation(_ s: TokenSentence, _ c: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        // "the number of people confirmed dead", "confirmed cases": an adjective, not a stance.
        if c + 1 < toks.count, s.isWord(c + 1), vocab.confirmedStates.contains(s.lower(c + 1)) { return nil }
        var j = c - 1
        var negated = false
        var passive = false
        var cueStart = c
        while j >= 0, c - j <= AttributionLimits.negationReach, toks[j].kind == .word {
            let l = s.lower(j)
            if s.has(j, [.negation, .decline]) { negated = true; cueStart = j }
            else if s.has(j, .beForms) { passive = passive || j == c - 1 || s.lower(j + 1) == "independently" }
            else if !(Self.confirmationChain.contains(l) || s.has(j, [.adverbs, .modal])) { break }
            j -= 1
        }
        if s.lower(c).hasSuffix("ed"), c + 1 < toks.count, s.lower(c + 1) == "by" { passive = true }
        let chainStart = j + 1
        let subject = parser.subject(s, before: chainStart, mask: mask)
        // "Neither club has confirmed the fee": the subject itself negates.
        if let subj = subject, s.lower(subj.lowerBound) == "neither" || (subj.lowerBound > 0 && s.lower(subj.lowerBound - 1) == "neither") {
            negated = true
        }
        let cue = cueStart..<(c + 1)
        let cueText = s.text(cue).lowercased()
        if negated {
            return StanceHit(stance: .notConfirmed, cue: cue, cueText: cueText,
                             sources: passive ? [] : subject.map { [$0] } ?? [],
                             proposition: passive ? subject : parser.clause(s, from: c + 1, stopAtAs: true, stopAtComma: isFronted(s, c)))
        }
        if passive {
            let by = c + 1 < toks.count && s.lower(c + 1) == "by" ? parser.objectPhrase(s, after: c + 1) : nil
            return StanceHit(stance: .confirmed, cue: cue, cueText: cueText, sources: by.map { [$0] } ?? [], proposition: subject)
        }
        var source = subject
        // "Intelligence said it had confirmed that …": the pronoun stands for the earlier subject.
        if let r = subject, r.count == 1, s.has(r.lowerBound, .thingPronouns) || s.has(r.lowerBound, .pluralPronouns),
           let earlier = parser.earlierSubject(s, before: r.lowerBound, mask) {
            source = earlier
        }
        return StanceHit(stance: .confirmed, cue: cue, cueText: cueText, sources: source.map { [$0] } ?? [],
                         proposition: parser.clause(s, from: c + 1, stopAtAs: true, stopAtComma: isFronted(s, c)))
    }

    /// "There was no confirmation from the ministry."
    private func noConfirmation(_ s: TokenSentence, _ i: Int) -> StanceHit? {
        let toks = s.tokens
        var n = i + 1
        if n < toks.count, ["independent", "official", "immediate"].contains(s.lower(n)) { n += 1 }
        guard n < toks.count, s.has(n, .noConfirmation) else { return nil }
        let from = n + 1 < toks.count && ["from", "by"].contains(s.lower(n + 1)) ? parser.objectPhrase(s, after: n + 1) : nil
        return StanceHit(stance: .notConfirmed, cue: i..<(n + 1), cueText: s.text(i..<(n + 1)).lowercased(),
                         sources: from.map { [$0] } ?? [], proposition: clauseAround(s, i))
    }

    /// "X denied …", "X dismissed the claims as baseless"; not "was denied bail", not "did not deny".
    private func denial(_ s: TokenSentence, _ d: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        let l = s.lower(d)
        guard parser.isVerb(s, d, in: .denialVerbs) else { return nil }
        var j = d - 1
        while j >= 0, toks[j].kind == .word, s.has(j, .adverbs), !s.has(j, .beForms) { j -= 1 }
        if j >= 0, s.has(j, .beForms) { return nil }  // passive: "bail was denied"
        for k in max(0, d - 3)..<d where s.has(k, .negation) { return nil }
        if s.has(d, .rejection) {
            // "rejected the offer" is no denial; "rejected the claims", "dismissed it as baseless" are.
            let window = (d + 1)..<min(toks.count, d + AttributionLimits.rejectionObjectWindow)
            // "Jane Roe disputed that.": a demonstrative alone stands for the claim just reported.
            let pointsBack = d + 2 < toks.count && Self.demonstratives.contains(s.lower(d + 1)) && toks[d + 2].kind == .punct
                && !QuoteScanner.isQuoteMark(toks[d + 2])
            // "The club disputed that the match was fixed": a "that" clause is the claim rejected.
            let thatClause = d + 2 < toks.count && s.lower(d + 1) == "that" && s.isWord(d + 2)
            // Translated word order, "Rumours, after which …, rejected the councillor decisively.": the claim
            // opens the sentence, the verb follows a comma and the one who rejects it comes after the verb.
            if !pointsBack, !thatClause, d >= 2, toks[d - 1].text == ",", let first = (0..<d).first(where: { s.isWord($0) && !s.has($0, .determiners) }),
               s.has(first, .claimNouns), var who = parser.objectPhrase(s, after: d),
               // The one who rejects is a person or body ("the councillor Paul Weber"), not what is
               // rejected ("The report, commissioned by the council, rejected calls for a ban").
               who.contains(where: { toks[$0].isCapitalized || s.has($0, [.roleNoun, .bodies]) }) {
                // "… Paul Weber decisively": a manner adverb after the name is not part of it.
                while who.count > 1, s.isWord(who.upperBound - 1), !s.tokens[who.upperBound - 1].isCapitalized,
                      s.has(who.upperBound - 1, .adverbs) || s.lower(who.upperBound - 1).hasSuffix("ly") { who = who.lowerBound..<(who.upperBound - 1) }
                return StanceHit(stance: .denied, cue: d..<(d + 1), cueText: l, sources: [who], proposition: parser.trimmed(s, 0..<(d - 1)))
            }
            guard pointsBack || thatClause || window.contains(where: { s.has($0, .claimNouns) || s.has($0, .dismissive) }) else { return nil }
            if pointsBack {
                let source = parser.subject(s, before: d, mask: mask)
                return StanceHit(stance: .denied, cue: d..<(d + 2), cueText: s.text(d..<(d + 2)).lowercased(), sources: source.map { [$0] } ?? [])
            }
        }
        var source = parser.subject(s, before: d, mask: mask)
        if source == nil { source = parser.earlierSubject(s, before: d, mask) }
        return StanceHit(stance: .denied, cue: d..<(d + 1), cueText: l, sources: source.map { [$0] } ?? [],
                         proposition: parser.clause(s, from: d + 1, stopAtAs: true, stopAtComma: isFronted(s, d)))
    }

    /// "X said (that) …", "X told reporters …", "…, X said." — reported speech, not a quote's attribution.
    private func reported(_ s: TokenSentence, _ r: Int, _ mask: [Bool]) -> StanceHit? {
        let toks = s.tokens
        var k = r + 1
        let told = s.has(r, .toldVerbs)
        // "cover had been agreed in advance", "was told that …": the subject is not who speaks.
        if parser.isPassive(s, r) { return nil }
        if told {
            // "told reporters", "told the BBC", "told Reuters" — but "told reporters the company …" keeps "the company".
            while k < toks.count, k - r <= AttributionLimits.maxListenerTokens, toks[k].kind == .word {
                if s.has(k, .determiners) {
                    guard k + 1 < toks.count, toks[k + 1].isCapitalized || s.has(k + 1, .listeners), k == r + 1 else { break }
                } else if !(s.has(k, .listeners) || toks[k].isCapitalized) {
                    break
                }
                k += 1
            }
            // "told a different story": no listener, so nothing was told anyone.
            if k == r + 1 { return nil }
        }
        k = afterAdverbials(s, k)
        // "said at a pre-season event on Monday that …", "revealed to the press that …": a short adverbial, then "that".
        if k < toks.count, s.lower(k) != "that", let that = thatAfterAdverbial(s, from: k) { k = that }
        // The words next to a quote mark are the quote's attribution: a quote claim, not a statement.
        if k < toks.count, QuoteScanner.isQuoteMark(toks[k]) || (toks[k].text == ":" || toks[k].text == ",") && k + 1 < toks.count && QuoteScanner.isQuoteMark(toks[k + 1]) { return nil }
        if r > 0, mask[r - 1] || (r >= 2 && toks[r - 1].text == "," && mask[r - 2]) { return nil }
        var subject = parser.subject(s, before: r, mask: mask)
        // "South Korea has issued a warning stating that …": the participle's subject is the sentence's.
        let phraseIsNoSubject = subject.map { toks[$0.lowerBound].kind == .word && !toks[$0.lowerBound].isCapitalized
            && !s.has($0.lowerBound, [.determiners, .roleNoun, .bodies]) } ?? true
        let isParticiple = s.lower(r).hasSuffix("ing")
        if phraseIsNoSubject, isParticiple, k < toks.count, s.lower(k) == "that" {
            subject = parser.sentenceSubject(s, before: r)
        }
        // "“…,” he said, adding that …" / "The union disputed the figures, saying …": a participle after a comma
        // shares the subject of the verb before it, else the sentence's.
        var shared = false
        if subject == nil, isParticiple, r > 0, toks[r - 1].text == "," {
            subject = parser.earlierSubject(s, before: r - 1, mask) ?? parser.sentenceSubject(s, before: r)
            shared = true
        }
        // A subject next to a quote is the quote's attribution; what a participle after it adds is a statement.
        if !shared, let subj = subject, subj.lowerBound > 0, mask[subj.lowerBound - 1] || (subj.lowerBound >= 2 && mask[subj.lowerBound - 2]) { return nil }
        let cue = r..<(r + 1)
        // What was said may open with a number: "said 212 operations had been postponed", "said $4m was missing".
        let opensWithNumber = k < toks.count && (toks[k].kind == .number
            || (toks[k].kind == .punct && k + 1 < toks.count && toks[k + 1].kind == .number && toks[k + 1].attached && !QuoteScanner.isQuoteMark(toks[k])))
        let next = k < toks.count && toks[k].kind == .word ? s.lower(k) : opensWithNumber ? "" : nil
        // "… from neighbouring states and observers": a reporting word followed by "and" is a noun.
        if k == r + 1, k < toks.count, s.has(k, .coordinators) { return nil }
        if let subj = subject, let next, !mask[k], next == "that" || !isAdverbialStart(s, k, verb: r) {
            guard var prop = parser.clause(s, from: k), prop.count >= 3 else { return nil }
            // "says it has reliable information that …": the content starts after the inner "that".
            if s.lower(k) != "that",
               let inner = prop.prefix(AttributionLimits.innerThatReach).dropFirst().first(where: { s.lower($0) == "that" }), inner + 1 < prop.upperBound {
                prop = (inner + 1)..<prop.upperBound
            }
            // "Ukrainian intelligence suggesting that 10,000 soldiers could …": a tentative verb and a modal hedge.
            // Whatever the verb, the source itself may hedge what it reports: "said the attack may have exploited …"
            // (a guess about the past), "said the toll was likely to rise".
            // "Police believe the units were stolen": belief is no assertion of fact.
            let hedged = s.has(r, .belief) || s.has(r, .tentative) && prop.contains { s.has($0, .modal) } || prop.contains { isReportedHedge(s, $0, mask) }
                || reportedModal(s, prop, mask)
            return StanceHit(stance: hedged ? .hedged : .asserted, cue: cue, cueText: verbText(s, r), sources: [subj], proposition: prop)
        }
        // "P, X said." / "P, said X." / "P, X told reporters on condition of anonymity."
        guard let src = subject ?? parser.objectPhrase(s, after: r) else { return nil }
        var cut = (subject?.lowerBound ?? r) - 1
        // "P, pointed out X": the verb of a phrasal pair reads as an adverb before its particle.
        while subject == nil, cut > 1, s.isWord(cut), s.has(cut, .adverbs), !s.has(cut, .beForms) { cut -= 1 }
        // "…, as environmental groups have claimed.": the "as" clause attributes what comes before it.
        let asClause = cut > 2 && s.lower(cut) == "as" && toks[cut - 1].text == ","
        if asClause { cut -= 1 }
        guard cut > 1, toks[cut].text == ",", !mask[cut - 1], let whole = parser.clause(s, from: 0), whole.lowerBound < cut else { return nil }
        var prop = whole.lowerBound..<min(whole.upperBound, cut)
        // "X denied that P, as Y claimed": Y claims P, the words after the "that".
        if asClause, let that = prop.last(where: { s.lower($0) == "that" && !mask[$0] }), that + 1 < prop.upperBound {
            prop = (that + 1)..<prop.upperBound
        }
        return StanceHit(stance: s.has(r, .belief) ? .hedged : .asserted, cue: cue, cueText: verbText(s, r), sources: [src], proposition: prop)
    }

    /// "According to X, …" / "…, according to X." (hedged for "according to unconfirmed reports").
    private func according(_ s: TokenSentence, _ acc: (cue: Range<Int>, source: Range<Int>), _ mask: [Bool]) -> StanceHit {
        let toks = s.tokens
        let unconfirmed = acc.source.contains { s.has($0, .unconfirmed) }
        let anonymous = acc.source.allSatisfy { toks[$0].kind != .word || s.has($0, .anonymousSources) || s.has($0, .determiners) }
        let prop: Range<Int>?
        if acc.cue.lowerBound <= 1 {
            prop = parser.clause(s, from: acc.source.upperBound)
        } else {
            var a = 0
            if let start = clauseStart(s, acc.cue.lowerBound - 1), start < acc.cue.lowerBound { a = start }
            var b = acc.cue.lowerBound
            while b > a, toks[b - 1].kind == .punct, !QuoteScanner.isQuoteMark(toks[b - 1]) { b -= 1 }
            prop = a < b ? a..<b : nil
        }
        let cueRange = acc.cue.lowerBound..<acc.source.upperBound
        return StanceHit(stance: unconfirmed ? .hedged : .asserted, cue: cueRange,
                         cueText: unconfirmed ? s.text(cueRange).lowercased() : "according to",
                         sources: unconfirmed || anonymous ? [] : [acc.source], proposition: prop)
    }

    /// "After NATO confirmed the reports, Seoul …": the cue sits in a clause put before the main one,
    /// which ends at the first comma.
    func isFronted(_ s: TokenSentence, _ cue: Int) -> Bool {
        guard let first = s.tokens.first, first.kind == .word, s.has(0, .subordinators) else { return false }
        return !s.tokens[0..<cue].contains { $0.text == "," }
    }

    /// A modal that hedges the sentence's own claim ("The toll could rise"), not one inside reported
    /// speech, a condition or a question.
    private func isMainClauseModal(_ s: TokenSentence, _ m: Int) -> Bool {
        isHedgingModal(s, m) && s.tokens.last?.text != "?"
    }

    /// Whether the modal at `m` can hedge: it follows a word of its subject (not a clause's start or a mark)
    /// and no modal-negator follows it ("could hardly have been worse": emphasis, no hedge).
    func isHedgingModal(_ s: TokenSentence, _ m: Int) -> Bool {
        let toks = s.tokens
        if m + 1 < toks.count, vocab.modalNegators.contains(s.lower(m + 1)) { return false }
        return m > 0 && (toks[m - 1].kind == .word || toks[m - 1].kind == .possessive)
    }

    /// The clause around token `i`: from after the last comma or subordinator before it, to the clause's end.
    func clauseAround(_ s: TokenSentence, _ i: Int) -> Range<Int>? {
        let start = clauseStart(s, i) ?? 0
        guard let rest = parser.clause(s, from: start) else { return nil }
        return rest.upperBound > i ? rest : start..<min(s.tokens.count, i + 1)
    }

    private func clauseStart(_ s: TokenSentence, _ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, i - j <= AttributionLimits.maxPropositionTokens {
            let t = s.tokens[j]
            if t.kind == .punct, [",", ";", ":", "—", "–"].contains(t.text) || QuoteScanner.isQuoteMark(t) { break }
            if t.kind == .word, s.has(j, .subordinators) { break }
            j -= 1
        }
        return j + 1
    }
}
