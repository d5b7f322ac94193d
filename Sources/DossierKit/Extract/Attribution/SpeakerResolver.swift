/// Who a speaker phrase names: canonical name, kind, role.
struct Speaker: Sendable, Hashable {
    var name: String
    var kind: Quote.SpeakerKind?
    var role: String?
    /// Index into `Mentions.people` for a named person.
    var person: Int?
    /// Lowercased head noun of a description ("official", "officials"), for "the official said" later.
    var head: String?
    var isPlural = false
    /// For unnamed speakers: from the description ("his sister", "a spokeswoman").
    var gender: SpeakerGender?
}

/// Turns a speaker phrase into a `Speaker`, within one article: surnames and roles to full names,
/// pronouns to the last fitting person, descriptions to themselves. Returns nil when unsure.
struct SpeakerResolver: Sendable {
    let vocab: AttributionVocabulary
    let names: NameGrammar
    private(set) var mentions: Mentions
    /// The narration's "he" and "she" counts (`AttributionDocument.narrationPronouns`), for a profile's subject.
    let narrationPronouns: [SpeakerGender: Int]
    /// Speakers resolved so far, in text order (read by `SpeakerHistory`).
    /// `documents`: the document words of the sentence that named the speaker ("said in a statement").
    private(set) var history: [(position: TextPosition, paragraph: Int, speaker: Speaker, documents: Set<String>)] = []

    init(mentions: Mentions, vocab: AttributionVocabulary, narrationPronouns: [SpeakerGender: Int] = [:]) {
        self.vocab = vocab
        self.names = NameGrammar(vocab: vocab)
        self.mentions = mentions
        self.narrationPronouns = narrationPronouns
    }

    /// Resolves the phrase `r` of sentence `s` and remembers the result as the latest speaker,
    /// unless `accept` turns it down.
    mutating func resolve(_ s: TokenSentence, _ r: Range<Int>, accept: (Speaker) -> Bool = { _ in true }) -> Speaker? {
        let pos = TextPosition(sentence: s.index, token: r.lowerBound)
        guard let sp = speaker(s, r, at: pos), accept(sp) else { return nil }
        let documents = s.allClasses.contains(.documents)
            ? Set(s.tokens.indices.filter { s.isWord($0) && s.has($0, .documents) && issues(s, document: $0, speakerPhrase: r) }.map { s.lower($0) }) : []
        remember(sp, at: pos, paragraph: s.paragraph, documents: documents)
        return sp
    }

    /// Whether the speaker of phrase `r` issued the document word at `i`: it is in the phrase ("a statement
    /// from the ministry") or comes a few words after "in" or a verb of issuing ("said in a joint statement").
    private func issues(_ s: TokenSentence, document i: Int, speakerPhrase r: Range<Int>) -> Bool {
        if r.contains(i) { return true }
        return (max(0, i - 3)..<i).contains { s.isWord($0) && vocab.issuingWords.contains(s.lower($0)) }
    }

    mutating func remember(_ sp: Speaker, at pos: TextPosition, paragraph: Int, documents: Set<String> = []) {
        history.append((pos, paragraph, sp, documents))
    }

