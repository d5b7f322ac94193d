/// How names and roles are written in news English: capitalised runs, titles before names
/// ("NATO Secretary General Mark Rutte"), roles in apposition ("Mark Rutte, NATO's secretary general").
struct NameGrammar: Sendable {
    let vocab: AttributionVocabulary

    /// Maximal runs of capitalised words ("South Korean Foreign Minister Cho Tae Yul"), with the dots of
    /// initials and honorifics inside ("Mr. Kim", "Lloyd J. Austin"). Weekday names end a run.
    func capitalisedRuns(_ s: TokenSentence) -> [Range<Int>] {
        let toks = s.tokens
        var runs: [Range<Int>] = []
        var i = 0
        while i < toks.count {
            guard isNameWord(s, i) else { i += 1; continue }
            var j = i + 1
            while j < toks.count {
                if isNameWord(s, j) { j += 1; continue }
                // "Junta de Andalucía", "Ursula von der Leyen": name particles between capitalised words.
                if let e = afterParticles(s, j), e < toks.count, isNameWord(s, e) { j = e; continue }
                // "Mr." "J." inside a run: a short word, its dot, then another capitalised word.
                if toks[j].text == ".", toks[j].attached, toks[j - 1].text.count <= 3, j + 1 < toks.count, isNameWord(s, j + 1) {
                    j += 1
                    continue
                }
                break
            }
            runs.append(i..<j)
            i = j
        }
        return runs
    }

    /// The token after a run of one or two name particles starting at `i` ("de", "von der"), or nil.
    func afterParticles(_ s: TokenSentence, _ i: Int) -> Int? {
        var e = i
        while e < s.tokens.count, e - i < 2, vocab.isNameParticle(s, e) { e += 1 }
        return e > i ? e : nil
    }

    /// Capitalised, but not a weekday nor the pronoun "I" ("I've", "I'm": a quote's "Sometimes I can …" or
    /// "Mostly I've …" names nobody), nor a subject pronoun after a sentence break the splitter could not see
    /// ("a perfect letter S. She lays it down").
    private func isNameWord(_ s: TokenSentence, _ i: Int) -> Bool {
        let text = s.tokens[i].text
        guard s.tokens[i].isCapitalized, !s.has(i, .weekdays), text != "I", !text.hasPrefix("I'"), !text.hasPrefix("I’") else { return false }
        // ("He" is also a Chinese surname: "He Lifeng said". Only after an initial is it the pronoun.)
        guard Self.subjectPronouns.contains(text) else { return true }
        let afterInitial = i >= 2 && s.tokens[i - 1].text == "." && s.tokens[i - 2].text.count == 1
        return text == "He" && !afterInitial
    }

    private static let subjectPronouns: Set<String> = ["He", "She", "It", "We", "They"]

