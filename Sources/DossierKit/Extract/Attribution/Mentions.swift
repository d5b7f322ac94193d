enum SpeakerGender: Sendable { case male, female }

/// A person the article names, with every role it gives them.
struct NamedPerson: Sendable {
    /// The fullest form of the name in the article ("Yoon Suk Yeol").
    var name: String
    var nameTokens: Set<String>
    /// Roles as written: "South Korean Foreign Minister", "head of the State Duma's Foreign Affairs Committee".
    var roles: [String]
    /// Title words and capitalised words of those roles, lowercased: {"nato", "secretary", "general"}.
    var roleWords: Set<String>
    var gender: SpeakerGender?
    /// Ages the article gives ("Maria Lopez, 52,", "a 34-year-old nurse"), for "the 52-year-old said".
    var ages: Set<String> = []
    /// Where the article first gives the name in full: a shared surname means someone already introduced.
    var introduced: TextPosition?
}

/// The people and named bodies of one article, collected in one pass before any quote is attributed,
/// so that a role named late in the article ("NATO Secretary General Mark Rutte") resolves early mentions.
///
/// Someone counts as a person only with evidence: a title or honorific before the name ("Foreign Minister
/// Cho Tae Yul", "Mr. Kim"), a role in apposition ("Mark Rutte, NATO's secretary general"; "the company's
/// chief executive, Jane Roe,") or an age ("Maria Lopez, 52,"). Bare capitalised runs may be places or firms.
struct Mentions: Sendable {
    private(set) var people: [NamedPerson] = []
    /// Abbreviations introduced in brackets: "nsc" → "the National Security Council".
    private(set) var aliases: [String: String] = [:]
    /// Abbreviations of a title, given in brackets before its holder's name: "Superintendent of Police (SP)
    /// V. Lakshmi Prasad" → "sp" → that person; -1 when two people hold it.
    private(set) var roleAbbreviations: [String: Int] = [:]
    /// Where each person is named, in text order: for "he said" (a possessor is never a subject).
    private(set) var occurrences: [(position: TextPosition, person: Int, isSubject: Bool, paragraph: Int)] = []
    /// Bodies named with more than their head noun, in text order: "the ferry operator, Islas Lines"
    /// (head "operator", name "Islas Lines"), "the civil protection agency", "Hallam International Airport".
    /// A later "the operator said" means the latest of these with the same head.
    private(set) var bodies: [(position: TextPosition, head: String, name: String)] = []
    /// Full names without other evidence that are the subject of a speech verb ("Mark Lund said"), in text
    /// order. Not people: "Westway Rail said" has the same shape. A "he"/"she" no person fits means the latest.
    private(set) var speakingNames: [(position: TextPosition, name: String)] = []
    /// People described by family or sex as a sentence's subject ("A father of three … asked"), in text order.
    private(set) var unnamedSubjects: [UnnamedSubject] = []
    /// Capitalised words that stand alone as a name somewhere ("Tautahi says", "Tama says"), lowercased.
    private(set) var namesUsedAlone: Set<String> = []
    /// Documents a sentence's subject issues ("The ministry has issued a statement …"), in text order: a later
    /// "the statement said" means its author.
    private(set) var issuedDocuments: [IssuedDocument] = []

    private struct Candidate {
        let tokens: [String]
        let display: String
        let role: String?
        let roleWords: Set<String>
        let gender: SpeakerGender?
        var age: String?
    }

