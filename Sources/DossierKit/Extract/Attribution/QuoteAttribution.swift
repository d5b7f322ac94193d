/// The phrase naming a quote's speaker. A weak phrase comes from a pattern without a speech verb
/// (`X was blunt: "…"`, `For X, "…"`): it counts only when it resolves to a person or body (`accepts`).
struct SpeakerPhrase {
    let sentence: TokenSentence
    let range: Range<Int>
    var weak: Weakness?

    enum Weakness { case colon, viewpoint }

    /// Whether a weak phrase's speaker is one the words can be given to: "The message was simple: “…”"
    /// and "For years, “…”" name nobody who speaks.
    func accepts(_ sp: Speaker) -> Bool {
        switch weak {
        case nil: return true
        case .viewpoint: return sp.kind != nil
        // A body "found a note:" or "has a rule:" quotes a text more often than it speaks.
        case .colon: return sp.kind == .person || (sp.kind == .unnamed && !sp.isPlural)
        }
    }
}

/// Finds the speaker phrase of one quote piece in its paragraph:
/// after the closing mark (`"…," Cho said` / `"…," said Cho` / `"…", according to X` / `«…», has declared X`),
/// before the opening mark (`Cho said: "…"` / `X called it a “provocation”` / `"…," he said, "…"`),
/// or anywhere in the sentence (`according to X, … "…"`), headline style (`Yoon: "…"`), and the weak
/// patterns `X was blunt: "…"` and `For X, "…"`.
struct QuoteAttribution: Sendable {
    let vocab: AttributionVocabulary
    let parser: AttributionParser

    /// The sentence and phrase naming the speaker, or nil. A described speaker whose relative clause gives a
    /// name is named by it (`said the vendor, who gave only his first name, Rondell`: `givenName`).
    func speakerPhrase(_ piece: QuotePiece, in para: [TokenSentence], mask: [[Bool]]) -> SpeakerPhrase? {
        guard let phrase = patternPhrase(piece, in: para, mask: mask) else { return nil }
        let s = phrase.sentence
        guard let named = givenName(s, after: phrase.range, mask[s.index - para[0].index]) else { return phrase }
        return SpeakerPhrase(sentence: s, range: named, weak: phrase.weak)
    }

    /// The phrase one of the attribution patterns finds for the quote, as written.
    private func patternPhrase(_ piece: QuotePiece, in para: [TokenSentence], mask: [[Bool]]) -> SpeakerPhrase? {
        if let aside = dashAside(piece, in: para) { return aside }
        if let c = piece.closeToken, let r = after(para[piece.closeSentence], c, mask[piece.closeSentence]) {
            return SpeakerPhrase(sentence: para[piece.closeSentence], range: r)
        }
        let s = para[piece.openSentence]
        let m = mask[piece.openSentence]
        if let r = before(s, piece.openToken, m) { return SpeakerPhrase(sentence: s, range: r) }
        if let r = asPutIt(s, before: piece.openToken, m) { return SpeakerPhrase(sentence: s, range: r) }
        if let c = piece.closeToken, let r = asPutIt(s: para[piece.closeSentence], after: c, mask[piece.closeSentence]) {
            return SpeakerPhrase(sentence: para[piece.closeSentence], range: r)
        }
        if !isSubjectOfSentence(piece, s), let acc = parser.accordingTo(s, mask: m) { return SpeakerPhrase(sentence: s, range: acc.source) }
        if let c = piece.closeToken, piece.closeSentence == piece.openSentence, let r = closingAttribution(s, after: c, m) {
            return SpeakerPhrase(sentence: s, range: r)
        }
        if let r = colonClause(s, piece.openToken, m) { return SpeakerPhrase(sentence: s, range: r, weak: .colon) }
        if let r = viewpoint(s, piece.openToken, m) { return SpeakerPhrase(sentence: s, range: r, weak: .viewpoint) }
        // `“…” This is what X said.`: the quote ends its sentence and the next one points back at it.
        if piece.closeSentence + 1 < para.count, piece.endsItsSentence(in: para),
           let r = pointingBack(para[piece.closeSentence + 1], mask[piece.closeSentence + 1]) {
            return SpeakerPhrase(sentence: para[piece.closeSentence + 1], range: r)
        }
        if piece.closeSentence + 1 < para.count, piece.endsItsSentence(in: para), let c = piece.closeToken, c > 0,
           ["?", "!"].contains(para[piece.closeSentence].tokens[c - 1].text),
           let r = standaloneAttribution(para[piece.closeSentence + 1], mask[piece.closeSentence + 1]) {
            return SpeakerPhrase(sentence: para[piece.closeSentence + 1], range: r)
        }
        return nil
    }

