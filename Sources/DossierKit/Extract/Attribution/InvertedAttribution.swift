/// Attributions after the quote in machine-translated word order: `«…», declared to this newspaper X`,
/// `„…“, told the resident X to our newspaper`, `„…“, so the spokesman of the city police, X.`, and the
/// infinitive of `«…», she limited herself to saying`.
extension QuoteAttribution {
    /// `«…», she limited herself to saying.` / `"…," he went on to say.`: a speech verb in the infinitive has the
    /// subject of the verb it depends on (a reflexive or a particle may stand between them).
    func infinitiveSubject(_ s: TokenSentence, _ v: Int, _ mask: [Bool]) -> Range<Int>? {
        guard v >= 3, s.lower(v - 1) == "to" else { return nil }
        var m = v - 2
        while m > 0, v - 2 - m < 2, s.isWord(m), vocab.reflexive.contains(s.lower(m)) || ["on", "up"].contains(s.lower(m)) { m -= 1 }
        guard s.isWord(m), !s.tokens[m].isCapitalized, !s.has(m, [.boundaries, .determiners, .pronounWords]) else { return nil }
        return parser.subject(s, before: m, mask: mask)
    }

    /// `«…», declared to this newspaper Paulo Ramos` / `„…” – wrote in the communiqué Jan Novak`:
    /// translated copy names the listener or the document before the
    /// inverted speaker. The last word of "to" and a short lowercase phrase, when a capitalised word follows.
    func listenerAfter(_ s: TokenSentence, _ v: Int) -> Int? {
        // (Also "wrote in the communiqué Jan Novak": the document where the words stand.)
        guard v + 2 < s.tokens.count, ["to", "in"].contains(s.lower(v + 1)) else { return nil }
        // "declared to «Nea Kriti» the deputy mayor": a newspaper's name in quotation marks.
        if QuoteScanner.isQuoteMark(s.tokens[v + 2]),
           let close = (v + 3..<min(s.tokens.count, v + 3 + AttributionLimits.maxListenerTokens)).first(where: { QuoteScanner.isQuoteMark(s.tokens[$0]) }),
           close > v + 3, close + 1 < s.tokens.count, s.isWord(close + 1), s.has(close + 1, .determiners) || s.tokens[close + 1].isCapitalized {
            return close
        }
        // "declared to Lusa the executive director …": a named listener, then the speaker's phrase.
        var n = v + 2
        while n < s.tokens.count, n - v - 1 <= AttributionLimits.maxNamedListenerTokens, s.isWord(n),
              s.tokens[n].isCapitalized || n > v + 2 && vocab.isNameParticle(s, n) && n + 1 < s.tokens.count && s.tokens[n + 1].isCapitalized {
            // "declared to L'Économiste du Sud Mr. Hatem Bouzid": an honorific opens the speaker's name.
            if n > v + 2, s.has(n, .honorifics), !vocab.isNameParticle(s, n - 1) { return n - 1 }
            n += 1
        }
        // ("indicated to RTN its lawyer, X": a possessive opens the speaker's phrase too.)
        if n > v + 2, n + 1 < s.tokens.count, s.isWord(n),
           s.lower(n) == "the" || s.lower(n) == "a" || vocab.possessiveDeterminers.contains(s.lower(n)) { return n - 1 }
        // ("said to our newspaper dr. Kovácsné Bíró Erzsébet": a lowercase honorific opens the speaker's name.)
        var m = v + 2
        while m < s.tokens.count, m - v - 1 <= AttributionLimits.maxListenerTokens, s.isWord(m), !s.tokens[m].isCapitalized, !s.has(m, .honorifics) { m += 1 }
        guard m > v + 2, m < s.tokens.count, m - v - 1 <= AttributionLimits.maxListenerTokens, s.isWord(m),
              s.tokens[m].isCapitalized || s.has(m, .honorifics) else { return nil }
        return m - 1
    }

    /// `„…” – said during the press conference the president of the board, Piotr Nowik.` / `declared to this
    /// newspaper the president of …`: translated copy puts the occasion or listener between the verb and the
    /// inverted speaker (`said on the briefing the deputy chairman …`). The last token of "during"/"at"/"on"/"to"
    /// and a short phrase, when a second "the" opens the speaker's phrase.
    func occasionAfter(_ s: TokenSentence, _ v: Int) -> Int? {
        guard v + 3 < s.tokens.count, ["during", "at", "on", "to"].contains(s.lower(v + 1)), s.has(v + 2, .determiners) else { return nil }
        var m = v + 3
        while m < s.tokens.count, m - v - 1 <= AttributionLimits.maxListenerTokens + 1, s.isWord(m), !s.tokens[m].isCapitalized,
              !s.has(m, .determiners) { m += 1 }
        guard m < s.tokens.count, m > v + 3, s.isWord(m), s.lower(m) == "the" else { return nil }
        return m - 1
    }

