/// Finds the phrases of an attribution in one sentence: the subject before a speech verb ("Cho said"),
/// the speaker after it ("said Cho"), "according to X", and the clause a statement reports.
/// Hand-written scans over tokens, in both directions, each bounded by a limit.
struct AttributionParser: Sendable {
    let vocab: AttributionVocabulary

    /// Whether token `i` is one of `verbs` used as a verb: lowercase (title case only in headlines) and not
    /// after an article or possessive, which make it a noun ("the reports", "his claims", "in a post").
    func isVerb(_ s: TokenSentence, _ i: Int, in verbs: WordClass) -> Bool {
        guard s.isWord(i), s.has(i, verbs) else { return false }
        if s.tokens[i].isCapitalized, !s.isHeadline { return false }
        if i > 0 {
            let p = s.tokens[i - 1]
            if p.kind == .possessive || s.isPluralPossessive(i - 1) { return false }
            let l = s.lower(i - 1)
            if l != "that", l != "both", s.has(i - 1, .determiners) { return false }
            if l == "of" || l == "for" { return false }
            if endsNounCompound(s, i) { return false }
        }
        if isPluralSubject(s, i) || followsASpeechVerb(s, i) || isCompoundModifier(s, i) || endsReportedSubject(s, i) { return false }
        if modifiesANoun(s, i) || isPluralNounOpeningAClause(s, i) { return false }
        return true
    }

    /// A past participle after a be-form: "was asked", "has been told", "were repeatedly warned".
    func isPassive(_ s: TokenSentence, _ v: Int) -> Bool {
        guard !s.lower(v).hasSuffix("ing") else { return false }
        var j = v - 1
        while j >= 0, s.isWord(j), s.has(j, .adverbs), !s.has(j, .beForms) { j -= 1 }
        return j >= 0 && s.isWord(j) && s.has(j, .beForms)
    }

    /// The subject phrase that ends right before verb `v` (adverbs and auxiliaries in between are skipped:
    /// "X has repeatedly accused", "X later said"). nil when the run back is a clause rather than a phrase.
    func subject(_ s: TokenSentence, before v: Int, mask: [Bool]?, skipping extra: Set<String> = []) -> Range<Int>? {
        let toks = s.tokens
        var j = v - 1
        while j >= 0, toks[j].kind == .word {
            let l = s.lower(j)
            if s.has(j, .adverbs) || (!extra.isEmpty && extra.contains(l)) { j -= 1; continue }
            // "The Pentagon on Monday rejected": a day between subject and verb.
            if s.has(j, .weekdays) { j -= (j > 0 && s.lower(j - 1) == "on") ? 2 : 1; continue }
            // "Zhou Min to this reporter stated": translated copy puts the listener before the verb.
            if let to = listenerBefore(s, j) { j = to - 1; continue }
            break
        }
        // An infinitive ("declined to comment", "went on to say") has no subject of its own.
        if j >= 0, s.lower(j) == "to" { return nil }
        // "Lisbon's public security police (PSP) put": an abbreviation in brackets after the subject;
        // "Councillor Jane Roe (Lab, Quay ward) said": a party and ward, a few words.
        if j >= 2, toks[j].text == ")", let open = (max(0, j - AttributionLimits.maxBracketTokens - 1)..<(j - 1)).last(where: { toks[$0].text == "(" }),
           open > 0, toks[open - 1].kind == .word { j = open - 1 }
        let end = j + 1
        var start = end
        var stopped = false
        while j >= 0 {
            if end - j > AttributionLimits.maxSpeakerTokens { break }
            if let mask, mask[j] { stopped = true; break }
            guard takesIntoPhrase(s, j, phraseStart: start, phraseEnd: end) else { stopped = true; break }
            start = j
            j -= 1
        }
        if j < 0 { stopped = true }
        guard stopped else { return nil }
        // "last week it had confirmed": a pronoun right before the verb is the whole subject.
        if start < end, toks[end - 1].kind == .word, s.has(end - 1, .pronounWords) { return (end - 1)..<end }
        // "…, a claim Downing Street denied": the noun summing up what was said is not part of who denies it.
        if start > 0, isClaimAppositive(s, comma: start - 1) {
            start += s.has(start + 1, .claimNouns) ? 2 : 3
            guard start < end else { return nil }
        }
        if start == end {
            // "Leonid Slutsky, head of the committee, said": the name before the appositive.
            if j >= 0, j == end - 1, toks[j].text == "," { return nameBeforeAppositive(s, comma: j) }
            // "…, Mr. Petros Alexiou, who said that …": the relative pronoun stands for the phrase before its comma.
            // (Translated copy uses "which" and "that" for people and bodies alike: "has informed the company, that says".)
            if j >= 2, j == end - 1, s.isWord(j), vocab.personalRelativePronouns.contains(s.lower(j))
                || ["which", "that"].contains(s.lower(j)) && (toks[j - 2].isCapitalized || s.has(j - 2, [.bodies, .roleNoun])),
               toks[j - 1].text == ",",
               s.isWord(j - 2) {
                return subject(s, before: j - 1, mask: mask)
            }
            return nil
        }
        // "Rahima Begum (45) of Sirajdikhan said": an age in brackets, then where the person is from.
        if start >= 4, start < end, toks[start - 1].text == ")", s.isWord(start), s.lower(start) == "of" || s.lower(start) == "from",
           toks[start - 2].kind == .number, toks[start - 3].text == "(", let name = subject(s, before: start - 3, mask: mask) {
            return name
        }
        return trimmed(s, start..<end)
    }

