/// Appositives around a speaker's name: "Leonid Slutsky, head of the committee, said", "the company's chief
/// executive, Jane Roe, said", "X, who …, said". The backward phrase reader (`subject(before:)`) hands a comma
/// before the verb to `nameBeforeAppositive`.
extension AttributionParser {
    /// "X, <appositive>, said": the capitalised name before the appositive that ends at `comma`;
    /// "X, who …, said" / "X, which owns …, said": the phrase before a relative clause.
    func nameBeforeAppositive(_ s: TokenSentence, comma c1: Int) -> Range<Int>? {
        let toks = s.tokens
        if let open = relativeClauseStart(s, endingAt: c1) {
            // "Tom Avery, 64, who …, said": the age between the name and the clause.
            if open >= 3, toks[open - 1].kind == .number, toks[open - 2].text == "," {
                return subject(s, before: open - 2, mask: nil)
            }
            return subject(s, before: open, mask: nil)
        }
        var j = c1 - 1
        var sawTitle = false
        while j >= 0, c1 - j <= AttributionLimits.maxSpeakerTokens + AttributionLimits.maxRelativeClauseTokens,
              toks[j].text != "," || s.isPlaceComma(j) {
            if toks[j].kind == .word, s.has(j, .titles) { sawTitle = true }
            // "chair of the Residents' Association": a plural possessive is part of the phrase.
            // ("of Pike & Lowe in Hull": an ampersand joins a firm's names.)
            // (And brackets: "from the Norwegian Water Resources and Energy Directorate (NVE)".)
            if toks[j].kind == .punct, !(["." , "-", "&", "(", ")"].contains(toks[j].text)), !s.isPluralPossessive(j), !s.isPlaceComma(j) { return nil }
            j -= 1
        }
        guard j > 0, toks[j].text == "," else { return nil }
        let between = (j + 1)..<c1
        // "Detective Inspector Craig Ashworth, of Lancashire Police, said": where the person works, between commas.
        if between.count >= 2, s.isWord(j + 1), ["of", "from", "at"].contains(s.lower(j + 1)), toks[j + 2].isCapitalized,
           toks[j - 1].isCapitalized, between.allSatisfy({ $0 == j + 1 || toks[$0].isCapitalized || s.has($0, .determiners) || s.lower($0) == "of" }) {
            return subject(s, before: j, mask: nil)
        }
        // "Donald Mair, now 71 and one of her first pupils, remembers": an age opens the aside.
        if NameGrammar.ageAside(s, at: j + 1) != nil, toks[j - 1].isCapitalized {
            return subject(s, before: j, mask: nil)
        }
        // Past the length of a phrase, the appositive is a role with a clause after it: "a neurologist at
        // the city hospital who was not involved in the study". It must open like one.
        // "a gynaecologist at St Bride's Hospital who was not involved in the research" also opens with an
        // article and holds the relative clause, whatever the role's word.
        let describesWithClause = s.isWord(j + 1) && ["a", "an"].contains(s.lower(j + 1))
            && between.contains { s.isWord($0) && vocab.personalRelativePronouns.contains(s.lower($0)) }
        if between.count > AttributionLimits.maxSpeakerTokens, !opensWithRole(s, between), !describesWithClause { return nil }
        // "Acme's chief executive, John Smith, wrote" / "The senator for the interior, Anke Brodersen, spoke" /
        // "The leader of the rebels, veteran backbencher Jane Roe, was": the role comes first and the name
        // ends the part between the commas.
        let nameStart = nameStart(s, endingBefore: c1, after: j)
        // Only describing words before the name ("veteran backbencher"), not a clause ("appointed by Judge …").
        // An "-ed" word describes ("retired postman") unless a preposition follows it ("appointed by").
        let describedFirst = (j + 1..<nameStart).allSatisfy {
            toks[$0].kind == .word && !s.has($0, [.boundaries, .cutWords, .affiliations])
                && (!s.lower($0).hasSuffix("ed") || $0 + 1 < nameStart && !s.has($0 + 1, [.cutWords, .affiliations]))
        }
        if nameStart < c1, describedFirst, rolePhrase(s, endingAt: j) {
            return nameStart..<c1
        }
        // "Its lead author, Ji-woo Park of the Korea Polar Research Institute, said": the name, then where
        // the person works.
        if let name = titledName(s, from: j + 1, to: c1), rolePhrase(s, endingAt: j) { return name }
        // "Another buyer, retired postman Keith Armitage, said": lowercase describing words, then a full name.
        if nameStart > j + 1, describedFirst, !s.has(j + 1, .determiners),
           (j + 1..<nameStart).allSatisfy({ !toks[$0].isCapitalized }), (nameStart..<c1).filter({ s.isWord($0) }).count >= 2 {
            return nameStart..<c1
        }
        // "The national weather agency, AEMET, warned": a body described, then its name.
        if !between.isEmpty, nameStart == j + 1, s.has(j - 1, .bodies) || describedByClause(s, endingAt: j) {
            return between
        }
        // "Dunmore, speaking outside the ground on Saturday, said": a participle of speech opens the aside.
        // ("Ms. Okafor, asked about the orders, acknowledged": a passive participle of speech and what about.)
        let askedAbout = j + 2 < c1 && s.isWord(j + 2) && s.lower(j + 1).hasSuffix("ed") && Self.askedAboutWords.contains(s.lower(j + 2))
        if s.isWord(j + 1), s.lower(j + 1).hasSuffix("ing") || askedAbout, s.has(j + 1, .speechVerbs), toks[j - 1].kind == .word,
           between.count <= AttributionLimits.maxAdverbialTokens + 1 {
            return subject(s, before: j, mask: nil)
        }
        // ("Chris Dabney, now a commentator, said": "now" before the description.)
        let article = s.isWord(j + 1) && s.lower(j + 1) == "now" && j + 2 < c1 ? j + 2 : j + 1
        let opensWithArticle = s.isWord(article) && ["a", "an", "the"].contains(s.lower(article))
        // "The ministry, however, said", "Dubois, visibly moved, added": a short aside, then the verb.
        if between.count <= AttributionLimits.maxAsideTokens, !opensWithArticle, toks[j - 1].kind == .word,
           between.allSatisfy({ toks[$0].kind == .word && !toks[$0].isCapitalized && !s.has($0, [.speechVerbs, .relativePronouns]) }) {
            return subject(s, before: j, mask: nil)
        }
        // "The union, with 40,000 members, said", "The ministry, in a post on its website, said": a
        // prepositional phrase set off by commas between the subject and its verb.
        let phraseLimit = s.has(j + 1, .affiliations) ? AttributionLimits.maxAppositiveTokens : AttributionLimits.maxAdverbialTokens
        if between.count <= phraseLimit, s.isWord(j + 1), s.has(j + 1, .cutWords) && !s.has(j + 1, .boundaries) || s.has(j + 1, .affiliations),
           toks[j - 1].kind == .word, between.allSatisfy({ !isVerb(s, $0, in: .speechVerbs) && !s.has($0, [.relativePronouns, .beForms]) }) {
            return subject(s, before: j, mask: nil)
        }
        // ("Okonkwo, now 79, remembers": "now" before the age.)
        let isAge = j + 1 < c1 && (toks[j + 1].kind == .number || s.lower(j + 1) == "now" && j + 2 < c1 && toks[j + 2].kind == .number)
        // "The commission, an intergovernmental body based in Tazir, said": a body or role opening the sentence
        // or clause, then what it is.
        // "The Regional Locust Control Commission (RLCC), an …,": the abbreviation in brackets is the body's.
        let headEnd = j >= 3 && toks[j - 1].text == ")" && toks[j - 3].text == "(" ? j - 3 : j
        if opensWithArticle, s.isWord(headEnd - 1), s.has(headEnd - 1, [.bodies, .roleNoun]),
           let d = subject(s, before: j, mask: nil), d.upperBound == headEnd, s.has(d.lowerBound, .determiners),
           d.lowerBound == 0 || toks[d.lowerBound - 1].text == "," {
            return d
        }
        // "Tom Lee, 58, a former paratrooper, said": an age, then a description.
        let ageFirst = opensWithArticle && j >= 3 && toks[j - 1].kind == .number && toks[j - 2].text == ","
        // ("Corporacion Minera de Bolivia (Comibol), the state company …,": the name before its abbreviation.)
        let nameEnd = ageFirst ? j - 2 : headEnd
        var k = nameEnd - 1
        while k >= 0, s.isNamePart(k) && !s.has(k, .boundaries) || k > 0 && vocab.isNameParticle(s, k) && k + 1 < nameEnd && s.isNamePart(k - 1) { k -= 1 }
        // "Lee, a former paratrooper, said": without a title, only a name that opens the sentence or clause.
        // (After a closing quotation mark too: `"…," Haldane, a hydrologist at the university, told the Herald`.)
        let opensClause = k < 0 || (k == 0 && s.has(0, .boundaries)) || toks[k].text == "," || QuoteScanner.isQuoteMark(toks[k])
        // "Tom Okoro, cabinet member for transport, said": a role without an article, read as one when a
        // role word heads it and no verb stands in it.
        let bareRole = opensClause && s.isWord(j + 1) && !toks[j + 1].isCapitalized && between.count <= AttributionLimits.maxRoleTokens
            && between.contains { s.isWord($0) && s.has($0, .roleNoun) }
            && between.allSatisfy { !isVerb(s, $0, in: .speechVerbs) && !s.has($0, [.beForms, .relativePronouns]) }
        guard sawTitle || isAge || ageFirst || bareRole || (opensWithArticle && opensClause) else { return nil }
        if k + 1 < nameEnd { return (k + 1)..<nameEnd }
        // "One witness, a taxi driver who …, said": a description of someone, then a role.
        if sawTitle, !isAge, s.has(j - 1, .roleNoun), let d = subject(s, before: j, mask: nil), d.upperBound == j { return d }
        return nil
    }