    /// Splits a run into its title part and name part: the name is what follows the last title word,
    /// modifier or honorific ("South Korean Foreign Minister | Cho Tae Yul"). Leading sentence words
    /// ("The", "After", "According") are dropped.
    func split(_ s: TokenSentence, _ run: Range<Int>) -> (title: Range<Int>, name: Range<Int>, hasRoleNoun: Bool, gender: SpeakerGender?) {
        var a = run.lowerBound
        // "For Jane Roe, …", "At Acme, …": a capitalised preposition opening the sentence is not part of a name.
        // ("Today Culhane runs …", "Later Ortiz said": an adverb opening the sentence is no first name.)
        while a < run.upperBound, s.has(a, [.determiners, .boundaries]) || (a == 0 && s.has(a, [.affiliations, .cutWords, .adverbs, .timeWords])) { a += 1 }
        var k = a - 1
        var hasRoleNoun = false
        var gender: SpeakerGender?
        // "Colm Devenney MLA", "Jane Roe MP": capitals of an office or honour after two or more words of a name
        // are no part of it (though "MP" is a title before one: "MP Jane Roe").
        var end = run.upperBound
        while end - a > 2, s.isWord(end - 1), vocab.postNominals.contains(s.lower(end - 1)),
              s.tokens[end - 1].text.allSatisfy({ $0.isUppercase }), s.isWord(end - 2), !s.has(end - 2, [.titles, .honorifics]) {
            end -= 1
            hasRoleNoun = true
        }
        for i in a..<end {
            if s.has(i, [.titles, .honorifics]) { hasRoleNoun = true }
            // The dot of an honorific ("Mr.", "Dr.") ends a title; that of an initial ("R. Anand Kumar") is the name's.
            if s.has(i, [.titles, .titleModifiers, .honorifics]) || s.tokens[i].text == "." && !isInitial(s, i - 1) {
                k = i
                if s.has(i, .maleWords) { gender = .male }
                if s.has(i, .femaleWords) { gender = .female }
            }
        }
        // "Minister of Food J.Enkhtuvshin": an initial glued to a surname (Mongolian and Russian style) opens
        // the name, whatever capitalised words stand before it.
        if let glued = ((k + 2)..<max(k + 2, end)).first(where: { isGluedInitial(s, $0) }) { k = glued - 1 }
        return (a..<(k + 1), (k + 1)..<end, hasRoleNoun, gender)
    }

    /// "J.Enkhtuvshin": one capital, its dot and a capitalised surname in one token.
    func isGluedInitial(_ s: TokenSentence, _ i: Int) -> Bool {
        guard s.tokens[i].kind == .word else { return false }
        // (Byte by byte, no copy: this runs on every capitalised run of the corpus.)
        var b = s.tokens[i].text.utf8.makeIterator()
        guard let c0 = b.next(), c0 >= 0x41, c0 <= 0x5A, b.next() == 0x2E,
              let c2 = b.next(), c2 >= 0x41, c2 <= 0x5A else { return false }
        return b.next() != nil
    }

    /// `split`, or where the run has no title of its own, the name after a role that ends in a body's or a
    /// field's name before it ("Leader of Opposition | Harish Gehlawat"): how a run names a person.
    func personSplit(_ s: TokenSentence, _ run: Range<Int>) -> (title: Range<Int>, name: Range<Int>, hasRoleNoun: Bool, gender: SpeakerGender?) {
        let parts = split(s, run)
        // "of the National Tourism Agency Bakyt Osmonaliev": "National" reads as a title modifier; the body's
        // word after it ("Agency") ends the role, and two or more capitalised words after that are the name.
        let name = parts.name
        if !parts.title.isEmpty, let b = name.last(where: { s.isWord($0) && s.has($0, .bodies) }), name.upperBound - b >= 3,
           (b + 1..<name.upperBound).allSatisfy({ s.isWord($0) && s.tokens[$0].isCapitalized && !s.has($0, .bodies) }) {
            return (parts.title.lowerBound..<(b + 1), (b + 1)..<name.upperBound, parts.hasRoleNoun, parts.gender)
        }
        // ("of Transportation and Communications Liu Kuo-chen": "Communications" reads as a title modifier, but
        // no title holds the run.)
        guard !parts.hasRoleNoun, let x = nameAfterBodyInRole(s, run) else { return parts }
        return (x.role, x.name, true, nil)
    }