    /// `quoted` tells which tokens of a sentence are inside quotation marks.
    init(_ doc: ArticleTokens, quoted: (TokenSentence) -> [Bool], vocab: AttributionVocabulary) {
        let names = NameGrammar(vocab: vocab)
        var candidates: [Candidate] = []
        var withoutEvidence: [Candidate] = []  // full names with nothing yet saying they are people's
        var loneWords = Set<String>()  // capitalised words standing alone as a name somewhere
        let runs = doc.sentences.map { names.capitalisedRuns($0) }
        let masks = doc.sentences.map(quoted)
        for (s, sentenceRuns) in zip(doc.sentences, runs) {
            let mask = masks[s.index]
            if let u = UnnamedSubject.find(in: s, quoted: mask, vocab: vocab) { unnamedSubjects.append(u) }
            if let d = IssuedDocument.find(in: s, quoted: mask, vocab: vocab) { issuedDocuments.append(d) }
            // A title-case headline runs names into the words around them ("Sujana Bans Bottled Water Under"):
            // the body names the same people properly.
            if s.isTitleCaseHeadline { continue }
            for run in sentenceRuns {
                // A bare name in quotation marks is as often a title ("Que Sera, Sera", "Bridge of Sighs").
                let inQuotes = mask[run.lowerBound]
                if let c = Self.candidate(s, run, names) {
                    candidates.append(c)
                } else if !inQuotes, let name = names.bareFullName(s, run) {
                    let c = Candidate(tokens: names.nameTokens(s, name), display: names.display(s, name), role: nil, roleWords: [], gender: nil)
                    withoutEvidence.append(c)
                    if Self.speaks(s, name) { speakingNames.append((TextPosition(sentence: s.index, token: name.lowerBound), c.display)) }
                }
                if !inQuotes, let w = names.loneName(s, run) { loneWords.insert(w) }
                if let (abbr, full) = names.alias(s, run) { aliases[abbr] = aliases[abbr] ?? full }
            }
        }
        // 5. Named in full, then by the last word alone ("Agnes Morrow …" / "Morrow says"): news copy names
        // people by surname on second reference; bodies and places keep their first word ("Westway" for
        // "Westway Rail"), and names of places that drop their first word are left out (`bareFullName`).
        // (Spanish names carry two surnames and go by the first: "Anselmo Gallardo Ruiz … Gallardo says".)
        candidates += withoutEvidence.filter { c in
            loneWords.contains(c.tokens[c.tokens.count - 1]) || c.tokens.count == 3 && loneWords.contains(c.tokens[1])
        }
        namesUsedAlone = loneWords
        for s in doc.sentences { bodies += Self.bodyMentions(s, vocab) }
        // Fullest names first, so that "Yoon" (from "President Yoon") joins "Yoon Suk Yeol".
        let order = candidates.indices.sorted { (candidates[$0].tokens.count, -$0) > (candidates[$1].tokens.count, -$1) }
        for i in order {
            let c = candidates[i]
            let set = Set(c.tokens)
            let owners = people.indices.filter { people[$0].nameTokens.isSuperset(of: set) }
            // "Gallardo, 63," is not "Nerea Gallardo", 34: a name of another age is someone else, left out here
            // rather than merged.
            if owners.count == 1, let a = c.age, !people[owners[0]].ages.isEmpty, !people[owners[0]].ages.contains(a) { continue }
            if owners.count == 1 {
                let o = owners[0]
                if let r = c.role, !people[o].roles.contains(r) { people[o].roles.append(r) }
                people[o].roleWords.formUnion(c.roleWords)
                if people[o].gender == nil { people[o].gender = c.gender }
                if let a = c.age { people[o].ages.insert(a) }
            } else if owners.isEmpty {
                people.append(NamedPerson(name: c.display, nameTokens: set, roles: c.role.map { [$0] } ?? [],
                                     roleWords: c.roleWords, gender: c.gender, ages: c.age.map { [$0] } ?? []))
            }  // else: "Mr. Kim" with two Kims: ambiguous, left out
        }
        // Second pass: where each known person is named, for pronoun resolution.
        let known = people.reduce(into: Set<String>()) { $0.formUnion($1.nameTokens) }
        guard !known.isEmpty else { return }
        for (s, sentenceRuns) in zip(doc.sentences, runs) {
            for run in sentenceRuns {
                // "by Agnes Halloran's reckoning": a possessor is named, but is not the sentence's subject.
                let possessor = run.upperBound < s.tokens.count && s.tokens[run.upperBound].kind == .possessive
                guard known.contains(s.lower(run.upperBound - 1)) else { continue }  // a name ends on a known word
                let name = names.personSplit(s, run).name
                guard !name.isEmpty else { continue }
                let position = TextPosition(sentence: s.index, token: run.lowerBound)
                let tokens = names.nameTokens(s, name)
                if let p = person(matching: tokens, roleWords: [], at: position) {
                    if people[p].introduced == nil, Set(tokens) == people[p].nameTokens { people[p].introduced = position }
                    if let abbr = names.roleAbbreviation(s, before: name.lowerBound) {
                        // Two holders of one abbreviation: neither is meant by it (-1).
                        roleAbbreviations[abbr] = roleAbbreviations[abbr].map { $0 == p ? p : -1 } ?? p
                    }
                    // Named at the start of a sentence or clause: likely the subject, whom "he" goes on to mean.
                    // ("Her neighbour, retired nurse Ann Cole, was": describing words back to the comma.)
                    // ("Her neighbour Craig Strachan measured", "In May, the farmer Jens Uhlig said": the determiner
                    // that opens the role; not "a cardiologist at Imperial College London", a place after a preposition.)
                    // ("The city manager Tiina Väisänen did not", "According to the deputy síndica Laia Ferrer,": a
                    // describing noun before the title, `descriptionBefore`; not in an aside: "a builder, the late X,".)
                    let role = names.roleBefore(s, name.lowerBound)
                    var roleStart = role.lowerBound
                    if let d = names.descriptionBefore(s, role.lowerBound) {
                        let from = d.lowerBound > 0 && s.has(d.lowerBound - 1, .determiners) ? d.lowerBound - 1 : d.lowerBound
                        if from == 0 || Self.followsAccordingTo(s, from) { roleStart = d.lowerBound }
                    }
                    var start = names.describedFrom(s, roleStart)
                    if roleStart < name.lowerBound, start == roleStart, start > 0, s.isWord(start - 1), s.has(start - 1, .determiners),
                       !role.contains(where: { NameGrammar.rolePrepositions.contains(s.lower($0)) }) { start -= 1 }
                    // Not after a comma that closes a role in a prepositional phrase ("from her mentor, Josef Ruda,
                    // in 1991"): that is an object's apposition. "Her husband, Gary Petrakis, said" stays a subject.
                    let apposed = start >= 2 && s.isWord(start - 2) && s.has(start - 2, [.roleNoun, .relatives])
                        && (max(0, start - 2 - AttributionLimits.maxObjectRoleTokens)..<(start - 2)).contains { s.isWord($0) && s.has($0, [.cutWords, .affiliations]) && !s.tokens[$0].isCapitalized }
                    // (Not inside someone's quotation: "…, Ray," she said.)
                    let isSubject = !possessor && !masks[s.index][run.lowerBound] && (start == 0 || (s.tokens[start - 1].text == "," || s.tokens[start - 1].text == "—") && !apposed
                        || Self.followsOpeningTimePhrase(s, start, nameEnd: name.upperBound)
                        || Self.followsAccordingTo(s, start) || Self.isViewpoint(s, start, nameEnd: name.upperBound, vocab))
                    occurrences.append((position, p, isSubject, s.paragraph))
                }
            }
        }
    }