    /// `“Is Paylane down??” became a top search, according to …`: a quote opening its sentence and followed
    /// at once by a verb other than a speech verb is the sentence's subject, words named rather than spoken;
    /// the sentence's "according to" vouches for what is said about them.
    private func isSubjectOfSentence(_ piece: QuotePiece, _ s: TokenSentence) -> Bool {
        guard let c = piece.closeToken, piece.closeSentence == piece.openSentence, c + 1 < s.tokens.count,
              s.opens(at: piece.openToken) else { return false }
        let next = c + 1
        return s.isWord(next) && !s.tokens[next].isCapitalized && !s.has(next, [.speechVerbs, .boundaries, .cutWords, .according])
    }

    /// `with, as he puts it, “one suitcase and no English”`: "as", a subject, a verb of phrasing and "it" right
    /// before the opening mark name who chose the words.
    private func asPutIt(_ s: TokenSentence, before o: Int, _ mask: [Bool]) -> Range<Int>? {
        var j = o - 1
        while j >= 0, [",", ":"].contains(s.tokens[j].text) { j -= 1 }
        guard j >= 3, s.lower(j) == "it", s.isWord(j - 1), vocab.phrasingVerbs.contains(s.lower(j - 1)) else { return nil }
        return asClauseSubject(s, verb: j - 1, mask)
    }

    /// `“…,” as one resident put it.`: the same clause right after the closing mark.
    private func asPutIt(s: TokenSentence, after c: Int, _ mask: [Bool]) -> Range<Int>? {
        var k = c + 1
        while k < s.tokens.count, s.tokens[k].text == "," { k += 1 }
        guard k < s.tokens.count, s.lower(k) == "as" else { return nil }
        let end = min(s.tokens.count - 1, k + AttributionLimits.maxSpeakerTokens)
        guard let v = (k + 2..<max(k + 2, end)).first(where: { s.isWord($0) && vocab.phrasingVerbs.contains(s.lower($0)) && s.lower($0 + 1) == "it" })
        else { return nil }
        return asClauseSubject(s, verb: v, mask)
    }

    /// The subject of "as <subject> put it": the phrase between "as" and the verb.
    private func asClauseSubject(_ s: TokenSentence, verb v: Int, _ mask: [Bool]) -> Range<Int>? {
        guard let subj = parser.subject(s, before: v, mask: mask), subj.lowerBound >= 1, s.lower(subj.lowerBound - 1) == "as" else { return nil }
        return subj
    }

    /// "This is what the farmer Jean Dupuis said." / translated "This said the police spokesman.": a sentence
    /// without quotes that opens with a back-reference and reports with a speech verb a few words on.
    private func pointingBack(_ s: TokenSentence, _ mask: [Bool]) -> Range<Int>? {
        guard s.tokens.count >= 3, s.isWord(0), vocab.backReferences.contains(s.lower(0)), !mask.contains(true) else { return nil }
        // "This said X": the verb right after the back-reference (which `isVerb` would read as a determiner).
        if s.isWord(1), !s.tokens[1].isCapitalized, s.has(1, .speechVerbs), !s.has(1, .toldVerbs) { return parser.objectPhrase(s, after: 1) }
        for v in 2..<min(s.tokens.count, AttributionLimits.maxBackReferenceVerb) {
            if s.tokens[v].kind == .punct, !s.tokens[v].attached { return nil }
            guard parser.isVerb(s, v, in: .speechVerbs) else { continue }
            // "This is what X said", "That is how X put it": the subject after a clause word.
            guard let subj = parser.subject(s, before: v, mask: mask), subj.lowerBound >= 2,
                  s.isWord(subj.lowerBound - 1), s.has(subj.lowerBound - 1, .boundaries) else { return nil }
            return subj
        }
        return nil
    }

    /// A paragraph ending in a colon introduces the quote that opens the next one:
    /// "Lee described what he saw:" / "The coach was blunt:" then “…”.
    func introduction(_ s: TokenSentence, _ mask: [Bool]) -> SpeakerPhrase? {
        let n = s.tokens.count
        guard n >= 3, s.tokens[n - 1].text == ":", !mask[n - 1] else { return nil }
        if let r = before(s, n, mask) { return SpeakerPhrase(sentence: s, range: r) }
        if let r = colonClause(s, n, mask) { return SpeakerPhrase(sentence: s, range: r, weak: .colon) }
        return nil
    }