    private mutating func speaker(_ s: TokenSentence, _ r: Range<Int>, at pos: TextPosition) -> Speaker? {
        let toks = s.tokens
        let words = r.filter { toks[$0].kind == .word }
        guard let firstWord = words.first, let lastWord = words.last else { return nil }
        let l = s.lower(firstWord)
        // Pronouns.
        if words.count == 1 {
            if vocab.malePronouns.contains(l) { return learnGender(.male, pronoun(.male, at: pos, paragraph: s.paragraph)) }
            if vocab.femalePronouns.contains(l) { return learnGender(.female, pronoun(.female, at: pos, paragraph: s.paragraph)) }
            if vocab.pluralPronouns.contains(l) { return recent(in: s.paragraph) { $0.isPlural } }
            // "It": the last body to speak, or a name of unknown kind that did ("Westway Rail said …").
            if vocab.thingPronouns.contains(l) { return recent(in: s.paragraph) { $0.kind == .organisation || ($0.kind == nil && !$0.isPlural) } }
            if vocab.firstPerson.contains(l) || s.has(firstWord, .generic) { return nil }
        }
        // "the SP": the abbreviation of a title given in brackets before the holder's name.
        if words.count <= 2, toks[lastWord].text.count >= 2, toks[lastWord].text.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
           words.count == 1 || s.lower(firstWord) == "the", let p = mentions.person(abbreviation: s.lower(lastWord)) {
            return person(p)
        }
        // "a statement from the ministry": the document speaks for its author.
        for i in r where toks[i].kind == .word && s.has(i, .documents) {
            if i + 2 < r.upperBound, ["from", "by", "of"].contains(s.lower(i + 1)) {
                return speaker(s, (i + 2)..<r.upperBound, at: pos)
            }
        }
        // The first "of", "for", "at" … inside the phrase.
        let affiliation = r.first { $0 > r.lowerBound && toks[$0].kind == .word && s.has($0, .affiliations) }
        // "A lawyer for Tully", "a friend of Ms Lee": someone in a role for a person the article names is not
        // that person, but a description of their own.
        if let cut = affiliation, s.has(r.lowerBound, .determiners), !toks[cut - 1].isCapitalized,
           vocab.isRoleNoun(s.lower(cut - 1)) || vocab.relatives.contains(s.lower(cut - 1)),
           cut + 1 < r.upperBound, toks[cut + 1].isCapitalized, let sp = named(s, (cut + 1)..<r.upperBound), sp.person != nil {
            return Speaker(name: normalised(s, r), kind: .unnamed, head: s.lower(cut - 1), gender: gender(of: s.lower(cut - 1)))
        }
        // "Professor Tom Haldane of King's College London", "Jane Roe of Acme Corp": a person, then where they
        // work. The person is one the article names, or a name of two or more words none of which is a body's
        // or a title's ("the Bank of England" stays whole).
        if let cut = affiliation, toks[cut - 1].isCapitalized, let sp = named(s, r.lowerBound..<cut) {
            if sp.person != nil { return sp }
            let name = (r.lowerBound..<cut).filter { toks[$0].kind == .word }
            if name.count >= 2, name.allSatisfy({ toks[$0].isCapitalized && !s.has($0, [.bodies, .titles, .titleModifiers, .determiners]) }) {
                return Speaker(name: sp.name, kind: .person)
            }
        }
        // A possessive names someone else: "Kim Jong Un's sister" is not Kim Jong Un.
        if let p = r.first(where: { toks[$0].kind == .possessive }) {
            guard p + 1 < r.upperBound else { return nil }
            return possessed(s, owner: r.lowerBound..<p, rest: (p + 1)..<r.upperBound)
        }
        // "A ministry official in Nouakchott": someone described by a role, then where they are, is that
        // someone, not the place (unless the place is a person the article names).
        // ("An official of the Gambia Immigration Department in Kuntaur": the role, where they work, then the place.)
        if s.has(r.lowerBound, .determiners), let at = r.first(where: { $0 > r.lowerBound + 1 && s.isWord($0) && s.lower($0) == "in" }),
           !toks[at - 1].isCapitalized && vocab.isRoleNoun(s.lower(at - 1))
            || affiliation.map({ $0 < at && !toks[$0 - 1].isCapitalized && vocab.isRoleNoun(s.lower($0 - 1)) }) ?? false,
           at + 1 < r.upperBound, toks[at + 1].isCapitalized, named(s, (at + 1)..<r.upperBound)?.person == nil {
            return described(s, r)
        }
        // ("the Dutchman": capitalised, but an epithet, read as a description.)
        if toks[lastWord].isCapitalized, !(words.count == 1 && isDescriptionWord(s.lower(lastWord))), !isEpithet(s, r, head: lastWord) {
            // "a spokeswoman for the Port Authority": the body speaks through someone "she" may mean later.
            guard var sp = named(s, r) else { return nil }
            if sp.kind == .organisation, sp.gender == nil, let cut = r.first(where: { toks[$0].kind == .word && s.has($0, .affiliations) }) {
                for i in r.lowerBound..<cut where sp.gender == nil && toks[i].kind == .word { sp.gender = gender(of: s.lower(i)) }
            }
            return sp
        }
        // "the mum-of-two sobbed", "the Frenchwoman said": a gendered epithet tells the person's gender from now on.
        if words.count == 2, isEpithet(s, r, head: lastWord), let g = gender(of: s.lower(lastWord)) { return learnGender(g, described(s, r)) }
        return described(s, r)
    }