    /// "At 11 a.m. Petrescu hangs up his apron", "On Tuesday Dyer said": a sentence may open with a short
    /// phrase of time and no comma; the name after it, followed by a lowercase word (its verb), is the subject.
    private static func followsOpeningTimePhrase(_ s: TokenSentence, _ start: Int, nameEnd: Int) -> Bool {
        guard start >= 2, start <= AttributionLimits.maxOpeningTimeTokens, openingTimePrepositions.contains(s.lower(0)),
              s.isWord(nameEnd), !s.tokens[nameEnd].isCapitalized else { return false }
        return (1..<start).allSatisfy { i in
            s.tokens[i].kind == .number || s.isWord(i) && (s.has(i, [.timeWords, .weekdays]) || s.lower(i).dropLast().contains("."))
        }
    }

    /// "According to the deputy síndica Laia Ferrer, …": the source of what follows, whom "she" goes on to mean.
    private static func followsAccordingTo(_ s: TokenSentence, _ start: Int) -> Bool {
        let from = start > 0 && s.lower(start - 1) == "the" ? start - 1 : start
        return from >= 2 && s.lower(from - 1) == "to" && s.has(from - 2, .according)
    }

    /// "For Ssemakula, the bigger worry is …": a name opening the sentence after a viewpoint word, closed by a
    /// comma, is what the sentence is about, as its subject would be.
    private static func isViewpoint(_ s: TokenSentence, _ start: Int, nameEnd: Int, _ vocab: AttributionVocabulary) -> Bool {
        start == 1 && vocab.viewpoint.contains(s.lower(0)) && nameEnd < s.tokens.count && s.tokens[nameEnd].text == ","
    }

    private static let openingTimePrepositions: Set<String> = ["at", "on", "by", "until", "since", "around", "after", "before", "from"]