    /// An interview feature's question, "Does she worry about the workshop?", as a paragraph of its own: the
    /// one it asks about (a pronoun or name right after the opening auxiliary) answers in the next paragraph
    /// when that paragraph is nothing but a quotation. Only a person answers (`SpeakerPhrase.Weakness.colon`).
    func askedAbout(_ para: [TokenSentence], _ mask: [[Bool]]) -> SpeakerPhrase? {
        guard para.count == 1, let s = para.first, s.tokens.count >= 4, s.tokens[s.tokens.count - 1].text == "?",
              !mask[0].contains(true), s.isWord(0), vocab.questionOpeners.contains(s.lower(0)), s.isWord(1) else { return nil }
        if s.has(1, [.malePronouns, .femalePronouns]) { return SpeakerPhrase(sentence: s, range: 1..<2, weak: .colon) }
        var e = 1
        while e < s.tokens.count, s.isWord(e), s.tokens[e].isCapitalized { e += 1 }
        guard e > 1, e - 1 <= AttributionLimits.maxColonSpeakerTokens else { return nil }
        return SpeakerPhrase(sentence: s, range: 1..<e, weak: .colon)
    }

    /// The subject of the first attribution verb outside quotes in a sentence that quotes nobody
    /// ("A company spokeswoman denied that …"): who a following "she said" most likely means.
    /// With `limit`, only verbs before that token count.
    func reportingSubject(_ s: TokenSentence, _ mask: [Bool], before limit: Int? = nil) -> Range<Int>? {
        // Now read for every sentence of every article: most have no attribution verb at all.
        guard !s.allClasses.isDisjoint(with: Self.attributionVerbs) else { return nil }
        for i in 0..<(limit ?? s.tokens.count) where !mask[i] && parser.isVerb(s, i, in: Self.attributionVerbs) {
            // ("Their co-leader, Rita Amis, refused to say which …": the verb the infinitive depends on.)
            if let subj = parser.subject(s, before: i, mask: mask) ?? infinitiveSubject(s, i, mask) { return subj }
            // "Lower costs should help businesses, said Ama Owusu, president of …": inverted after a comma,
            // the speaker is the phrase after the verb, ending the sentence or followed by its appositive.
            if i > 0, s.tokens[i - 1].text == ",", !s.has(i, .toldVerbs), let obj = parser.objectPhrase(s, after: i),
               obj.upperBound == s.tokens.count || s.tokens[obj.upperBound].kind == .punct && [",", "."].contains(s.tokens[obj.upperBound].text) {
                // "…, explained the head of the rescue station in Valdana, Bruno Ferri.": the name after the role.
                if obj.upperBound < s.tokens.count, s.tokens[obj.upperBound].text == ",", let name = roleThenName(s, from: i + 1, mask) {
                    return name
                }
                return obj
            }
        }
        return nil
    }

    /// `Then, more seriously: “…”`: the sentence opens with a few lowercase words and commas (after a capital
    /// first word), no determiner, no verb of speech, and a colon right before the quote at `o`.
    func isAdverbialLeadIn(_ s: TokenSentence, before o: Int) -> Bool {
        guard o >= 2, o <= AttributionLimits.maxLeadInTokens, s.tokens[o - 1].text == ":" else { return false }
        return (0..<(o - 1)).allSatisfy { i in
            s.tokens[i].text == "," || s.isWord(i) && (i == 0 || !s.tokens[i].isCapitalized)
                && !s.has(i, [.determiners, .pronounWords, .speechVerbs, .reportingVerbs])
        }
    }

    /// Words that open a phrase completing a role ("in charge of", "for education", "of the board").
    private static let rolePhraseJoiners: Set<String> = ["in", "for", "of", "at"]

    private static let attributionVerbs: WordClass = [.speechVerbs, .reportingVerbs, .denialVerbs, .confirmation, .decline]