    /// "the Dutchman", "the teenager": "the" and an epithet (`AttributionVocabulary.epithets`) at `head`, and nothing else.
    private func isEpithet(_ s: TokenSentence, _ r: Range<Int>, head: Int) -> Bool {
        head == r.lowerBound + 1 && s.lower(r.lowerBound) == "the" && (vocab.epithets.contains(s.lower(head)) || isFamilyEpithet(s.lower(head)))
    }

    /// "mum-of-two", "father-of-three", "grandmother-of-9": tabloid copy names a person by their children.
    private func isFamilyEpithet(_ word: String) -> Bool {
        guard word.contains("-of-") else { return false }
        let parts = word.split(separator: "-")
        guard parts.count == 3, parts[1] == "of", vocab.relatives.contains(String(parts[0])) else { return false }
        return vocab.familyCounts.contains(String(parts[2])) || parts[2].allSatisfy(\.isNumber)
    }

    private func isDescriptionWord(_ l: String) -> Bool {
        vocab.isRoleNoun(l) || vocab.isBody(l) || vocab.determiners.contains(l)
    }

    /// "Cho", "President Yoon", "NATO", "the National Security Council", "the NSC".
    private func named(_ s: TokenSentence, _ r: Range<Int>) -> Speaker? {
        let toks = s.tokens
        // The name is in the last capitalised run ("U.S. Deputy Ambassador to the United Nations | Robert Wood").
        var runStart = r.upperBound
        while runStart > r.lowerBound, (toks[runStart - 1].kind == .word && toks[runStart - 1].isCapitalized)
            || (toks[runStart - 1].text == "." && toks[runStart - 1].attached)
            || (runStart - 1 > r.lowerBound && runStart < r.upperBound && toks[runStart - 2].isCapitalized && names.afterParticles(s, runStart - 1) == runStart) {
            runStart -= 1
        }
        let split = names.personSplit(s, runStart..<r.upperBound)
        let prefix = r.lowerBound..<split.name.lowerBound
        let parts = (title: prefix, name: split.name, hasRoleNoun: split.hasRoleNoun || names.hasRoleNoun(s, prefix))
        if !parts.name.isEmpty {
            let nameToks = names.nameTokens(s, parts.name)
            if nameToks.count == 1, let full = mentions.aliases[nameToks[0]] {
                return Speaker(name: full, kind: .organisation)
            }
            if !nameToks.contains(where: { vocab.isBody($0) }),
               let p = mentions.person(matching: nameToks, roleWords: names.roleWords(s, parts.title),
                                       at: TextPosition(sentence: s.index, token: parts.name.lowerBound)) {
                // "Mrs Lund" is not Mark Lund, whom the article calls "he": a courtesy title
                // of the other gender names another member of the family, as written.
                if let g = names.gender(s, parts.title), let known = mentions.people[p].gender, g != known {
                    return Speaker(name: s.text(parts.title.lowerBound..<parts.name.upperBound), kind: .person, gender: g)
                }
                return person(p)
            }
            // "analysts at Corvo Partners": a group in a role at a firm speaks for the firm.
            if let cut = prefix.first(where: { toks[$0].kind == .word && s.has($0, .affiliations) }), cut > prefix.lowerBound,
               toks[cut - 1].kind == .word, vocab.isPluralRoleNoun(s.lower(cut - 1)) {
                return Speaker(name: names.display(s, parts.name), kind: .organisation)
            }
            if parts.hasRoleNoun, let last = nameToks.last, !vocab.isBody(last) {
                return Speaker(name: names.display(s, parts.name), kind: .person, role: names.roleText(s, parts.title))
            }
        }
        // Not a known person: a body or a name of unknown kind ("South Korea", "Acme").
        let a = firstContent(s, r)
        guard a < r.upperBound else { return nil }
        let text = normalised(s, r)
        let isAcronym = r.upperBound - a == 1 && toks[a].text.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2
        if isAcronym || r.contains(where: { toks[$0].kind == .word && s.has($0, .bodies) }) {
            return Speaker(name: text, kind: .organisation)
        }
        // "said engineer Paul Dubois": a lowercase description, then a full name.
        // ("Kelso mountain rescue leader Fraser Dunn": a place may open the description; its last word is lowercase.)
        let described = prefix.filter { toks[$0].kind == .word && !s.has($0, .determiners) }
        // (Not "both Russia and North Korea", nor "the organist of Wells Cathedral": the last word must be the noun.)
        if let head = described.last, !toks[head].isCapitalized, !vocab.isBody(s.lower(head)),
           !s.has(head, [.coordinators, .affiliations, .cutWords, .boundaries]),
           parts.name.filter({ toks[$0].kind == .word }).count >= 2 {
            return Speaker(name: names.display(s, parts.name), kind: .person, role: s.text(prefix))
        }
        return Speaker(name: text, kind: nil)
    }