    /// Whether token `j` continues a phrase being read backwards.
    private func takesIntoPhrase(_ s: TokenSentence, _ j: Int, phraseStart: Int, phraseEnd: Int) -> Bool {
        let t = s.tokens[j]
        switch t.kind {
        case .possessive, .number:
            return true
        case .punct:
            if t.text == "&" { return phraseStart < phraseEnd }
            if s.isPluralPossessive(j) { return phraseStart < phraseEnd }
            // "U.S.", "Jean-Luc", "the 34-year-old".
            return (t.text == "." || t.text == "-") && t.attached && j > 0
                && (s.tokens[j - 1].kind == .word || (t.text == "-" && s.tokens[j - 1].kind == .number))
        case .word:
            let l = s.lower(j)
            if l == "and" {
                // "Russia and North Korea", "the U.S. and NATO": only between names.
                guard phraseStart < phraseEnd, j > 0 else { return false }
                let before = s.tokens[j - 1]
                guard before.isCapitalized || before.kind == .possessive || s.has(j - 1, .bodies) || s.has(j - 1, .roleNoun) else { return false }
                let next = s.tokens[phraseStart]
                if next.isCapitalized { return true }
                // "president and chief executive Craig Ostermann": two titles of one person.
                if s.has(j - 1, [.titles, .titleModifiers]), s.has(phraseStart, [.titles, .titleModifiers]) { return true }
                guard s.has(phraseStart, .determiners), phraseStart + 1 < phraseEnd else { return false }
                let after = s.tokens[phraseStart + 1]
                return after.isCapitalized || s.has(phraseStart + 1, .bodies) || s.has(phraseStart + 1, .roleNoun)
            }
            // "The person in charge of the planning section": a role, not a place.
            if l == "in", j + 2 < phraseEnd, s.lower(j + 1) == "charge", s.lower(j + 2) == "of" { return true }
            // Capitalised inside a sentence, "May" and "Will" are a month and a name, not clause words.
            if s.has(j, .boundaries), !(t.isCapitalized && j > 0) { return false }
            if s.has(j, .speechVerbs), !t.isCapitalized {
                // "The claims could not be verified": after an article or possessive it is a noun.
                let noun = j > 0 && (s.tokens[j - 1].kind == .possessive || s.has(j - 1, .determiners))
                return noun || modifiesANoun(s, j)
            }
            return true
        }
    }

    /// Cuts a phrase before a post-modifier ("The Russian ambassador | summoned by Seoul",
    /// "the representative | at a UN meeting") and drops leading or trailing connectors.
    func trimmed(_ s: TokenSentence, _ r: Range<Int>) -> Range<Int>? {
        var a = r.lowerBound
        var b = r.upperBound
        var i = a + 1
        while i < b {
            let t = s.tokens[i]
            if t.kind == .word, !t.isCapitalized {
                let l = s.lower(i)
                if l.hasSuffix("ed"), i + 1 < b, s.has(i + 1, .cutWords) || s.lower(i + 1) == "by" { b = i; break }
            }
            i += 1
        }
        while a < b, s.tokens[a].kind == .punct || s.has(a, .clauseJoiners) || s.tokens[a].kind == .possessive { a += 1 }
        while b > a, s.tokens[b - 1].kind == .punct || ["and", "of", "the", "a", "an"].contains(s.lower(b - 1)) { b -= 1 }
        return a < b ? a..<b : nil
    }

    /// The subject of the nearest earlier speech verb ("X said it had confirmed", "…, denying reports").
    func earlierSubject(_ s: TokenSentence, before i: Int, _ mask: [Bool]) -> Range<Int>? {
        var j = i - 1
        while j >= 0, i - j <= AttributionLimits.maxVerbDistance {
            if !mask[j], isVerb(s, j, in: .speechVerbs), let subj = subject(s, before: j, mask: mask) { return subj }
            j -= 1
        }
        return nil
    }