    private func after(_ s: TokenSentence, _ c: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        var k = c + 1
        while k < toks.count, toks[k].text == "," || toks[k].isDash { k += 1 }
        guard k < toks.count else { return nil }
        // `had “never seriously” considered moving`: words quoted inside a clause, with no punctuation at the
        // closing mark on either side, go on with the clause; a verb after them is not an attribution.
        if k == c + 1, c >= 1, !QuoteScanner.isQuoteMark(toks[c - 1]), toks[c - 1].kind != .punct, k + 1 < toks.count,
           s.isWord(k + 1), !toks[k + 1].isCapitalized, !s.has(k + 1, [.determiners, .pronounWords]) { return nil }
        if parser.isVerb(s, k, in: .speechVerbs) {
            // `"…," noting that …`: the verb shares the sentence's subject. Without a comma at the closing mark
            // the "-ing" word is a noun the quote describes (`despite a 'we can't cope' warning`).
            if s.lower(k).hasSuffix("ing") {
                let comma = toks[c - 1].text == "," || (c + 1..<k).contains { toks[$0].text == "," || toks[$0].isDash }
                return comma ? mainSubject(s, before: k, mask) : nil
            }
            if s.has(k, .toldVerbs) { return invertedTold(s, k) }
            // `'…,' said the group's co-ordinator, Ruth Ekwueme.`: the name that ends the sentence after the role.
            let v = listenerAfter(s, k) ?? occasionAfter(s, k) ?? k
            let object = parser.objectPhrase(s, after: v)
            // The role must be the whole object, the comma right after it ("said flight director Ingrid Solvang
            // at the centre in Darmstadt, Germany" ends in a place, not a name).
            // (Or the role ends in a title and a phrase of its own follows it: "the State Councillor in charge of
            // the environment, Sylvie Jeanneret-Rochat, in front of the media".)
            if let o = object, o.upperBound < toks.count,
               toks[o.upperBound].text == "," || s.has(o.upperBound - 1, .titles) && Self.rolePhraseJoiners.contains(s.lower(o.upperBound)) {
                if let name = roleThenName(s, from: v + 1, mask) ?? roleThenNameAside(s, from: v + 1, mask) { return name }
            }
            return object
        }
        // `«…», estimated the grower Lucie Marchand.`: right after a quote and its comma, a verb that only
        // reports ("estimated", "believed"), or one of translation's inverted verbs ("supports the lawyer X"),
        // stands before its speaker as a verb of speech would.
        if parser.isVerb(s, k, in: .reportingVerbs) || s.isWord(k) && !toks[k].isCapitalized && vocab.invertedVerbs.contains(s.lower(k)),
           !s.lower(k).hasSuffix("ing"), k + 1 < toks.count,
           toks[c - 1].text == "," || toks[c + 1].text == ",", s.lower(k + 1) != "that",
           s.has(k + 1, .determiners) || toks[k + 1].isCapitalized {
            if let name = roleThenName(s, from: k + 1, mask) { return name }
            return parser.objectPhrase(s, after: k)
        }
        // Machine-translated French inversion, `«…», has declared X`: an auxiliary before the verb;
        // `«…», has he precised`: a pronoun subject between the auxiliary and the verb.
        var v = k
        while v < toks.count, v - k < 2, s.isWord(v), !toks[v].isCapitalized, s.has(v, .adverbs) { v += 1 }
        if v > k, v + 1 < toks.count, s.has(v, .pronounWords), !s.has(v, .firstPerson),
           parser.isVerb(s, v + 1, in: .speechVerbs), !s.lower(v + 1).hasSuffix("ing") {
            return v..<(v + 1)
        }
        if v > k, parser.isVerb(s, v, in: .speechVerbs), !s.lower(v).hasSuffix("ing") {
            return s.has(v, .toldVerbs) ? invertedTold(s, v) : parser.objectPhrase(s, after: v)
        }
        if s.lower(k) == "according", k + 1 < toks.count, s.lower(k + 1) == "to" {
            return parser.objectPhrase(s, after: k + 1)
        }
        // French "s'indigne", "s'inquiète" translated word for word: `«…», is indignant Abdoulaye Ndiaye, president …`.
        if k + 2 < toks.count, toks[c - 1].text == "," || toks[c + 1].text == ",", s.has(k, .beForms), s.isWord(k + 1),
           !toks[k + 1].isCapitalized, !s.has(k + 1, [.determiners, .pronounWords, .boundaries, .adverbs]), s.isWord(k + 2),
           toks[k + 2].isCapitalized || s.has(k + 2, .determiners) {
            return roleThenName(s, from: k + 2, mask) ?? parser.objectPhrase(s, after: k + 1)
        }
        // Machine-translated German, `„…“, so a speaker.`: the speaker phrase ends the sentence, or only
        // a phrase of place or occasion follows it (`„…“, so Lenz at a press conference.`).
        if s.has(k, .quoteMarkers) {
            if let obj = parser.objectPhrase(s, after: k), endsWithCircumstance(s, from: obj.upperBound, mask) {
                return obj
            }
            // `„…“, so the spokesman of the city police, Jonas Weber.`: a role, a comma, the name ending the sentence.
            if let name = roleThenName(s, from: k + 1, mask) { return name }
        }
        // `"…," Cho said` / `"…," Cho, the minister, said` / `"…," a spokesman, Henrik Thomsen, said`: the subject
        // runs from the closing mark to the verb, with at most one appositive between commas.
        var j = k
        var commas = 0
        while j < toks.count, j - k < AttributionLimits.maxTrailingAttribution {
            if mask[j] { return nil }
            if parser.isVerb(s, j, in: .speechVerbs) {
                // Translated `„…” – limited herself to say the spokeswoman of the office, Ewa Nowak.`: a verb, a
                // reflexive and "to say" right after the quote, the speaker inverted after them.
                if j == k + 3, s.isWord(k), !toks[k].isCapitalized, vocab.reflexive.contains(s.lower(k + 1)), s.lower(k + 2) == "to" {
                    return roleThenName(s, from: j + 1, mask) ?? parser.objectPhrase(s, after: j)
                }
                guard let subj = parser.subject(s, before: j, mask: mask) ?? infinitiveSubject(s, j, mask) else { return nil }
                if subj.lowerBound == k { return subj }
                // The role first, the name in the commas.
                if commas == 2, subj.lowerBound > k + 1, toks[subj.lowerBound - 1].text == ",",
                   parser.rolePhrase(s, endingAt: subj.lowerBound - 1) { return subj }
                return nil
            }
            let t = toks[j]
            if t.text == ",", s.isPlaceComma(j) {
                // "Tom Brierley, a father of two in Rochester, New York, told …"
            } else if t.text == ",", j > k, commas < 2 {
                commas += 1
            } else if t.kind == .punct, !((t.text == "." || t.text == "-") && t.attached), !s.isPluralPossessive(j) {
                // ("Kim Tae-hoon, head of the … Workers' Union, told": a plural possessive goes on.)
                return nil
            }
            j += 1
        }
        return nil
    }