    /// `archaeologist Jana Vollrath of Kiel University` from `a` to `end`: lowercase title words, a name, and
    /// perhaps an affiliation. The name.
    func titledName(_ s: TokenSentence, from a: Int, to end: Int) -> Range<Int>? {
        var first = a
        while first < end, s.isWord(first), !s.tokens[first].isCapitalized, s.has(first, [.titles, .titleModifiers]) { first += 1 }
        var last = first
        while last < end, s.isNamePart(last) { last += 1 }
        guard last > first, last == end || isAffiliation(s, last..<end) else { return nil }
        return first..<last
    }

    /// "of Kiel University", "at the University of Otago": a preposition of affiliation and a capitalised
    /// name of a place or body, nothing else.
    func isAffiliation(_ s: TokenSentence, _ r: Range<Int>) -> Bool {
        guard let p = r.first, r.count >= 2, r.count <= AttributionLimits.maxAppositiveTokens,
              s.isWord(p), s.has(p, .affiliations) else { return false }
        return r.dropFirst().allSatisfy { s.isWord($0) && (s.tokens[$0].isCapitalized || Self.affiliationJoiners.contains(s.lower($0))) }
            && s.tokens[r.upperBound - 1].isCapitalized
    }

    /// Lowercase words inside the name of a place or body: "the University of Otago", "Food and Drug Administration".
    private static let affiliationJoiners: Set<String> = ["of", "the", "and", "for"]