    /// "Ambassador to the United Nations Robert Wood": a role ending in a body's capitalised name, then the
    /// person's name, in one run. Without a title inside the run, the last two words are taken as the name.
    private func nameAfterBodyInRole(_ s: TokenSentence, _ run: Range<Int>) -> (role: Range<Int>, name: Range<Int>)? {
        guard run.count >= 3 else { return nil }
        let words = run.filter { s.tokens[$0].kind == .word }
        guard words.count >= 3 else { return nil }
        var j = run.lowerBound - 1
        if j >= 0, s.lower(j) == "the" { j -= 1 }
        // "Minister of Transportation and Communications Liu Kuo-chen": earlier parts of the body's name
        // joined by "and" or commas.
        // (Commas only once an "and" is passed: "the Minister of Finance, Kwasi Adu Boahen" is a role, a comma, a name.)
        var passedAnd = false
        while j >= 2, s.lower(j) == "and" || passedAnd && s.tokens[j].text == ",", s.isWord(j - 1), s.tokens[j - 1].isCapitalized {
            if s.lower(j) == "and" { passedAnd = true }
            j -= 1
            while j >= 1, s.isWord(j - 1), s.tokens[j - 1].isCapitalized { j -= 1 }
            j -= 1
            if j >= 0, s.lower(j) == "the" { j -= 1 }
        }
        guard j >= 1, Self.rolePrepositions.contains(s.lower(j)), s.has(j - 1, .titles) else { return nil }
        var nameStart = words[words.count - 2]
        // "the Consejería de Sanidad": a name particle ends a body's name, not a person's first name.
        guard s.tokens[nameStart].isCapitalized else { return nil }
        // "Alderman for Sport Fatima El Amrani": a capitalised particle opens the surname; the first name is before it.
        if words.count >= 4, vocab.nameParticles.contains(s.lower(nameStart)) { nameStart = words[words.count - 3] }
        return (roleBefore(s, j).lowerBound..<nameStart, nameStart..<run.upperBound)
    }

    /// A run that is only a first name and a surname, perhaps with a middle name or initial ("Agnes Morrow",
    /// "Dale E. Pruitt"): two or three capitalised words, none a title, body, weekday or clause word, not
    /// after an article ("the Hebden Bridge …"), not opening like a place or storm ("South Sudan", "Mount
    /// Kenya", "Hurricane Helene") and no acronym in it. The name range, or nil.
    func bareFullName(_ s: TokenSentence, _ run: Range<Int>) -> Range<Int>? {
        let parts = split(s, run)
        let words = parts.name.filter { s.tokens[$0].kind == .word }
        guard parts.title.isEmpty || parts.title.allSatisfy({ s.has($0, [.determiners, .boundaries]) }),
              (2...3).contains(words.count), !vocab.notPersonOpeners.contains(s.lower(words[0])) else { return nil }
        if parts.name.lowerBound > 0, s.has(parts.name.lowerBound - 1, .determiners) { return nil }
        let plain = words.allSatisfy { i in
            s.tokens[i].isCapitalized && !isAcronym(s.tokens[i].text)
                && !s.has(i, [.titles, .titleModifiers, .honorifics, .bodies, .weekdays, .boundaries, .determiners])
        }
        return plain ? parts.name : nil
    }

    /// The lowercased word of a run that is one capitalised word on its own ("Morrow says", "Carrow's lawyer").
    func loneName(_ s: TokenSentence, _ run: Range<Int>) -> String? {
        // "the National Office of Oil", "Ministry of Health": a word ending a body's name is no one's surname.
        let i = run.lowerBound
        if i >= 2, ["of", "for"].contains(s.lower(i - 1)), s.isWord(i - 2), s.tokens[i - 2].isCapitalized { return nil }
        let parts = split(s, run)
        guard parts.name.count == 1, s.isWord(parts.name.lowerBound), !isAcronym(s.tokens[parts.name.lowerBound].text) else { return nil }
        return s.lower(parts.name.lowerBound)
    }