    /// "the top diplomat", "the NATO secretary general", "a North Korean diplomat", "the presidential office".
    func described(_ s: TokenSentence, _ r: Range<Int>) -> Speaker? {
        let toks = s.tokens
        // The head comes before any prepositional phrase: "a representative | of the presidential office".
        let pp = r.first { $0 > r.lowerBound && ["of", "from", "for", "at", "in", "with", "to", "on"].contains(s.lower($0)) } ?? r.upperBound
        guard let headIndex = (r.lowerBound..<pp).last(where: { toks[$0].kind == .word }) else { return nil }
        let head = s.lower(headIndex)
        let text = normalised(s, r)
        if vocab.isBody(head) {
            // "The operator said" after "the ferry operator, Islas Lines": the body named before.
            if headIndex == r.lowerBound + 1, s.lower(r.lowerBound) == "the" {
                if let name = mentions.body(head, before: TextPosition(sentence: s.index, token: r.lowerBound), sameKind: vocab.firmHeads) {
                    return Speaker(name: name, kind: .organisation, head: head)
                }
                // `Westway Rail said … “…,” the company said.`: a firm's noun right after a name that spoke in the
                // paragraph and is no person's is that name, whatever its words.
                // A name of unknown kind counts from three words on ("San Isabel Valley Electric"); two may be a
                // person's ("Maria Lopez said … the company said" is two voices). Not a name whose own head is
                // another kind of body: "the Interior Ministry".
                if vocab.firmWords.contains(head), let last = recent(in: s.paragraph, { sp in
                    guard sp.person == nil, sp.head == nil, !sp.isPlural else { return false }
                    let words = sp.name.split(separator: " ")
                    guard sp.kind == .organisation || sp.kind == nil && words.count >= 3 else { return false }
                    let own = words.last.map { $0.lowercased() } ?? ""
                    return !vocab.isBody(own) || vocab.firmWords.contains(own)
                }) {
                    return Speaker(name: last.name, kind: .organisation, head: head)
                }
            }
            return Speaker(name: text, kind: .organisation, head: head)
        }
        // "X said in a statement … . “…,” the statement said.": a document the article has someone issue
        // speaks for whoever issued it last.
        if s.has(headIndex, .documents), s.lower(r.lowerBound) == "the", headIndex - r.lowerBound <= 2 {
            if let author = history.last(where: { $0.documents.contains(head) }) { return author.speaker }
            // "The ministry has issued a statement …. “…,” the statement said.": issued in a sentence that quoted nothing.
            let here = TextPosition(sentence: s.index, token: r.lowerBound)
            if let issued = mentions.issuedDocuments.last(where: { $0.document == head && $0.position < here && s.paragraph - $0.paragraph <= 1 }) {
                let t = issued.sentence, a = issued.author
                let capitalised = a.contains { t.isWord($0) && t.tokens[$0].isCapitalized && $0 > a.lowerBound }
                if let author = capitalised ? named(t, a) : described(t, a) { return author }
            }
        }
        // "The audit called the controls “inadequate”", "the same report warned": a document the article
        // quotes speaks for itself, as a body does ("it notes …" goes on to mean it).
        if vocab.findingDocuments.contains(head), s.has(r.lowerBound, .determiners), !vocab.possessiveDeterminers.contains(s.lower(r.lowerBound)),
           !toks[headIndex].isCapitalized {
            return Speaker(name: text, kind: .organisation, head: head)
        }
        // "the 34-year-old said": the one person the article gives that age. An age the article gives
        // nobody stands, like "he" or "she", for the most recent person (whose age, if given, is not another).
        // ("the 58-year-old priest says": the age with one noun after it.)
        let ageIndex = head == "year-old" ? headIndex : headIndex - 1
        if ageIndex >= 2, ageIndex > r.lowerBound, s.lower(ageIndex) == "year-old", toks[ageIndex - 1].text == "-", toks[ageIndex - 2].kind == .number {
            let age = toks[ageIndex - 2].text
            let fits = mentions.people.indices.filter { mentions.people[$0].ages.contains(age) }
            if fits.count == 1 { return person(fits[0]) }
            guard fits.isEmpty, definiteDescription(s, r, ageIndex) else { return nil }
            return recentPerson(at: TextPosition(sentence: s.index, token: r.lowerBound), paragraph: s.paragraph) {
                mentions.people[$0].ages.isEmpty
            }
        }
        // "The gardener dismissed the idea" after "Priya Das, the trust's head gardener": "the" and a noun the
        // article used for one named person's role, whatever that noun is. An epithet ("the Dutchman said",
        // "the teenager added") given to nobody means, as "he"/"she" would, the most recent fitting person.
        if headIndex == r.lowerBound + 1, s.lower(r.lowerBound) == "the" {
            let epithet = isEpithet(s, r, head: headIndex)
            if epithet || !vocab.isRoleNoun(head), let p = onlyHolder(ofRoleWords: [head]) { return person(p) }
            if epithet {
                let at = TextPosition(sentence: s.index, token: r.lowerBound)
                if let g = gender(of: head) { return pronoun(g, at: at, paragraph: s.paragraph) }
                return recentPerson(at: at, paragraph: s.paragraph) { _ in true }
            }
        }
        // "the harbour master said" after "Harbour master Captain Fiona Raeburn": two words, both in one person's role.
        if headIndex == r.lowerBound + 2, s.lower(r.lowerBound) == "the", !s.tokens[headIndex - 1].isCapitalized, !vocab.isRoleNoun(head),
           let p = onlyHolder(ofRoleWords: [s.lower(headIndex - 1), head]) { return person(p) }
        // "said one of the nurses", "one of his neighbours": one member of a group, a speaker of their own.
        if head == "one", headIndex == r.lowerBound, pp + 2 < r.upperBound, s.lower(pp) == "of", r.upperBound - pp <= 4,
           let last = r.last(where: { toks[$0].kind == .word }), last > pp + 1 {
            // Any plural noun: in a speaker's place the group is of people ("one of the porters").
            let group = s.lower(last)
            if !toks[last].isCapitalized, !s.has(last, .pronounWords), s.looksPlural(last) || vocab.relatives.contains(group) {
                let one = vocab.isPluralRoleNoun(group) ? String(group.dropLast()) : group
                return Speaker(name: text, kind: .unnamed, role: nil, head: one, gender: gender(of: one))
            }
        }
        // "the family", "his widow": relatives speak for themselves, named by the phrase.
        let isRelative = vocab.relatives.contains(head) && s.has(r.lowerBound, .determiners)
        guard vocab.isRoleNoun(head) || vocab.titleModifiers.contains(head) || isRelative else { return nil }
        let definite = s.lower(r.lowerBound) == "the"
        let plural = head.hasSuffix("s") && !vocab.titles.contains(head)
        let qualifiers = r.filter { $0 != headIndex && toks[$0].kind == .word && !s.has($0, [.determiners, .affiliations]) }.map { s.lower($0) }
        // ("officials said", "described by curators as “…”": a bare plural role is a group speaking, as the
        // readers of the annotated articles name it.)
        // "the fire brigade spokeswoman", "a speaker of the fire brigade": the one person the article names
        // in that role ("fire brigade spokeswoman Jane Roe"). A bare "a spokeswoman" may be anyone.
        if !plural, definite || !qualifiers.isEmpty, let p = holder(of: head, qualifiers), !qualifiers.isEmpty || namedBefore(p, s, r) { return person(p) }
        let phrase = r.filter { toks[$0].kind == .word }.map { s.lower($0) }.joined(separator: " ")
        if definite {
            // A description of a role someone named holds: "the top diplomat" → the foreign minister.
            for syn in vocab.synonyms where phrase.contains(syn.description) {
                let fits = mentions.people.indices.filter { p in
                    mentions.people[p].roles.contains { role in syn.roles.contains { role.lowercased().contains($0) } }
                }
                if fits.count == 1 { return person(fits[0]) }
            }
            let wanted = names.roleWords(s, r)
            if wanted.contains(where: { vocab.titles.contains($0) }) {
                let fits = mentions.people.indices.filter { mentions.people[$0].roleWords.isSuperset(of: wanted) }
                if fits.count == 1, wanted.count > 1 || namedBefore(fits[0], s, r) { return person(fits[0]) }
            }
            // "the official" after "a senior official": the same unnamed speaker.
            let words = Set(r.compactMap { toks[$0].kind == .word && s.lower($0) != "the" ? s.lower($0) : nil })
            if let earlier = history.last(where: { h in
                h.speaker.kind == .unnamed && h.speaker.head == head
                    && words.isSubset(of: Set(h.speaker.name.lowercased().split(separator: " ").map(String.init)))
            }) {
                return earlier.speaker
            }
        }
        return Speaker(name: text, kind: .unnamed, role: nil, head: head, isPlural: plural, gender: gender(of: head))
    }