    private func before(_ s: TokenSentence, _ o: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        var j = o - 1
        var passedAnd = false
        var elidedSubjectVerb: Int?
        if let subj = rejectedAs(s, o, mask) { return subj }
        while j >= 0, o - j <= AttributionLimits.maxVerbDistance {
            if mask[j] { j -= 1; continue }  // words of an earlier quote
            let t = toks[j]
            if t.text == ";" { break }
            if t.kind == .word, s.lower(j) == "and" { passedAnd = true }
            if parser.isVerb(s, j, in: .speechVerbs) {
                // "The minister was asked: “…”", "X was accused of “…”": in the passive the subject heard the words.
                // Further from the quote, the passive is a clause of what someone reports ("She said staff had not
                // been told … and had learned about them “from a parent's post”"): read on to that verb.
                if parser.isPassive(s, j) {
                    // (Not so a name given: "said that the zones are declared «non aedificandi»", "was called
                    // “reckless”"; whoever gives it may be named earlier in the sentence.)
                    if o - j <= AttributionLimits.passiveReach, !s.has(j, .namingVerbs), s.lower(j) != "declared" { return nil }
                    j -= 1
                    continue
                }
                // "said he had written to the Government asking it to ‘…’": a participle after a phrase that is not
                // its subject ("asking" has no "is" or "was" before it) speaks for the clause's subject.
                // Only after a preposition's object: in "heard the crowd shouting ‘…’" the crowd speaks.
                if !t.isCapitalized, s.lower(j).hasSuffix("ing"), j > 0, s.isWord(j - 1), !s.has(j - 1, .beForms),
                   followsPrepositionObject(s, j), let subj = parser.earlierSubject(s, before: j, mask) {
                    return subj
                }
                if let subj = parser.subject(s, before: j, mask: mask) ?? infinitiveSubject(s, j, mask) {
                    // "…, said tenants had complained “at least five times”": a bare plural right after a verb of
                    // speech is the subject of what that verb reports; the speaker is that verb's. Elsewhere
                    // ("what residents describe as “…”", "as fire chiefs warn of ‘…’") the plural speaks.
                    if !isBarePlural(s, subj) || !isReportedBy(s, subj) { return subj }
                    j = subj.lowerBound - 1
                    continue
                }
                // Translated Arabic order, `And added Al-Masri that … «…»`, `Said Umm Ahmad, mother of four: «…»`: a
                // sentence opening with its verb of speech (after "And") names the speaker right after it.
                if j == 0 || j == 1 && s.lower(0) == "and", !s.has(j, .toldVerbs), let obj = parser.objectPhrase(s, after: j), obj.upperBound < o {
                    if obj.allSatisfy({ s.isNamePart($0) }),
                       s.lower(obj.upperBound) == "that" || [",", ":"].contains(toks[obj.upperBound].text) { return obj }
                    // `And said the accused in front of the judge: «…»`: a described speaker, where they spoke, a colon.
                    if toks[o - 1].text == ":", s.has(obj.lowerBound, .determiners) || s.isNamePart(obj.lowerBound),
                       occasionBeforeColon(s, from: obj.upperBound, colon: o - 1) { return obj }
                }
                // `"…," said Sita Pun, 38, whose husband and son are missing, "…"`: the speaker right after the verb,
                // then only an appositive before the quote, whatever "and" stands in the appositive.
                if passedAnd, !s.lower(j).hasSuffix("ing"), let obj = speakerAfterVerb(s, j, quote: o, mask, appositiveOnly: true) { return obj }
                // "…, saying X and that “…”": the "and" joins what was said; the participle has the sentence's subject.
                if !t.isCapitalized, j > 0, toks[j - 1].text == ",", s.lower(j).hasSuffix("ing") { return mainSubject(s, before: j, mask) }
                // "… has dismissed the “speculations” and asserted that … “…”": the earlier verb's subject.
                if precededByAnd(s, j) || passedAnd || (j > 0 && s.lower(j - 1) == "to") {
                    if precededByAnd(s, j), elidedSubjectVerb == nil { elidedSubjectVerb = j }
                    j -= 1
                    continue
                }
                if !t.isCapitalized, s.lower(j).hasSuffix("ing") { return mainSubject(s, before: j, mask) }
                // "said Cho: “…”": a speaker after the verb only when it stands right before the quote; in
                // "said people who walk more are “…”" the phrase after the verb is what was said.
                // `"…," said X, an analyst at Y, "…"`: one appositive between commas may describe that speaker.
                return speakerAfterVerb(s, j, quote: o, mask, appositiveOnly: false)
            }
            j -= 1
        }
        // `He told analysts that … “…” …, but warned that … “…”`: the verb after "but" shares the subject of a
        // sentence too long to reach its verb: the sentence's own.
        if let v = elidedSubjectVerb, let subj = parser.sentenceSubject(s, before: v), !subj.contains(where: { mask[$0] }) { return subj }
        // Headline style, "Yoon: “We will not sit idle”": a short name right before a colon.
        if o >= 2, toks[o - 1].text == ":", let subj = parser.subject(s, before: o - 1, mask: mask),
           subj.count <= AttributionLimits.maxColonSpeakerTokens, toks[subj.upperBound - 1].isCapitalized,
           subj.lowerBound == 0 || ["–", "—", "-", "|"].contains(toks[subj.lowerBound - 1].text) {
            return subj
        }
        return nil
    }