    private static func bodyMentions(_ s: TokenSentence, _ vocab: AttributionVocabulary) -> [(position: TextPosition, head: String, name: String)] {
        let toks = s.tokens
        var found: [(TextPosition, String, String)] = []
        for i in toks.indices where s.isWord(i) && s.has(i, .bodies) {
            let head = s.lower(i)
            // Words before the head that belong to its name or description ("civil protection", "Hallam International").
            var a = i
            while a > 0, s.isWord(a - 1), !s.has(a - 1, [.determiners, .boundaries, .speechVerbs]),
                  toks[a - 1].isCapitalized == toks[i].isCapitalized || !toks[i].isCapitalized { a -= 1 }
            if i + 2 < toks.count, toks[i + 1].text == ",", toks[i + 2].isCapitalized, a > 0, s.lower(a - 1) == "the" {
                // "the ferry operator, Islas Lines,": the name in apposition.
                var e = i + 2
                while e < toks.count, s.isWord(e) && toks[e].isCapitalized { e += 1 }
                if e == toks.count || toks[e].kind == .punct {
                    found.append((TextPosition(sentence: s.index, token: i + 2), head, s.text((i + 2)..<e)))
                    continue
                }
            }
            guard a < i else { continue }
            // "Paylane, the payments company used by …": a name opening its clause, then the body it is.
            if !toks[i].isCapitalized, a >= 3, s.lower(a - 1) == "the", toks[a - 2].text == ",", let name = clauseOpeningName(s, endingAt: a - 2) {
                found.append((TextPosition(sentence: s.index, token: name.lowerBound), head, s.text(name)))
                continue
            }
            if toks[i].isCapitalized {
                found.append((TextPosition(sentence: s.index, token: a), head, s.text(a..<(i + 1))))
            } else if a > 0, s.lower(a - 1) == "the" {
                found.append((TextPosition(sentence: s.index, token: a), head, "the " + s.text(a..<(i + 1))))
            }
        }
        return found
    }

    /// A full name as the subject of a speech verb: "Mark Lund said", "Dana Weir, from Mill Lane,
    /// told", "…, said Mark Lund.".
    private static func speaks(_ s: TokenSentence, _ name: Range<Int>) -> Bool {
        let toks = s.tokens
        func isSpeechVerb(_ i: Int) -> Bool { i >= 0 && i < toks.count && s.isWord(i) && !toks[i].isCapitalized && s.has(i, .speechVerbs) }
        var e = name.upperBound
        while e < toks.count, s.isWord(e), s.has(e, .adverbs) { e += 1 }
        if isSpeechVerb(e) { return true }
        // In apposition to a described subject: "Another buyer, retired postman Keith Armitage, said".
        if e + 1 < toks.count, toks[e].text == ",", isSpeechVerb(e + 1) { return true }
        // A prepositional phrase set off by commas: "Dana Weir, from Mill Lane, told".
        if e < toks.count, toks[e].text == ",", e + 1 < toks.count, s.isWord(e + 1), s.has(e + 1, [.cutWords, .affiliations]) {
            var c = e + 1
            while c < toks.count, c - e <= AttributionLimits.maxAdverbialTokens, toks[c].text != ",",
                  toks[c].kind != .punct || toks[c].text == "." || toks[c].text == "-", !s.has(c, [.speechVerbs, .beForms, .relativePronouns]) { c += 1 }
            if c < toks.count, toks[c].text == ",", isSpeechVerb(c + 1) { return true }
        }
        // Inverted after the quote: "…, said Mark Lund." / "said Mark Lund, who …".
        let end = name.upperBound
        return isSpeechVerb(name.lowerBound - 1) && (end == toks.count || toks[end].text == "," || toks[end].text == ".")
    }

    /// The capitalised run ending at `end` when it opens the sentence or a clause after a comma.
    private static func clauseOpeningName(_ s: TokenSentence, endingAt end: Int) -> Range<Int>? {
        let toks = s.tokens
        var a = end
        while a > 0, s.isWord(a - 1), toks[a - 1].isCapitalized, !s.has(a - 1, [.determiners, .boundaries, .cutWords, .weekdays, .timeWords]) { a -= 1 }
        guard a < end, a == 0 || toks[a - 1].text == "," else { return nil }
        return a..<end
    }

    /// The latest body named before `pos` with head noun `head`.
    /// `sameKind`: heads that all name one kind of body ("company", "group", "plc"); any of them matches another.
    func body(_ head: String, before pos: TextPosition, sameKind: Set<String> = []) -> String? {
        let kind = sameKind.contains(head) ? sameKind : [head]
        return bodies.last { kind.contains($0.head) && $0.position < pos }?.name
    }