    /// `„…“, told the resident Karin Vogel to our newspaper.`: in translated copy the inverted "told" has the
    /// speaker as its object and the listener after "to". Without the "to", the object is a listener.
    ///
    /// Two more translated orders: `„…“, told he our newspaper` has the subject pronoun right after the verb
    /// (an object form, "told him", is the listener); `„…” – tells Jan Kowal, baker from X.` has a full name
    /// and then nothing but its description, which a listener in English never is without a subject before "told".
    func invertedTold(_ s: TokenSentence, _ v: Int) -> Range<Int>? {
        let toks = s.tokens
        if v + 2 < toks.count, s.isWord(v + 1), vocab.subjectPronouns.contains(s.lower(v + 1)), s.isWord(v + 2) { return (v + 1)..<(v + 2) }
        // `«…» - told to our newspaper Giuseppe Bongiovanni, 68 years, …`: the listener after "to" first, then
        // the speaker's full name and nothing or a description after a comma.
        if s.lower(v + 1) == "to", let l = listenerAfter(s, v), let name = parser.objectPhrase(s, after: l), isFullName(s, name) {
            return name.upperBound == toks.count || [",", ".", ";"].contains(toks[name.upperBound].text) ? name : nil
        }
        // `„…“, – told our correspondent the farmer … Gela Chkheidze.`: a listener right after the verb, then the speaker.
        var l = v + 1
        while l < toks.count, l - v <= 2, s.isWord(l), s.has(l, .determiners) || vocab.possessiveDeterminers.contains(s.lower(l)) { l += 1 }
        if l + 1 < toks.count, s.isWord(l), s.has(l, .listeners), !s.has(l, [.determiners, .pronounWords]),
           s.isWord(l + 1), s.has(l + 1, .determiners) || toks[l + 1].isCapitalized {
            return invertedTold(s, l)
        }
        guard let obj = parser.objectPhrase(s, after: v) else { return nil }
        var e = obj.upperBound  // the token after the phrase (and after an age in brackets)
        // "Karin Vogel (67)": an age in brackets after the name.
        if e + 2 < toks.count, toks[e].text == "(", toks[e + 1].kind == .number, toks[e + 2].text == ")" { e += 3 }
        guard !s.has(obj.upperBound - 1, .listeners) else { return nil }
        if e < toks.count, s.lower(e) == "to" { return obj }
        if isFullName(s, obj) { return e == toks.count || [",", ".", ";"].contains(toks[e].text) ? obj : nil }
        // `„…“, told the farmer Greta Lindholm from Ostwald.`: a role before the full name, perhaps where
        // the speaker is from after it.
        let from = obj.first { s.isWord($0) && s.lower($0) == "from" }
        let role = obj.lowerBound..<(from ?? obj.upperBound)
        var first = role.upperBound
        while first > role.lowerBound, s.isNamePart(first - 1) { first -= 1 }
        let endsSentence = e == toks.count || [",", ".", ";"].contains(toks[e].text)
        // `told … the farmer from the village Vachnadziani Gela Chkheidze.`: the name ends the phrase after "from".
        if first == role.upperBound, from != nil, endsSentence, s.has(role.lowerBound, .determiners) {
            var f = obj.upperBound
            while f > role.upperBound, s.isNamePart(f - 1) { f -= 1 }
            if isFullName(s, f..<obj.upperBound) { return f..<obj.upperBound }
        }
        guard first > role.lowerBound, s.has(role.lowerBound, .determiners), isFullName(s, first..<role.upperBound) else { return nil }
        // After the name: where the speaker is from, the sentence's end, or where they spoke ("in …").
        return from != nil || e == toks.count || [",", ".", ";"].contains(toks[e].text) || s.lower(e) == "in" ? role : nil
    }

    /// `the spokesman of the city police, Jonas Weber.` from `a` to the sentence's end: a role, a comma, and a
    /// name ending the sentence. The name. The role has a title word in it, or it opens with a determiner and
    /// the name is a full one (`the study's lead author, Dr Aino Lehto`). A lowercase title may stand before
    /// the name and where the person works after it (`the lead author, archaeologist Jana Vollrath of Kiel University.`).
    func roleThenName(_ s: TokenSentence, from a: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        var end = toks.count
        while end > a, toks[end - 1].kind == .punct { end -= 1 }
        guard end - a <= AttributionLimits.maxSpeakerTokens + AttributionLimits.maxAppositiveTokens,
              let comma = (a..<end).last(where: { toks[$0].text == "," && !s.isPlaceComma($0) }),
              let name = parser.titledName(s, from: comma + 1, to: end),
              (a..<comma).contains(where: { s.isWord($0) && s.has($0, .titles) })
                || s.isWord(a) && s.has(a, .determiners) && isFullName(s, name),
              !(a..<end).contains(where: { mask[$0] }), !(a..<comma).contains(where: { isSpeechVerbWord(s, $0) }) else { return nil }
        return name
    }