    /// "NATO", "BBC": two letters or more, all capitals ("McDonald" is a name).
    private func isAcronym(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Prepositions between a title and its field or body inside a role ("Minister for Health", "Leader of Opposition").
    static let rolePrepositions: Set<String> = ["to", "of", "for", "at"]

    /// The words of a name, lowercased, initials left out ("R. Anand Kumar" → anand, kumar), so that a name
    /// with initials and one without them are the same person.
    func nameTokens(_ s: TokenSentence, _ r: Range<Int>) -> [String] {
        r.compactMap { s.tokens[$0].kind == .word && !isInitial(s, $0) ? s.lower($0) : nil }
    }

    /// A single capital letter followed by its dot ("J." in "Lloyd J. Austin"), not an honorific.
    func isInitial(_ s: TokenSentence, _ i: Int) -> Bool {
        i >= 0 && i + 1 < s.tokens.count && s.isWord(i) && s.tokens[i].text.count == 1 && s.tokens[i].isCapitalized
            && s.tokens[i + 1].text == "." && s.tokens[i + 1].attached && !s.has(i, .honorifics)
    }

    func display(_ s: TokenSentence, _ r: Range<Int>) -> String { s.text(r) }

    /// "(SP)" right before token `at`, after a title: the abbreviation, lowercased, that stands for the title
    /// (and so for the person holding it: "the SP said").
    func roleAbbreviation(_ s: TokenSentence, before at: Int) -> String? {
        guard let w = bracketedWord(s, before: at) else { return nil }
        let abbr = s.tokens[w].text
        guard (2...6).contains(abbr.count), abbr.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        return s.lower(w)
    }

    /// The word in "( WORD )" right before token `at`, after a word: "Superintendent of Police (SP)",
    /// "Superintendent of Police (Rural)".
    private func bracketedWord(_ s: TokenSentence, before at: Int) -> Int? {
        guard at >= 4, s.tokens[at - 1].text == ")", s.tokens[at - 3].text == "(", s.isWord(at - 2), s.isWord(at - 4) else { return nil }
        return at - 2
    }

    /// Title words and capitalised words just before a name: "Kremlin chief", "Polish President",
    /// "Secretary of State". Stops at a determiner, a clause word or punctuation.
    func roleBefore(_ s: TokenSentence, _ at: Int) -> Range<Int> {
        var j = at - 1
        while j >= 0, at - j <= AttributionLimits.maxRoleTokens {
            let t = s.tokens[j]
            if t.kind == .possessive || (t.text == "." && t.attached) { j -= 1; continue }
            // "Superintendent of Police (SP) V. Lakshmi Prasad", "Superintendent of Police (Rural) …": a word in
            // brackets, the title's abbreviation or its branch.
            if j == at - 1, let w = bracketedWord(s, before: at), s.tokens[w].isCapitalized { j -= 3; continue }
            guard t.kind == .word else { break }
            if s.has(j, [.titles, .titleModifiers, .honorifics]) || isHyphenatedTitle(s, j) { j -= 1; continue }
            if t.isCapitalized, !s.has(j, [.determiners, .boundaries]) { j -= 1; continue }
            // "director-general of health Ana Lopes", "head of security Tom Reed", "Alderman for Sport Jan Bos":
            // a title, a preposition, a field (a capitalised field was read already: `of` is then `j`).
            // (Not a preposition right before the name: in "the organist of Wells Cathedral" the name is a place.)
            if let of = (max(0, j - 2)...j).last(where: { Self.rolePrepositions.contains(s.lower($0)) }), of > 0, of < at - 1,
               s.has(of - 1, .titles) || isHyphenatedTitle(s, of - 1),
               ((of + 1)..<(j + 1)).allSatisfy({ s.isWord($0) && !s.has($0, [.determiners, .boundaries]) }) {
                j = of - 1
                continue
            }
            break
        }
        var start = j + 1
        while start < at, s.tokens[start].kind == .possessive || s.tokens[start].kind == .punct || s.lower(start) == "of" { start += 1 }
        return start..<at
    }

    /// "the Opole voivode Grażyna Mielczarek", "the deputy síndica Laia Ferrer": one lowercase noun, perhaps after
    /// capitalised words or, right after "the", one title modifier ("deputy", "acting"), between a determiner (or
    /// the sentence's start) and the name or its title at `at`. News puts what a person does there, whatever the
    /// noun, so a later "the voivode said" means them. Not a body's noun ("the ferry operator Islas Lines"), a
    /// verb's form ("the court heard Ana Lopes") or a clause word.
    func descriptionBefore(_ s: TokenSentence, _ at: Int) -> Range<Int>? {
        let n = at - 1
        guard n >= 1, isDescribingNoun(s, n) else { return nil }
        var j = n - 1
        // ("The president met Xi Jinping": a noun and a verb, not a modifier and a noun.)
        if j >= 1, !s.tokens[j].isCapitalized, s.has(j, .titleModifiers), isDescribingNoun(s, j), s.lower(j - 1) == "the" { return j..<at }
        while j >= 0, n - j <= 2, s.isWord(j), s.tokens[j].isCapitalized, !s.has(j, .determiners) { j -= 1 }
        if j < 0 { return 0..<at }
        guard s.isWord(j), s.lower(j) == "the" else { return nil }
        return (j + 1)..<at
    }

    private func isDescribingNoun(_ s: TokenSentence, _ n: Int) -> Bool {
        s.isWord(n) && !s.tokens[n].isCapitalized && s.lower(n).count >= 3 && !s.tokens[n].hasHyphen
            && !s.lower(n).hasSuffix("ed") && !s.lower(n).hasSuffix("ing") && !vocab.isBody(s.lower(n)) && !vocab.isNameParticle(s, n)
            && !vocab.notPersonOpeners.contains(s.lower(n))
            && !s.has(n, [.determiners, .pronounWords, .boundaries, .coordinators, .subordinators, .clauseJoiners, .speechVerbs,
                          .reportingVerbs, .toldVerbs, .affiliations, .timeWords, .adverbs, .beForms, .generic])
    }

    func hasRoleNoun(_ s: TokenSentence, _ r: Range<Int>) -> Bool {
        r.contains { s.has($0, .titles) || s.has($0, .honorifics) || isHyphenatedTitle(s, $0) }
    }

    /// "Director-general", "editor-in-chief": a compound with a title word in it.
    func isHyphenatedTitle(_ s: TokenSentence, _ i: Int) -> Bool {
        guard s.isWord(i), s.tokens[i].hasHyphen else { return false }
        return s.lower(i).split(separator: "-").contains { vocab.titles.contains(String($0)) }
    }

    func roleText(_ s: TokenSentence, _ r: Range<Int>) -> String? {
        // Honorifics are courtesy, not roles ("Mr.").
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, s.has(a, .honorifics) || s.tokens[a].text == "." { a += 1 }
        while b > a, s.has(b - 1, .honorifics) || s.tokens[b - 1].text == "." { b -= 1 }
        let t = s.text(a..<b)
        return t.isEmpty ? nil : t
    }

    /// Title words and capitalised words of a role, lowercased: "NATO's secretary general" → {nato, secretary, general}.
    func roleWords(_ s: TokenSentence, _ r: Range<Int>) -> Set<String> {
        var out = Set<String>()
        for i in r where s.tokens[i].kind == .word {
            let l = s.lower(i)
            if l == "of" || s.has(i, [.determiners, .honorifics]) { continue }
            if s.has(i, [.titles, .titleModifiers]) || s.tokens[i].isCapitalized { out.insert(l) }
        }
        return out
    }

    func gender(_ s: TokenSentence, _ r: Range<Int>) -> SpeakerGender? {
        for i in r {
            if s.has(i, .femaleWords) { return .female }
            if s.has(i, .maleWords) { return .male }
        }
        return nil
    }

    /// The age in a role: "a 34-year-old nurse" → "34".
    func age(_ s: TokenSentence, _ r: Range<Int>) -> String? {
        for i in r where i >= r.lowerBound + 2 && s.isWord(i) && s.lower(i) == "year-old"
            && s.tokens[i - 1].text == "-" && s.tokens[i - 2].kind == .number { return s.tokens[i - 2].text }
        return nil
    }

    /// "Donald Mair, now 71 and one of her first pupils,", "Ann Cole, aged 80,": an age after "now" or "aged" at
    /// `k`, the first word of an aside. The age's token range.
    static func ageAside(_ s: TokenSentence, at k: Int) -> Range<Int>? {
        let toks = s.tokens
        guard s.isWord(k), ["now", "aged"].contains(s.lower(k)), k + 1 < toks.count, toks[k + 1].kind == .number,
              k + 2 >= toks.count || toks[k + 2].kind == .punct || s.lower(k + 2) == "and" else { return nil }
        return (k + 1)..<(k + 2)
    }

    /// "Marta Coc Caal escaped the slide with her three grandchildren": the gender of the first "he"/"she"
    /// word after `end` in the sentence, when no capitalised word (someone else) comes before it. It tells
    /// that people are in the sentence, not whose gender the name is.
    func pronounGenderAfter(_ s: TokenSentence, _ end: Int) -> SpeakerGender? {
        for i in end..<s.tokens.count where s.isWord(i) {
            if s.tokens[i].isCapitalized { return nil }
            let l = s.lower(i)
            if l == "his" || s.has(i, .malePronouns) { return .male }
            if s.has(i, .femalePronouns) { return .female }
        }
        return nil
    }

    /// ", who lives nearby" / ", whose son spent five days in hospital" after a name: a clause only a person takes.
    func personalClauseAfter(_ s: TokenSentence, _ end: Int) -> Bool {
        let toks = s.tokens
        guard end + 1 < toks.count, toks[end].text == ",", s.isWord(end + 1) else { return false }
        let l = s.lower(end + 1)
        if vocab.personalRelativePronouns.contains(l) { return true }
        guard l == "whose" else { return false }
        // "whose three-year-old son", "whose two sons": a family word among the next few tokens.
        return (end + 2..<min(toks.count, end + 7)).contains { i in
            guard s.isWord(i) else { return false }
            let w = s.lower(i)
            return vocab.relatives.contains(w) || (w.hasSuffix("s") && vocab.relatives.contains(String(w.dropLast())))
        }
    }

    /// ", NATO's secretary general," / ", head of the committee." / ", 52," after a name.
    func appositiveAfter(_ s: TokenSentence, _ end: Int) -> (range: Range<Int>, isAge: Bool)? {
        let toks = s.tokens
        // "Ni Luh Ayu Sartini (45), owner of a kiosk": an age in brackets right after the name.
        if end + 2 < toks.count, toks[end].text == "(", toks[end + 1].kind == .number, toks[end + 2].text == ")" {
            return ((end + 1)..<(end + 2), true)
        }
        guard end + 1 < toks.count, toks[end].text == "," else { return nil }
        let k = end + 1
        if toks[k].kind == .number, k + 1 >= toks.count || toks[k + 1].kind == .punct { return (k..<(k + 1), true) }
        if let age = Self.ageAside(s, at: k) { return (age, true) }
        var j = k
        var sawTitle = false
        while j < toks.count, j - k < AttributionLimits.maxAppositiveTokens {
            let t = toks[j]
            if t.kind == .punct, t.text != "-", t.text != "&", !s.isPluralPossessive(j) { break }
            if t.kind == .word {
                if j == k, s.has(j, .boundaries), !s.has(j, .determiners) { return nil }  // ", who …", ", said …"
                if j == k, s.has(j, .pronounWords) { return nil }  // "Born in Oslo, she trained as a nurse": a clause
                if s.has(j, .speechVerbs), !t.isCapitalized { return nil }  // "Ukraine, a senior official told …"
                // ("Ibrahim Musa, a Sudanese man who works on building sites,": a person described.)
                if j - k < 6, s.has(j, .titles) || vocab.epithets.contains(s.lower(j)) { sawTitle = true }
            }
            j += 1
        }
        guard sawTitle, j > k else { return nil }
        return (k..<j, false)
    }

    /// Where the lowercase describing words, numbers and hyphens before `start` begin, when a comma comes
    /// right before them ("Her neighbour, | retired nurse Ann Cole", "The teen, | 16-year-old Marcus Webb");
    /// otherwise `start`. A participle or a verb of speech is a clause, not a description (", describing the accused as").
    func describedFrom(_ s: TokenSentence, _ start: Int) -> Int {
        let toks = s.tokens
        var d = start
        while d > 0, start - d < AttributionLimits.maxDescribingTokens, toks[d - 1].text != ",",
              toks[d - 1].kind == .number || (toks[d - 1].text == "-" && toks[d - 1].attached)
                || (s.isWord(d - 1) && !toks[d - 1].isCapitalized && !s.lower(d - 1).hasSuffix("ing")
                    && !s.has(d - 1, [.determiners, .boundaries, .cutWords, .affiliations, .speechVerbs, .reportingVerbs])) {
            d -= 1
        }
        return d < start && d > 0 && toks[d - 1].text == "," ? d : start
    }

    /// "the company's chief executive, Jane Roe," / "The senator for the interior, Anke Brodersen,": a role
    /// (a title word, perhaps with a short prepositional phrase after it), a comma, then the name. The role
    /// starts the sentence or opens with a determiner.
    func appositiveBefore(_ s: TokenSentence, _ nameStart: Int) -> Range<Int>? {
        let toks = s.tokens
        // "The teen, 16-year-old Marcus Webb,": an age or describing words between the comma and the name.
        let start = describedFrom(s, nameStart)
        guard start >= 2, toks[start - 1].text == ",", toks[start - 2].kind == .word else { return nil }
        var j = start - 2
        var sawTitle = false
        var opensWithDeterminer = false
        while j >= 0, start - 2 - j < AttributionLimits.maxAppositiveTokens {
            let t = toks[j]
            if t.kind == .possessive || s.isPluralPossessive(j) { j -= 1; continue }
            guard t.kind == .word else { break }
            if s.has(j, .determiners) {
                // "for the interior": a prepositional phrase inside the role; read on past it.
                if j >= 2, ["of", "for", "at", "in", "to"].contains(s.lower(j - 1)) { j -= 2; continue }
                opensWithDeterminer = true
                j -= 1
                break
            }
            if s.has(j, .boundaries) { break }
            // "His granddaughter, Mia Holt,": a family word is a role here too.
            if s.has(j, [.titles, .relatives]) { sawTitle = true }
            j -= 1
        }
        // ("Meanwhile, Director of Waste Management …, Dian Kusumawati,": a sentence adverb and its comma may open.)
        let afterOpener = j == 1 && toks[1].text == "," && s.isWord(0) && s.has(0, [.adverbs, .timeWords, .boundaries])
        guard sawTitle, opensWithDeterminer || j < 0 || afterOpener else { return nil }
        return (j + 1)..<(start - 1)
    }

    /// "the National Security Council (NSC)" → ("nsc", "the National Security Council").
    func alias(_ s: TokenSentence, _ run: Range<Int>) -> (String, String)? {
        let toks = s.tokens
        let e = run.upperBound
        guard run.count >= 2, e + 2 < toks.count, toks[e].text == "(", toks[e + 2].text == ")",
              toks[e + 1].kind == .word else { return nil }
        let abbr = toks[e + 1].text
        guard abbr.count >= 2, abbr.count <= 6, abbr.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." }) else { return nil }
        var a = run.lowerBound
        var the = a > 0 && s.lower(a - 1) == "the"
        while a < e, s.has(a, .determiners) || s.has(a, .boundaries) {
            if s.lower(a) == "the" { the = true }
            a += 1
        }
        guard a < e else { return nil }
        return (abbr.lowercased(), (the ? "the " : "") + s.text(a..<e))
    }
}

extension TokenSentence {
    /// A token of a written name: a capitalised word, or the dot of an initial or abbreviation ("J.", "U.S.").
    func isNamePart(_ i: Int) -> Bool {
        tokens[i].kind == .word && tokens[i].isCapitalized || (tokens[i].text == "." && tokens[i].attached)
    }
}