    /// The phrase right after token `v`: "said | the North Korean representative | at …", "according to | X |,",
    /// "confirmed by | police". Ends at punctuation, a clause word or a cutting preposition.
    func objectPhrase(_ s: TokenSentence, after v: Int) -> Range<Int>? {
        let toks = s.tokens
        let start = v + 1
        guard start < toks.count else { return nil }
        let first = s.lower(start)
        if first == "that" || s.has(start, .cutWords) || (s.has(start, .boundaries) && !s.has(start, .determiners)) { return nil }
        var i = start
        while i < toks.count, i - start < AttributionLimits.maxSpeakerTokens {
            let t = toks[i]
            if t.kind == .punct {
                if (t.text == "." || t.text == "-") && t.attached { i += 1; continue }
                break
            }
            if t.kind == .word, i > start {
                let l = s.lower(i)
                if l == "and" {
                    guard toks[i - 1].isCapitalized, i + 1 < toks.count, toks[i + 1].isCapitalized || s.has(i + 1, .determiners) else { break }
                } else if s.has(i, [.cutWords, .weekdays]) {
                    break
                } else if s.has(i, .boundaries), !s.has(i, .determiners) {
                    break
                } else if isVerb(s, i, in: .speechVerbs), !s.has(i, .documents),
                          // "the defence of the main accused, …": a role noun ending the phrase is no verb.
                          !(s.has(i, .titles) && (i + 1 == toks.count || toks[i + 1].kind == .punct)) {
                    // After an article it is a noun: "according to the state fire agency".
                    break
                }
            }
            i += 1
        }
        return trimmed(s, start..<i)
    }

    /// "according to X" outside quotes: the cue tokens and the source phrase.
    func accordingTo(_ s: TokenSentence, mask: [Bool]?) -> (cue: Range<Int>, source: Range<Int>)? {
        let toks = s.tokens
        var i = 0
        while i + 2 < toks.count {
            if s.has(i, .according), s.lower(i + 1) == "to", mask.map({ !$0[i] }) ?? true,
               let src = objectPhrase(s, after: i + 1) {
                return (i..<(i + 2), src)
            }
            i += 1
        }
        return nil
    }

    /// The "to" of "to this reporter", "to journalists" ending at listener word `j`, or nil.
    private func listenerBefore(_ s: TokenSentence, _ j: Int) -> Int? {
        guard j >= 2, s.has(j, .listeners), !s.has(j, .determiners) else { return nil }
        var k = j - 1
        while k > 0, j - k <= 2, s.isWord(k), s.has(k, .determiners) || vocab.possessiveDeterminers.contains(s.lower(k)) { k -= 1 }
        return s.isWord(k) && s.lower(k) == "to" ? k : nil
    }

    /// "Asked whether …,", "Speaking to reporters,", "Contacted by phone,": a participle opening the sentence
    /// with a lowercase clause word or preposition after it; the main clause starts after its comma.
    /// ("Manning said", "Reading Borough Council" are names, not participles.)
    private func opensParticipleClause(_ s: TokenSentence, _ i: Int) -> Bool {
        let l = s.lower(i)
        guard l.count >= 5, l.hasSuffix("ed") || l.hasSuffix("ing"), i + 1 < s.tokens.count, s.isWord(i + 1),
              !s.tokens[i + 1].isCapitalized else { return false }
        // ("Harding was in Kabul", "Ahmed in a statement said": a name before a verb or a phrase stays the subject;
        // a verb of speech may take any preposition, "Speaking at a rally,".)
        return s.has(i, .speechVerbs) && s.has(i + 1, [.cutWords, .affiliations]) || Self.participleComplements.contains(s.lower(i + 1))
    }

    private static let participleComplements: Set<String> = ["whether", "if", "what", "how", "why", "about", "for", "from", "by", "with"]

    /// The subject at the start of the main clause, after an opening adverbial ("On Tuesday, Cho spoke …"):
    /// for "-ing" attributions ("…, saying “…”") whose verb has no subject of its own.
    func sentenceSubject(_ s: TokenSentence, before limit: Int) -> Range<Int>? {
        let toks = s.tokens
        var i = datelineEnd(s) ?? 0
        if i < toks.count, toks[i].kind == .word, s.has(i, .boundaries) || s.has(i, .cutWords) || opensParticipleClause(s, i) {
            while i < limit, toks[i].text != "," { i += 1 }
            i += 1
        }
        let start = i
        var afterPossessive = 0
        while i < limit {
            let t = toks[i]
            if t.kind == .possessive { i += 1; afterPossessive = 3; continue }
            // "Kim Jong Un's powerful sister criticized": words after a possessive, up to the verb.
            if afterPossessive > 0, t.kind == .word, !t.isCapitalized, !s.lower(i).hasSuffix("ed"),
               !s.has(i, .speechVerbs), !s.has(i, .boundaries) {
                afterPossessive -= 1
                i += 1
                continue
            }
            guard t.kind == .word else { break }
            let nextIsPossessive = i + 1 < toks.count && toks[i + 1].kind == .possessive
            if t.isCapitalized || s.has(i, [.determiners, .titles, .titleModifiers, .roleNoun, .bodies]) || nextIsPossessive {
                if i > start, s.has(i, .boundaries), !s.has(i, .determiners) { break }
                i += 1
                continue
            }
            break
        }
        return start < i ? trimmed(s, start..<i) : nil
    }

