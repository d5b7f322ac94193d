/// The word lists the attribution rules read, loaded once per build from Resources/lexicon as lowercased sets.
final class AttributionVocabulary: Sendable {
    // speech-verbs.txt
    let speechVerbs: Set<String>
    /// Base forms whose "-s"/"-es" form is a speech verb ("call" for "calls", "stress" for "stresses").
    let speechVerbBases: Set<String>
    /// Forms of speech verbs that are neither a base nor an "-s" form ("said", "told", "wrote"): only ever verbs.
    let speechVerbPastForms: Set<String>
    let reportingVerbs: Set<String>
    let namingVerbs: Set<String>
    let toldVerbs: Set<String>
    let listeners: Set<String>
    let quoteMarkers: Set<String>
    /// "This" in "“…” This is what X said.": a sentence opening that points back at the quote before it.
    let backReferences: Set<String>
    /// "For" in "For the mayor, “…”": a sentence opening that gives the words after it to the phrase after it.
    let viewpoint: Set<String>
    /// "put" in "as X put it, “…”": verbs of choosing words.
    let phrasingVerbs: Set<String>
    /// Verbs that give a speaker only inverted right after a quote ("«…», supports the lawyer X").
    let invertedVerbs: Set<String>
    /// "a majority", "a third": counts of people that take a plural verb.
    let quantitySubjects: Set<String>
    /// "pointed" → {"out"}: phrasal reporting verbs, read through their particle.
    let phrasal: [String: Set<String>]
    // titles.txt / honorifics.txt
    let titles: Set<String>
    /// titles.txt [occupations]: trades that name a person ("a metals trader", "a vendor") but, being
    /// surnames too, never open a title before a name.
    let occupations: Set<String>
    /// "Dutchman", "teenager": a second reference to someone named, not a role of its own.
    let epithets: Set<String>
    /// Number words a family epithet counts with ("mum-of-two"): numbers.txt [cardinals] and [one].
    let familyCounts: Set<String>
    /// Endings of unlisted role nouns ("-ologist", "-ician"), and the words that end so without being one.
    let roleSuffixes: [String]
    let notRoles: [String]
    let titleModifiers: Set<String>
    let honorifics: Set<String>
    /// honorifics.txt [post-nominal]: "MLA", "MP", "KC" after a name.
    let postNominals: Set<String>
    /// honorifics.txt [bracketed]: "(Mrs.)", "(Rtd.)", "(Barr.)" inside a chain of titles before a name.
    let bracketedHonorifics: Set<String>
    let maleWords: Set<String>
    let femaleWords: Set<String>
    let relatives: Set<String>
    /// Titles of one office, each to the others: "speaker" → {"spokesperson", "spokesman", …}.
    let equivalentTitles: [String: Set<String>]
    /// "top diplomat" → ["foreign minister", "secretary of state", …]
    let synonyms: [(description: String, roles: [String])]
    // pronouns.txt
    let malePronouns: Set<String>
    let femalePronouns: Set<String>
    let thingPronouns: Set<String>
    let pluralPronouns: Set<String>
    let firstPerson: Set<String>
    /// "its", "their": a noun phrase opens after one ("its last report").
    let possessiveDeterminers: Set<String>
    let genericPeople: Set<String>
    /// "I", "my", "we": a speaker talking about themselves (`ProfileSubject`).
    let selfReference: Set<String>
    /// "I", "my": one person's words, never a group's or a body's.
    let singularSelfReference: Set<String>
    /// "herself" in "she limited herself to saying".
    let reflexive: Set<String>
    /// "he", "she", "they": the subject forms of the third-person pronouns.
    let subjectPronouns: Set<String>
    /// "von", "de", "del": lowercase words inside a capitalised name.
    let nameParticles: Set<String>
    /// "mount", "south", "hurricane": first words of names that are not people's (name-kinds.txt).
    let notPersonOpeners: Set<String>
    /// Every pronoun that can stand for a speaker.
    let pronounWords: Set<String>
    // organisations.txt
    let bodies: Set<String>
    let documents: Set<String>
    /// Documents that state findings of their own and are quoted like a body ("the audit called …").
    let findingDocuments: Set<String>
    /// "said in a statement", "issued a statement": what makes the speaker a document's issuer.
    let issuingWords: Set<String>
    /// "company", "group", "plc": heads that name the same kind of body (`Mentions.body(_:before:)`).
    let firmHeads: Set<String>
    /// [firms] and [trades]: nouns that name a company ("the company", "the operator").
    let firmWords: Set<String>
    // clause-words.txt
    let determiners: Set<String>
    let boundaries: Set<String>
    let adverbs: Set<String>
    let cutWords: Set<String>
    let timeWords: Set<String>
    let weekdays: Set<String>
    let clauseJoiners: Set<String>
    let affiliations: Set<String>
    let relativePronouns: Set<String>
    /// "who", "whom": a relative clause about a person.
    let personalRelativePronouns: Set<String>
    /// "became", "becomes": verbs that give their subject a role, as a be-form does.
    let becomingVerbs: Set<String>
    /// "does", "will": auxiliaries that open a yes/no question.
    let questionOpeners: Set<String>
    // stance.txt
    let denial: Set<String>
    let rejection: Set<String>
    /// denial ∪ rejection, for one lookup.
    let denialVerbs: Set<String>
    let claimNouns: Set<String>
    let dismissive: Set<String>
    let confirmation: Set<String>
    /// "dead" in "people confirmed dead": "confirmed" is an adjective there.
    let confirmedStates: Set<String>
    let negation: Set<String>
    let decline: Set<String>
    let noConfirmation: Set<String>
    let hedge: Set<String>
    let hedgePassive: Set<String>
    let unconfirmed: Set<String>
    let modal: Set<String>
    /// "hardly", "not" after a modal: no hedge.
    let modalNegators: Set<String>
    /// "left" → "open": verbs that leave a question open (not confirmed).
    let leaveOpen: [String: String]
    let anonymousSources: Set<String>
    /// "would", "won't" before a withheld answer ("would not say whether …").
    let refusing: Set<String>
    /// "whether", "how" after a withheld "say".
    let withheldQuestions: Set<String>
    /// be-forms, for passives ("was denied") and hedges ("is believed to").
    let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "'s"]
    /// Every word above with the sections it is in, for one lookup per token (`TokenSentence.classes`).
    let classes: WordClassTable

    /// Lines of two words ("pointed out", "left open"), lowercased, as pairs; other lines are skipped.
    private static func wordPairs(_ lines: [String]) -> [(String, String)] {
        lines.compactMap { line in
            let w = line.lowercased().split(separator: " ").map(String.init)
            return w.count == 2 ? (w[0], w[1]) : nil
        }
    }

    init(rules: Rules) {
        let speech = rules.lexicon("speech-verbs")
        // [speech-and-reporting] holds the verbs of both sections, listed once.
        let both = speech.set("speech-and-reporting")
        speechVerbs = speech.set("verbs").union(both)
        let bases = Set(speechVerbs.flatMap { v in
            (v.hasSuffix("s") ? [String(v.dropLast())] : []) + (v.hasSuffix("es") ? [String(v.dropLast(2))] : [])
        })
        speechVerbBases = bases
        speechVerbPastForms = speechVerbs.filter { v in
            !bases.contains(v) && !(v.hasSuffix("s") && (bases.contains(String(v.dropLast())) || bases.contains(String(v.dropLast(2)))))
        }
        reportingVerbs = speech.set("reporting").union(both)
        namingVerbs = speech.set("naming")
        toldVerbs = speech.set("told")
        listeners = speech.set("listeners")
        quoteMarkers = speech.set("quote-markers")
        backReferences = speech.set("back-references")
        viewpoint = speech.set("viewpoint")
        quantitySubjects = speech.set("quantity-subjects")
        phrasingVerbs = speech.set("phrasing")
        invertedVerbs = speech.set("inverted")
        var phrasal: [String: Set<String>] = [:]
        for (verb, particle) in Self.wordPairs(speech["phrasal"]) { phrasal[verb, default: []].insert(particle) }
        self.phrasal = phrasal

        let t = rules.lexicon("titles")
        let h = rules.lexicon("honorifics")
        epithets = t.set("epithets")
        let numbers = rules.lexicon("numbers")
        familyCounts = Set(LexiconPairs.numbers(numbers, "cardinals").keys).union(["one", "many"])
        titles = t.set("titles")
        occupations = t.set("occupations")
        titleModifiers = t.set("modifiers")
        roleSuffixes = t["role-suffixes"].map { $0.lowercased() }
        notRoles = t["not-roles"].map { $0.lowercased() }
        honorifics = h.set("male").union(h.set("female")).union(h.set("neutral")).union(t.set("honorific-titles"))
        postNominals = h.set("post-nominal")
        bracketedHonorifics = h.set("bracketed")
        maleWords = t.set("male").union(h.set("male"))
        femaleWords = t.set("female").union(h.set("female"))
        relatives = t.set("relatives")
        synonyms = t["synonyms"].compactMap { line in
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            let roles = parts[1].split(separator: "|").map { String($0).trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
            return (String(parts[0]).trimmingSpaces.lowercased(), roles)
        }

        var equivalent: [String: Set<String>] = [:]
        for line in t["equivalent"] {
            let group = Set(line.split(separator: "|").map { String($0).trimmingSpaces.lowercased() }.filter { !$0.isEmpty })
            for title in group { equivalent[title, default: []].formUnion(group.subtracting([title])) }
        }
        equivalentTitles = equivalent

        let p = rules.lexicon("pronouns")
        malePronouns = p.set("male")
        femalePronouns = p.set("female")
        thingPronouns = p.set("thing")
        pluralPronouns = p.set("plural")
        firstPerson = p.set("first-person")
        possessiveDeterminers = p.set("possessive-determiners")
        genericPeople = p.set("generic")
        selfReference = p.set("self-reference")
        singularSelfReference = p.set("self-reference-singular")
        reflexive = p.set("reflexive")
        subjectPronouns = p.set("subject")
        nameParticles = rules.lexicon("name-particles").set("particles")
        notPersonOpeners = rules.lexicon("name-kinds").set("not-people")
        pronounWords = malePronouns.union(femalePronouns).union(thingPronouns).union(pluralPronouns).union(firstPerson)

        let o = rules.lexicon("organisations")
        let trades = o.set("trades")
        bodies = o.set("bodies").union(trades)
        documents = o.set("documents")
        findingDocuments = o.set("findings")
        issuingWords = o.set("issuing")
        firmHeads = o.set("firms")
        firmWords = firmHeads.union(trades)

        let c = rules.lexicon("clause-words")
        determiners = c.set("determiners")
        boundaries = c.set("boundaries")
        adverbs = c.set("adverbs")
        cutWords = c.set("cut")
        timeWords = c.set("time")
        weekdays = c.set("weekdays")
        clauseJoiners = c.set("clause-joiners")
        relativePronouns = c.set("relative-pronouns")
        personalRelativePronouns = c.set("personal-relative-pronouns")
        becomingVerbs = c.set("becoming")
        questionOpeners = c.set("question-openers")
        affiliations = c.set("affiliations")

        let s = rules.lexicon("stance")
        denial = s.set("denial")
        rejection = s.set("rejection")
        denialVerbs = denial.union(rejection)
        claimNouns = s.set("claims")
        dismissive = s.set("dismissive")
        confirmation = s.set("confirmation")
        confirmedStates = s.set("confirmed-states")
        negation = s.set("negation")
        decline = s.set("decline")
        noConfirmation = s.set("no-confirmation")
        hedge = s.set("hedge")
        hedgePassive = s.set("hedge-passive")
        unconfirmed = s.set("unconfirmed")
        modal = s.set("modal")
        modalNegators = s.set("modal-negators")
        leaveOpen = Dictionary(Self.wordPairs(s["leave-open"]), uniquingKeysWith: { _, later in later })
        anonymousSources = s.set("anonymous-sources")
        refusing = s.set("refusing")
        withheldQuestions = s.set("withheld-questions")

        var map: [String: WordClass] = [:]
        // Sections only the stance rules test, as bits.
        for (section, c) in [("hedge-verbs", WordClass.hedgeVerbs), ("characterising", .characterising), ("withholding", .withholding),
                             ("non-response", .nonResponse), ("estimating", .estimating), ("evidence", .evidence),
                             ("evidence-verbs", .evidenceVerbs), ("hearing", .hearing), ("warning-verbs", .warningVerbs),
                             ("warning-prepositions", .warningPrepositions), ("estimate-nouns", .estimateNouns),
                             ("estimate-frames", .estimateFrames)] {
            for w in s.set(section) { map[w, default: []].insert(c) }
        }
        for w in c.set("subordinators") { map[w, default: []].insert(.subordinators) }
        for w in c.set("coordinators") { map[w, default: []].insert(.coordinators) }
        for w in s.set("negators") { map[w, default: []].insert(.negators) }
        for w in s.set("according") { map[w, default: []].insert(.according) }
        for w in speech.set("tentative") { map[w, default: []].insert(.tentative) }
        for w in speech.set("belief") { map[w, default: []].insert(.belief) }
        func add(_ words: Set<String>, _ c: WordClass) { for w in words { map[w, default: []].insert(c) } }
        add(speechVerbs, .speechVerbs); add(reportingVerbs, .reportingVerbs); add(namingVerbs, .namingVerbs)
        add(toldVerbs, .toldVerbs); add(listeners, .listeners); add(quoteMarkers, .quoteMarkers)
        add(titles, .titles); add(titleModifiers, .titleModifiers); add(honorifics, .honorifics)
        add(maleWords, .maleWords); add(femaleWords, .femaleWords); add(relatives, .relatives)
        add(titles, .roleNoun); add(occupations, .roleNoun)
        // Plurals of titles ("officials"); the length rule is the one `isRoleNoun` had.
        add(Set(titles.union(occupations).map { $0 + "s" }.filter { $0.count > 3 }), .roleNoun)
        add(malePronouns, .malePronouns); add(femalePronouns, .femalePronouns); add(thingPronouns, .thingPronouns)
        add(pluralPronouns, .pluralPronouns); add(firstPerson, .firstPerson)
        add(genericPeople, .generic)
        add(bodies, .bodies); add(documents, .documents)
        add(determiners, .determiners); add(boundaries, .boundaries); add(adverbs, .adverbs); add(cutWords, .cutWords)
        add(timeWords, .timeWords); add(weekdays, .weekdays); add(clauseJoiners, .clauseJoiners)
        add(relativePronouns, .relativePronouns); add(affiliations, .affiliations)
        add(denial, .denial); add(rejection, .rejection); add(claimNouns, .claimNouns); add(dismissive, .dismissive)
        add(confirmation, .confirmation); add(negation, .negation); add(decline, .decline)
        add(noConfirmation, .noConfirmation); add(hedge, .hedge); add(hedgePassive, .hedgePassive)
        add(unconfirmed, .unconfirmed); add(modal, .modal); add(anonymousSources, .anonymousSources)
        add(beForms, .beForms)
        classes = WordClassTable(map)
    }

    /// The sections a lowercased word is in.
    func classes(of lower: String) -> WordClass { classes.classes(of: lower) }

    /// The classes of a word token; a hyphenated word the lexicons do not list takes the role classes of its
    /// last part ("sub-delegate", "co-leader", "vice-chair" are roles as "delegate", "leader", "chair" are).
    /// An unlisted word with a role ending ("archaeologist") is a role noun as a listed one is; capitalised, only
    /// where a sentence opens (`opensSentence`: "Statistician Omar Keyes said"), since inside one it may be a
    /// name or an adjective ("Marxist", "Galician").
    func wordClasses(_ t: Token, opensSentence: Bool = false) -> WordClass {
        if t.hasHyphen { return classesWithHyphenRole(t.lower) }
        return t.isCapitalized && !opensSentence ? classes.classes(of: t.lower) : classesWithRoleEnding(t.lower)
    }

    /// The classes of `lower`, or for an unlisted hyphenated word the role classes of its last part.
    private func classesWithHyphenRole(_ lower: String) -> WordClass {
        let own = classes.classes(of: lower)
        guard own.isEmpty, let dash = lower.lastIndex(of: "-") else { return own }
        return classesWithRoleEnding(String(lower[lower.index(after: dash)...])).intersection([.titles, .roleNoun, .maleWords, .femaleWords])
    }

    /// The classes of `lower`; for an unlisted word with a role ending, those of a title (its plural: a role noun).
    private func classesWithRoleEnding(_ lower: String) -> WordClass {
        let own = classes.classes(of: lower)
        guard own.isEmpty else { return own }
        if hasRoleEnding(lower) { return [.titles, .roleNoun] }
        return lower.hasSuffix("s") && hasRoleEnding(lower.dropLast()) ? .roleNoun : []
    }

    /// "-ist" (seven letters or more), "-ician", "-grapher", unless [not-roles] lists the ending. Runs on every
    /// unlisted word: the endings are tested before anything else, without allocating.
    func hasRoleEnding<S: StringProtocol>(_ word: S) -> Bool {
        guard let suffix = roleSuffixes.first(where: { word.hasSuffix($0) }) else { return false }
        let length = word.utf8.count
        guard length > suffix.utf8.count + 2, suffix != "ist" || length >= 7 else { return false }
        return !notRoles.contains(where: { word.hasSuffix($0) })
    }

    /// A role noun in the plural ("volunteers", "officials"): a group, not one person.
    func isPluralRoleNoun(_ lower: String) -> Bool {
        guard lower.count > 4, lower.hasSuffix("s"), !titles.contains(lower) else { return false }
        return titles.contains(String(lower.dropLast())) || classesWithRoleEnding(lower) == .roleNoun
    }

    /// A role noun, also in the plural ("officials", "residents").
    func isRoleNoun(_ lower: String) -> Bool {
        classesWithHyphenRole(lower).contains(.roleNoun) || classesWithRoleEnding(lower).contains(.roleNoun)
    }

    func isBody(_ lower: String) -> Bool { bodies.contains(lower) }

    /// A lowercase name particle at token `i` ("van", "de", "von").
    func isNameParticle(_ s: TokenSentence, _ i: Int) -> Bool {
        s.isWord(i) && !s.tokens[i].isCapitalized && nameParticles.contains(s.lower(i))
    }
}