    private static func candidate(_ s: TokenSentence, _ run: Range<Int>, _ names: NameGrammar) -> Candidate? {
        let v = names.vocab
        let parts = names.personSplit(s, run)
        guard !parts.name.isEmpty, parts.name.count <= 5 else { return nil }
        let nameToks = names.nameTokens(s, parts.name)
        guard let last = nameToks.last, !v.isBody(last), !v.titles.contains(last) else { return nil }
        // "Reacting, the Minister of Power, …": a participle of speech opening the sentence is no name.
        if nameToks.count == 1, let w = nameToks.first, w.hasSuffix("ing"), v.speechVerbs.contains(w) { return nil }
        // "Minister of Transportation", "Director of Operations": one word after a title's "of" is its field.
        if nameToks.count == 1, parts.title.isEmpty, parts.name.lowerBound >= 2, s.lower(parts.name.lowerBound - 1) == "of",
           s.has(parts.name.lowerBound - 2, .titles) { return nil }
        // A lone acronym ("NATO") is a body, not a person.
        if nameToks.count == 1, let t = s.tokens[parts.name.lowerBound].text.unicodeScalars.dropFirst().first,
           t.properties.isUppercase { return nil }
        let display = names.display(s, parts.name)
        // 1. Title or honorific before the name, inside the run or just before it ("Kremlin chief Vladimir Putin").
        var roleRange = min(parts.title.lowerBound, names.roleBefore(s, parts.name.lowerBound).lowerBound)..<parts.name.lowerBound
        // (Only before a full name: "the upper Tawe valley" has an adjective before a place.)
        let described = nameToks.count >= 2 ? names.descriptionBefore(s, roleRange.lowerBound) : nil
        if let d = described { roleRange = d.lowerBound..<roleRange.upperBound }
        if parts.hasRoleNoun || parts.gender != nil || names.hasRoleNoun(s, roleRange) || described != nil {
            let role = names.roleText(s, roleRange)
            // "Owner Gus Papadakis, 67, stood …": an age may follow the titled name too.
            var age = names.age(s, roleRange)
            if let app = names.appositiveAfter(s, parts.name.upperBound) { age = app.isAge ? s.text(app.range) : names.age(s, app.range) ?? age }
            return Candidate(tokens: nameToks, display: display, role: role,
                             roleWords: names.roleWords(s, roleRange), gender: parts.gender ?? names.gender(s, roleRange), age: age)
        }
        // 2. Role in apposition after the name: "Mark Rutte, NATO's secretary general," / age: "Maria Lopez, 52,".
        if let app = names.appositiveAfter(s, parts.name.upperBound) {
            if app.isAge {
                // "His daughter, Nerea, 34,": the role before the name still tells who she is.
                let before = names.appositiveBefore(s, parts.name.lowerBound)
                return Candidate(tokens: nameToks, display: display, role: before.map { s.text($0) }, roleWords: before.map { names.roleWords(s, $0) } ?? [],
                                 gender: before.flatMap { names.gender(s, $0) }, age: s.text(app.range))
            }
            return Candidate(tokens: nameToks, display: display, role: s.text(app.range),
                             roleWords: names.roleWords(s, app.range), gender: names.gender(s, app.range), age: names.age(s, app.range))
        }
        // 3. Role in apposition before the name: "the company's chief executive, Jane Roe, said".
        if let r = names.appositiveBefore(s, parts.name.lowerBound) {
            return Candidate(tokens: nameToks, display: display, role: s.text(r),
                             roleWords: names.roleWords(s, r), gender: names.gender(s, r))
        }
        // 4. An age right before the name: "16-year-old Marcus Webb".
        let start = parts.name.lowerBound
        if start >= 3, let age = names.age(s, (start - 3)..<start) {
            return Candidate(tokens: nameToks, display: display, role: nil, roleWords: [], gender: nil, age: age)
        }
        // 5. A full name with a relative clause only a person takes: "Sophie Martin, whose son …, said".
        if nameToks.count >= 2, names.personalClauseAfter(s, parts.name.upperBound) {
            return Candidate(tokens: nameToks, display: display, role: nil, roleWords: [], gender: nil)
        }
        // 6. A full name opening its sentence, then "he"/"she"/"her"/"his" before anyone else is named: "Marta
        // Coc Caal escaped the slide with her three grandchildren." A body would be "its". (The pronoun's gender
        // is not the name's: "Tomasz Wójcik has been her apprentice".)
        // ("In a two-room house in Liaquat Colony, Shahnaz Bibi and her two daughters made …": after an opening
        // prepositional phrase and its comma the name opens the main clause.)
        if nameToks.count >= 2, parts.name.lowerBound == 0 || Self.opensClauseAfterLeadIn(s, parts.name.lowerBound),
           names.pronounGenderAfter(s, parts.name.upperBound) != nil {
            return Candidate(tokens: nameToks, display: display, role: nil, roleWords: [], gender: nil)
        }
        return nil
    }