    /// First token of the name ending before `end` and starting after `floor`: capitalised words, with
    /// name particles between them ("Ilse van der Meer").
    private func nameStart(_ s: TokenSentence, endingBefore end: Int, after floor: Int) -> Int {
        var i = end
        while i > floor + 1 {
            if s.isNamePart(i - 1) { i -= 1; continue }
            var p = i - 1
            while p > floor + 1, i - p <= 2, vocab.isNameParticle(s, p) { p -= 1 }
            guard p < i - 1, i < end, s.isNamePart(p) else { break }
            i = p
        }
        return i
    }

    /// Whether an appositive opens with a determiner and, within a few words, a role noun: "a neurologist",
    /// "the company's former chief executive".
    func opensWithRole(_ s: TokenSentence, _ r: Range<Int>) -> Bool {
        guard s.isWord(r.lowerBound), s.has(r.lowerBound, .determiners) else { return false }
        return r.dropFirst().prefix(AttributionLimits.maxRoleTokens / 2).contains { s.isWord($0) && s.has($0, .roleNoun) }
    }

    /// What a passive participle of speech is about in an aside: "asked about the orders", "pressed on it".
    private static let askedAboutWords: Set<String> = ["about", "on", "over", "by", "whether", "if", "why"]

    /// "The utility that owns the plant", "The woman who found him": a body or role noun after a determiner
    /// that opens the sentence, then a relative clause running to the comma at `c`.
    private func describedByClause(_ s: TokenSentence, endingAt c: Int) -> Bool {
        guard c >= 4, let rel = (2..<c).first(where: { s.isWord($0) && (s.has($0, .relativePronouns) || s.lower($0) == "that") }),
              c - rel <= AttributionLimits.maxRelativeClauseTokens, s.isWord(rel - 1), s.has(rel - 1, [.bodies, .roleNoun]) else { return false }
        return (0..<(rel - 1)).allSatisfy { s.isWord($0) && !s.tokens[$0].isCapitalized || $0 == 0 && s.has($0, .determiners) }
            && (rel..<c).allSatisfy { s.tokens[$0].kind != .punct || s.tokens[$0].attached }
    }