    /// Whether person `p` was named before phrase `r`: a bare "the spokesperson" points back, not to someone the
    /// article introduces later. A headline may name ahead, and so may a fuller role in a wire lead ("The NATO
    /// secretary general said …" before "NATO Secretary General Mark Rutte").
    private func namedBefore(_ p: Int, _ s: TokenSentence, _ r: Range<Int>) -> Bool {
        let pos = TextPosition(sentence: s.index, token: r.lowerBound)
        return s.isHeadline || mentions.occurrences.contains { $0.person == p && $0.position < pos }
    }

    /// The one named person one of whose roles, as written, has every one of `words` as a word.
    private func onlyHolder(ofRoleWords words: [String]) -> Int? {
        let fits = mentions.people.indices.filter { p in
            mentions.people[p].roles.contains { role in
                let roleWords = role.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
                return words.allSatisfy { w in roleWords.contains { $0 == w } }
            }
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// The one named person whose roles contain the title `head` (or a title of the same office:
    /// "speaker" / "spokesperson") and every word of `qualifiers`.
    private func holder(of head: String, _ qualifiers: [String]) -> Int? {
        let heads = vocab.equivalentTitles[head].map { $0.union([head]) } ?? [head]
        let fits = mentions.people.indices.filter { p in
            let words = Set(mentions.people[p].roles.flatMap { role in
                role.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map { w in
                    w.hasSuffix("'s") || w.hasSuffix("’s") ? String(w.dropLast(2)) : String(w)
                }
            })
            return !words.isDisjoint(with: heads) && qualifiers.allSatisfy { words.contains($0) }
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// "Kim Jong Un's powerful sister", "NATO's Mark Rutte", "the company's chief executive", "Russia's foreign ministry".
    private func possessed(_ s: TokenSentence, owner: Range<Int>, rest: Range<Int>) -> Speaker? {
        let toks = s.tokens
        guard let headIndex = rest.last(where: { toks[$0].kind == .word }) else { return nil }
        // A name after the possessive is the speaker: "NATO's Mark Rutte".
        if toks[headIndex].isCapitalized {
            let parts = names.split(s, rest)
            if !parts.name.isEmpty, let p = mentions.person(matching: names.nameTokens(s, parts.name), roleWords: []) {
                return person(p)
            }
        }
        let head = s.lower(headIndex)
        let text = normalised(s, owner.lowerBound..<rest.upperBound)
        if vocab.isBody(head) { return Speaker(name: text, kind: .organisation, head: head) }
        // "The inspectorate's report described the wiring as “dangerous”": a document speaks for the body that
        // wrote it, as "a statement from the ministry" does.
        if s.has(headIndex, .documents), rest.allSatisfy({ toks[$0].kind == .word && !toks[$0].isCapitalized }),
           owner.contains(where: { toks[$0].kind == .word && s.has($0, .bodies) }) {
            return Speaker(name: normalised(s, owner), kind: .organisation, head: s.lower(owner.upperBound - 1))
        }
        guard vocab.isRoleNoun(head) || toks[headIndex].isCapitalized || vocab.relatives.contains(head) else { return nil }
        // The owner is a person: "Kim Jong Un's sister".
        let ownerParts = names.split(s, owner)
        if !ownerParts.name.isEmpty, let p = mentions.person(matching: names.nameTokens(s, ownerParts.name), roleWords: []) {
            return Speaker(name: mentions.people[p].name + "'s " + toks[headIndex].text, kind: .unnamed,
                           role: s.text(rest), head: head, gender: gender(of: head))
        }
        // A role of a body someone named holds: "the company's chief executive" → Jane Roe.
        let wanted = names.roleWords(s, rest).filter { vocab.titles.contains($0) || vocab.titleModifiers.contains($0) }
        if wanted.contains(where: { vocab.titles.contains($0) }) {
            let fits = mentions.people.indices.filter { mentions.people[$0].roleWords.isSuperset(of: wanted) }
            if fits.count == 1 { return person(fits[0]) }
        }
        return Speaker(name: text, kind: .unnamed, head: head, gender: gender(of: head))
    }

    private func gender(of head: String) -> SpeakerGender? {
        let head = isFamilyEpithet(head) ? String(head.prefix { $0 != "-" }) : head
        return vocab.femaleWords.contains(head) ? .female : vocab.maleWords.contains(head) ? .male : nil
    }

    /// The speaker for person `p` of `mentions`.
    func person(_ p: Int) -> Speaker { mentions.speaker(p) }

    /// The person "he" or "she" turned out to mean is of that gender from now on.
    private mutating func learnGender(_ g: SpeakerGender, _ chosen: Speaker?) -> Speaker? {
        if let p = chosen?.person { mentions.setGender(g, of: p) }
        return chosen
    }

    /// "the 58-year-old": only "the", the age and the head, perhaps with a noun after it ("the 29-year-old striker").
    private func definiteDescription(_ s: TokenSentence, _ r: Range<Int>, _ headIndex: Int) -> Bool {
        s.lower(r.lowerBound) == "the" && headIndex - 2 == r.lowerBound + 1
    }

    /// First token after leading determiners.
    private func firstContent(_ s: TokenSentence, _ r: Range<Int>) -> Int {
        var a = r.lowerBound
        while a < r.upperBound, s.tokens[a].kind == .word, s.has(a, .determiners), s.lower(a) != "the" { a += 1 }
        return a
    }

    /// The phrase as written, with a sentence-initial "The"/"A" lowercased and "both" dropped.
    func normalised(_ s: TokenSentence, _ r: Range<Int>) -> String {
        var a = r.lowerBound
        while a < r.upperBound, ["both", "neither", "either"].contains(s.lower(a)) { a += 1 }
        var text = s.text(a..<r.upperBound)
        if let f = text.first, s.tokens[a].kind == .word, s.has(a, .determiners) || s.has(a, .roleNoun) && r.count > 1 {
            text = f.lowercased() + text.dropFirst()
        }
        return text
    }
}