    /// Nothing, or a short phrase of place or occasion ("in front of the judge", "before the court"), from
    /// `k` to the colon.
    private func occasionBeforeColon(_ s: TokenSentence, from k: Int, colon: Int) -> Bool {
        guard k < colon else { return k == colon }
        return colon - k <= AttributionLimits.maxOccasionTokens && Self.occasionPrepositions.contains(s.lower(k))
            && (k..<colon).allSatisfy { s.isWord($0) && !s.has($0, .speechVerbs) }
    }

    private static let occasionPrepositions: Set<String> = ["in", "before", "at", "during", "on", "from", "to"]

    /// Whether `r` is `, <description>,` and nothing else: a short phrase between commas, with no verb of
    /// speech and no quoted words, that describes the name before it ("Priya Menon, an economist at X,").
    private func isAppositive(_ s: TokenSentence, _ r: Range<Int>, _ mask: [Bool]) -> Bool {
        let toks = s.tokens
        guard r.count >= 3, toks[r.lowerBound].text == ",", toks[r.upperBound - 1].text == "," else { return false }
        // "said Sita Pun, 38, whose husband is missing, “…”", "said X, who farms 3 acres at Y, “…”": an age
        // and a relative clause about the speaker, longer than a role and with numbers and commas of its own.
        var k = r.lowerBound + 1
        if toks[k].kind == .number, k + 1 < r.upperBound, toks[k + 1].text == "," { k += 2 }
        if k < r.upperBound - 1, s.isWord(k),
           vocab.personalRelativePronouns.contains(s.lower(k)) || s.lower(k) == "whose" && s.isWord(k + 1) && s.has(k + 1, .relatives) {
            return r.count - 2 <= AttributionLimits.maxRelativeClauseTokens && !(k..<r.upperBound).contains { mask[$0] }
        }
        guard r.count - 2 <= AttributionLimits.maxAppositiveTokens else { return false }
        return (r.lowerBound + 1..<r.upperBound - 1).allSatisfy { i in
            !mask[i] && (s.isWord(i) ? !parser.isVerb(s, i, in: .speechVerbs) : (toks[i].text == "." || toks[i].text == "-") && toks[i].attached)
        }
    }