    /// Whether the name at `start` follows a comma closing the sentence's opening prepositional phrase.
    private static func opensClauseAfterLeadIn(_ s: TokenSentence, _ start: Int) -> Bool {
        start >= 3 && s.tokens[start - 1].text == "," && s.isWord(0) && s.has(0, .cutWords) && !s.has(0, .boundaries)
    }

    /// The person an all-capitals abbreviation stands for: given in brackets before their name, or the initials
    /// of their title's capitalised words ("the SP" for "Superintendent of Police (Rural) V. Lakshmi Prasad").
    /// Nil unless exactly one person fits.
    func person(abbreviation abbr: String) -> Int? {
        if let p = roleAbbreviations[abbr] { return p >= 0 ? p : nil }
        // A body's abbreviation ("the NSC", given in brackets after its name) is not a person's.
        guard aliases[abbr] == nil else { return nil }
        let fitting = people.indices.filter { p in
            people[p].roles.contains { role in
                // An acronym in the title counts whole: "UN Secretary-General" is "UNS", not "US".
                let initials = role.split(separator: " ").map { w -> String in
                    guard let f = w.first, f.isUppercase else { return "" }
                    return w.count >= 2 && w.allSatisfy({ $0.isUppercase }) ? String(w) : String(f)
                }.joined()
                return initials.lowercased() == abbr
            }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// The one person whose name contains all of `tokens` ("rutte" → Mark Rutte; "yoon" → Yoon Suk Yeol).
    /// Korean-style names match on any token, but only when exactly one person fits; `roleWords` may break a tie,
    /// and so may `position`: of two people sharing a surname, the one introduced in full before it.
    func person(matching tokens: [String], roleWords: Set<String>, at position: TextPosition? = nil) -> Int? {
        guard !tokens.isEmpty else { return nil }
        let set = Set(tokens)
        let fits = people.indices.filter { people[$0].nameTokens.isSuperset(of: set) }
        if fits.count == 1 { return fits[0] }
        if fits.count > 1 {
            if let exact = fits.first(where: { people[$0].nameTokens == set }),
               fits.filter({ people[$0].nameTokens == set }).count == 1 { return exact }
            if !roleWords.isEmpty {
                let byRole = fits.filter { people[$0].roleWords.isSuperset(of: roleWords) }
                if byRole.count == 1 { return byRole[0] }
            }
            // Holders introduced in full before `position`, with where: "Tollefsen, 67, has spent 31 summers …" long
            // before "her brother, Arne Tollefsen": the surname means the one of them the article has introduced so far.
            var introduced: [(person: Int, at: TextPosition)] = []
            if set.count == 1, let pos = position {
                introduced = fits.compactMap { p in people[p].introduced.flatMap { $0 < pos ? (p, $0) : nil } }
            }
            if introduced.count == 1 { return introduced[0].person }
            // "Tautahi says" of Mereana and Tama Tautahi, where the copy says "Tama says" of him: a shared
            // surname means the one holder never called by another part of the name alone.
            if set.count == 1 {
                let calledOtherwise = fits.filter { !people[$0].nameTokens.subtracting(set).isDisjoint(with: namesUsedAlone) }
                if calledOtherwise.count == fits.count - 1, let other = fits.first(where: { !calledOtherwise.contains($0) }) { return other }
            }
            // Both introduced: the surname alone keeps meaning the one the article introduced first ("Anselmo
            // Gallardo Ruiz … Gallardo says" still, after "Nerea Gallardo is less certain").
            if introduced.count == fits.count, let first = introduced.min(by: { $0.at < $1.at }) { return first.person }
        }
        return nil
    }

    /// Person `p` as a speaker: the fullest name, the first role the article gives.
    func speaker(_ p: Int) -> Speaker {
        Speaker(name: people[p].name, kind: .person, role: people[p].roles.first, person: p)
    }

    mutating func setGender(_ g: SpeakerGender, of p: Int) {
        if people[p].gender == nil { people[p].gender = g }
    }
}