    /// `the director of the academy, Paulo Ramos Teixeira, in declarations to the journalists.`: the role, the
    /// name between commas, then only a phrase of place or occasion, or a relative clause about the person
    /// (`the ministry's adviser for communicable diseases, Dr Ilaisa Tuiloma, who travelled to Labasa`).
    func roleThenNameAside(_ s: TokenSentence, from a: Int, _ mask: [Bool]) -> Range<Int>? {
        let toks = s.tokens
        guard let c1 = (a..<min(toks.count, a + AttributionLimits.maxSpeakerTokens)).first(where: { toks[$0].text == "," }),
              (a..<c1).contains(where: { s.isWord($0) && s.has($0, .titles) }),
              !(a..<c1).contains(where: { mask[$0] || isSpeechVerbWord(s, $0) }) else { return nil }
        var e = c1 + 1
        while e < toks.count, s.isNamePart(e) { e += 1 }
        // (The phrase may be two: "in front of the media at the Château of Neuchâtel".)
        guard e > c1 + 2, e < toks.count, toks[e].text == ",",
              endsWithCircumstance(s, from: e + 1, mask, upTo: AttributionLimits.maxAppositiveTokens)
                || relativeClauseFollows(s, role: a..<c1, name: (c1 + 1)..<e, mask)
        else { return nil }
        return (c1 + 1)..<e
    }

    /// `…, Dr Ilaisa Tuiloma, who travelled to Labasa`: a relative clause after the name between commas, the
    /// role before it in lowercase words and titles only (not `Rep. Dana Whitcombe, R-Mont., who wrote the bill`,
    /// where the name came first), and the name of two words or more.
    private func relativeClauseFollows(_ s: TokenSentence, role: Range<Int>, name: Range<Int>, _ mask: [Bool]) -> Bool {
        let e = name.upperBound
        guard e + 1 < s.tokens.count, s.isWord(e + 1), ["who", "whose"].contains(s.lower(e + 1)),
              name.filter({ s.isWord($0) }).count >= 2,
              role.allSatisfy({ !s.isWord($0) || !s.tokens[$0].isCapitalized || s.has($0, .titles) }) else { return false }
        return !(e + 1..<s.tokens.count).contains { mask[$0] }
    }

    /// A verb of speech inside a role ends it, unless capitalised: "the State Councillor" names an office.
    private func isSpeechVerbWord(_ s: TokenSentence, _ i: Int) -> Bool {
        s.has(i, .speechVerbs) && !s.tokens[i].isCapitalized
    }

    /// Whether the rest of the sentence from `i` is only punctuation, or one short phrase opening with a
    /// preposition ("at a press conference", "to the newspaper", "on Wednesday") with no verb or quote in it.
    func endsWithCircumstance(_ s: TokenSentence, from i: Int, _ mask: [Bool], upTo limit: Int = AttributionLimits.maxAdverbialTokens) -> Bool {
        var end = s.tokens.count
        while end > i, s.tokens[end - 1].kind == .punct { end -= 1 }
        return isCircumstance(s, i..<end, mask, upTo: limit)
    }

    /// Whether tokens `r` are nothing, or one short phrase opening with a preposition (with `weekdayLeads`
    /// also a day's name: "Monday") with no verb of speech and no quoted words in it.
    func isCircumstance(_ s: TokenSentence, _ r: Range<Int>, _ mask: [Bool], weekdayLeads: Bool = false,
                        upTo limit: Int = AttributionLimits.maxAdverbialTokens) -> Bool {
        guard let i = r.first else { return true }
        guard s.isWord(i), s.has(i, weekdayLeads ? [.cutWords, .weekdays] : .cutWords), !s.has(i, .boundaries),
              r.count <= limit else { return false }
        return r.allSatisfy { !mask[$0] && (s.tokens[$0].kind != .punct || s.tokens[$0].attached) && !parser.isVerb(s, $0, in: .speechVerbs) }
    }

    /// Two or more capitalised words and nothing else: "Jan Kowal", not "Reuters" or "the paper".
    func isFullName(_ s: TokenSentence, _ r: Range<Int>) -> Bool {
        r.filter { s.isWord($0) }.count >= 2
            && r.allSatisfy { s.isNamePart($0) && !s.has($0, .pronounWords) }
    }
}