    /// The phrase right after the verb of speech at `v` (not "told", whose object listens), when only
    /// punctuation or an appositive stands between it and the quote at `o` (`appositiveOnly`: an appositive).
    private func speakerAfterVerb(_ s: TokenSentence, _ v: Int, quote o: Int, _ mask: [Bool], appositiveOnly: Bool) -> Range<Int>? {
        guard !s.has(v, .toldVerbs), let obj = parser.objectPhrase(s, after: v), obj.upperBound <= o else { return nil }
        if isAppositive(s, obj.upperBound..<o, mask) { return obj }
        return !appositiveOnly && (obj.upperBound..<o).allSatisfy({ s.tokens[$0].kind == .punct }) ? obj : nil
    }

    /// Prepositions whose object a participle may follow without being its subject ("wrote to the minister asking").
    private static let objectPrepositions: Set<String> = ["to", "with", "from", "at", "on", "for"]

    /// Whether the words just before the participle at `j` are a preposition and its object, with no punctuation.
    private func followsPrepositionObject(_ s: TokenSentence, _ j: Int) -> Bool {
        let window = max(0, j - AttributionLimits.maxPrepositionObjectTokens)..<j
        return window.contains { s.isWord($0) && Self.objectPrepositions.contains(s.lower($0)) }
            && window.allSatisfy { s.tokens[$0].kind != .punct }
    }

    /// The subject of an "-ing" attribution ("…, calling it “…”"): that of the nearest earlier speech verb
    /// with a subject of its own, else the subject the sentence opens with.
    private func mainSubject(_ s: TokenSentence, before v: Int, _ mask: [Bool]) -> Range<Int>? {
        parser.earlierSubject(s, before: v, mask) ?? parser.sentenceSubject(s, before: v)
    }

    /// "tenants", "local residents", "sensors placed on the slope overnight": a lowercase plural without a
    /// determiner (perhaps after one adjective), with no name in the phrase.
    private func isBarePlural(_ s: TokenSentence, _ r: Range<Int>) -> Bool {
        guard r.allSatisfy({ s.tokens[$0].kind != .word || !s.tokens[$0].isCapitalized }), s.isWord(r.lowerBound),
              !s.has(r.lowerBound, [.determiners, .pronounWords]) else { return false }
        return s.looksPlural(r.lowerBound) || (r.count >= 2 && s.looksPlural(r.lowerBound + 1))
    }

    /// Whether a speech verb (perhaps with "that") stands right before the phrase `r`: "said | tenants …".
    private func isReportedBy(_ s: TokenSentence, _ r: Range<Int>) -> Bool {
        var j = r.lowerBound - 1
        if j >= 0, s.isWord(j), s.lower(j) == "that" { j -= 1 }
        return j >= 0 && s.isWord(j) && s.has(j, [.speechVerbs, .reportingVerbs])
    }

    /// "… and asserted", "…, but warned that": a verb joined to an earlier one shares its subject.
    private func precededByAnd(_ s: TokenSentence, _ v: Int) -> Bool {
        var j = v - 1
        while j >= 0, s.isWord(j), s.has(j, .adverbs) { j -= 1 }
        return j >= 0 && (s.lower(j) == "and" || s.lower(j) == "but")
    }
}