    /// The comma that opens a relative clause ", who …," / ", which …," closed by the comma at `c1`.
    func relativeClauseStart(_ s: TokenSentence, endingAt c1: Int) -> Int? {
        var j = c1 - 1
        while j > 0, c1 - j <= AttributionLimits.maxRelativeClauseTokens {
            let t = s.tokens[j]
            if t.text == ";" || QuoteScanner.isQuoteMark(t) { return nil }
            if t.text == "," {
                guard j + 1 < c1, s.has(j + 1, .relativePronouns), s.tokens[j - 1].kind != .punct || s.tokens[j - 1].text == ")" else { return nil }
                return j
            }
            j -= 1
        }
        return nil
    }

    /// Whether the words before `end` are a role: a title word (or a family word after a determiner or
    /// possessive) within the last few words, with nothing but words, possessives and a short prepositional
    /// phrase around it ("the company's chief executive", "The senator for the interior", "Her father").
    func rolePhrase(_ s: TokenSentence, endingAt end: Int) -> Bool {
        var j = end - 1
        while j >= 0, end - j <= AttributionLimits.maxRoleTokens {
            let t = s.tokens[j]
            if t.kind == .possessive || s.isPluralPossessive(j) { j -= 1; continue }
            // "The Minister of Construction, of Housing and of Urbanism": translated copy lists a minister's
            // portfolios, each after "of", between commas and "and".
            let listsPortfolio = j + 1 < end && s.isWord(j + 1) && (s.lower(j + 1) == "of" || s.lower(j + 1) == "for")
            if t.text == ",", listsPortfolio { return rolePhrase(s, endingAt: j) }
            guard t.kind == .word else { return false }
            if s.has(j, .titles) { return true }
            if s.lower(j) == "and", listsPortfolio { j -= 1; continue }
            // "The council's auditors, Pellow Grant, said": a group's role before the firm that holds it.
            if j == end - 1, j > 0, vocab.isPluralRoleNoun(s.lower(j)), s.has(j - 1, .determiners) || s.tokens[j - 1].kind == .possessive { return true }
            // "Her father, Rakesh Sharma, said", "the driver's widow, Ann Lee,": a relative of someone.
            if s.has(j, .relatives), j > 0, s.has(j - 1, .determiners) || s.tokens[j - 1].kind == .possessive || s.isPluralPossessive(j - 1) {
                return true
            }
            // "A researcher at Memorial University who studies iceberg drift, Dr. Susan Dwyer, said": a relative
            // clause after the role.
            if vocab.personalRelativePronouns.contains(s.lower(j)), j > 0, s.isWord(j - 1) { return rolePhrase(s, endingAt: j) }
            if s.has(j, .boundaries), !s.has(j, .determiners) { return false }
            j -= 1
        }
        return false
    }
}