    /// `KESTOWN, Oct 14 (Reuters) - The party …`: a wire dateline (a place in capitals, then a dash within a
    /// few tokens) opens the sentence; its subject starts after the dash.
    func datelineEnd(_ s: TokenSentence) -> Int? {
        let toks = s.tokens
        guard toks.count > 3, s.isWord(0), toks[0].text.count >= 3, !toks[0].text.contains(where: \.isLowercase),
              let dash = (1..<min(toks.count, AttributionLimits.maxDatelineTokens)).first(where: { ["-", "–", "—"].contains(toks[$0].text) && !toks[$0].attached }),
              dash + 1 < toks.count else { return nil }
        return dash + 1
    }

    private func startsNewClause(_ s: TokenSentence, _ i: Int) -> Bool {
        let t = s.tokens[i]
        guard t.kind == .word else { return false }
        let l = s.lower(i)
        return s.has(i, [.clauseJoiners, .speechVerbs]) || (!t.isCapitalized && l.hasSuffix("ing"))
    }

    /// The comma closing a relative clause ", who …," / ", which …," opened at comma `c`, when a verb of the
    /// main clause follows it (not a speech verb: ", who …, said" closes an attribution).
    private func relativeClauseEnd(_ s: TokenSentence, openingAt c: Int) -> Int? {
        let toks = s.tokens
        guard c + 1 < toks.count, s.isWord(c + 1), s.has(c + 1, .relativePronouns), s.isWord(c - 1) else { return nil }
        var j = c + 2
        while j < toks.count, j - c <= AttributionLimits.maxRelativeClauseTokens {
            let t = toks[j]
            if t.text == "," {
                guard j + 1 < toks.count, s.isWord(j + 1), !toks[j + 1].isCapitalized,
                      !s.has(j + 1, [.speechVerbs, .determiners, .relativePronouns, .coordinators, .subordinators]) else { return nil }
                return j
            }
            if t.kind == .punct, !t.attached || QuoteScanner.isQuoteMark(t) { return nil }
            j += 1
        }
        return nil
    }

    /// ", a claim the ministry denied", ", a figure the hospital has not confirmed": a comma, then a noun
    /// for something said that sums up the clause before it.
    func isClaimAppositive(_ s: TokenSentence, comma c: Int) -> Bool {
        let toks = s.tokens
        guard c + 2 < toks.count, toks[c].text == ",", s.lower(c + 1) == "a" || s.lower(c + 1) == "an" else { return false }
        return s.has(c + 2, .claimNouns) || (c + 3 < toks.count && s.isWord(c + 2) && s.has(c + 3, .claimNouns))
    }

    /// The clause from token `i` to the next clause boundary, capped: what a statement asserts.
    /// Skips a leading "that"; with `stopAtAs`, ends before "as" ("dismissed the claims | as baseless").
    func clause(_ s: TokenSentence, from i: Int, stopAtAs: Bool = false, stopAtComma: Bool = false) -> Range<Int>? {
        let toks = s.tokens
        var a = i
        while a < toks.count, s.lower(a) == "that" || toks[a].text == "," || toks[a].text == ":" { a += 1 }
        var j = a
        while j < toks.count, j - a < AttributionLimits.maxPropositionTokens {
            let t = toks[j]
            if t.kind == .punct {
                if t.text == ";" || ((t.text == "—" || t.text == "–") && !t.attached) { break }
                if t.text == ",", stopAtComma { break }
                // "said Whitcomb, who served as treasurer, moved the money …": a relative clause closed by its
                // comma sits inside what was said.
                if t.text == ",", j > a, let close = relativeClauseEnd(s, openingAt: j) { j = close + 1; continue }
                if t.text == ",", j + 1 < toks.count, startsNewClause(s, j + 1) || isClaimAppositive(s, comma: j) { break }
                // `…,” noting that …`: the comma sits inside the closing mark.
                if QuoteScanner.isQuoteMark(t), j > a, toks[j - 1].text == ",", j + 1 < toks.count, startsNewClause(s, j + 1) {
                    j += 1
                    break
                }
            } else if t.kind == .word, stopAtAs, j > a, s.lower(j) == "as" {
                break
            }
            j += 1
        }
        var b = j
        while b > a, toks[b - 1].kind == .punct, !QuoteScanner.isQuoteMark(toks[b - 1]) { b -= 1 }
        return a < b ? a..<b : nil
    }
}
