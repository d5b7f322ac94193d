/// A unit as the lexicon gives it: the normalised unit and what kind of quantity it measures.
struct UnitEntry: Sendable, Equatable {
    let unit: String
    let kind: Figure.UnitKind
}

/// The vocabulary of the figure extractor, read once from lexicon/units, qualifiers, numbers,
/// figure-cues and dates.
struct FigureVocabulary: Sendable {
    let numbers: NumberWords
    let units: PhraseMap<UnitEntry>
    /// "injured", "held": people counted by what happened to them, unless a plural noun follows.
    let states: Set<String>
    /// Money only when the number has a scale ("5 million pounds", "3 billion won").
    let scaledMoney: PhraseMap<String>
    let currencySigns: [String: String]
    /// Hundredths of a currency written after the amount ("95p", "30 pence"), by currency code.
    let hundredths: [String: String]
    /// Money words after a number that groups its thousands ("4,350 won").
    let groupedMoney: [String: String]
    /// "a mother of three": nouns whose "of N" counts children.
    let parents: Set<String>
    /// Forms that look like an amount in pence but are not ("1080p", a video's resolution).
    let notHundredths: Set<String>
    /// ISO codes of currencies counted in thousandths ("KD 12.750"): three decimals are not thousands there.
    let thousandthCurrencies: Set<String>
    /// units.txt [whole-currencies]: no minor unit in use, so three decimals group thousands ("Rp 2.850").
    let wholeCurrencies: Set<String>
    /// units.txt [quoted-in-dollars]: a rate of these against the dollar is in dollars ("the euro at 1.09").
    let quotedInDollars: Set<String>
    let currencySignPrefixes: [String: String]
    let currencyCodes: PhraseMap<String>
    let notUnits: Set<String>
    /// ISO 4217 codes, in capitals: money only as written so ("GEL", not "gel").
    let isoCodes: Set<String>
    /// A capital glued to an amount that names its currency ("P2.3 billion" → PHP).
    let gluedCurrencyLetters: [String: String]
    /// units.txt [glued-currency-codes]: codes cut off the bare digits they are written against ("RM150").
    let gluedCurrencyCodes: Set<String>
    let qualifiers: PhraseMap<Figure.Qualifier>
    let changeVerbs: PhraseSet
    let updateBefore: PhraseSet
    let updateAnywhere: PhraseSet
    let linking: Set<String>
    let functionWords: Set<String>
    let tailPrepositions: Set<String>
    let determiners: Set<String>
    let participles: Set<String>
    let placeHeads: Set<String>
    let notSubjectStarts: Set<String>
    let countNouns: Set<String>
    let ageBefore: Set<String>
    let ageAfter: PhraseSet
    let timeAfter: PhraseSet
    let clockHourBefore: Set<String>
    /// "degrees", "on a scale": a number before one is a reading on a scale (a temperature, a rating).
    let readings: PhraseSet
    let ordinalSuffixes: Set<String>
    let referenceBefore: Set<String>
    let windowBefore: Set<String>
    /// "last" in "will last six weeks": a window word used as a verb after [verb-leads] or a future marker.
    let windowVerbs: Set<String>
    let verbLeads: Set<String>
    let windowPreposition: Set<String>
    /// "within": a window preposition that bounds a duration by itself, like "in less than".
    let boundingPrepositions: Set<String>
    /// "was", "took": past forms other than those in -ed.
    let pastMarkers: Set<String>
    /// "or so" after a number: about.
    let approximateAfter: PhraseSet
    let windowAfter: PhraseSet
    /// "before", "after": with a second event after them, a duration is measured between two events.
    let eventAnchors: PhraseSet
    let compoundNotCount: Set<String>
    let months: [String: Int]
    let yearCues: PhraseSet
    /// Month and weekday names and "today", "yesterday"…: a phrase starting with one is a time, not a place.
    let dateWords: Set<String>
    /// "death toll" → deaths, "crowd" → people; "" for a count noun whose unit the context gives ("number").
    let measureNouns: PhraseMap<String>
    let estimateVerbs: Set<String>
    let elidedCues: PhraseSet
    let partitivePronouns: Set<String>
    /// "of", "among" before a pronoun before a number: "of which 612", "among them five".
    let partitiveLeads: Set<String>
    /// "per dollar", "against the euro": after a bare number, an exchange rate.
    let rateAfter: PhraseSet
    /// The first words of those phrases ("to", "per", "against"): after an amount of money, a rate
    /// ("83.125 rupees to the dollar").
    let rateWords: Set<String>
    /// The pronouns of "of which 612", "of whom 1,200", "among them five".
    let pronounsBeforeNumber: Set<String>
    /// "kills", "injuring": a bare number after one counts people.
    let casualtyVerbs: Set<String>
    /// "voted" → votes: the unit of a tally after the verb ("voted seven to two").
    let tallyVerbs: [String: String]
    /// "and", ",", "another" before a bare number that shares the noun of a count before it.
    let coordinationCues: Set<String>
    /// "times" in "three times as many".
    let multipliers: Set<String>
    /// "times" in "spoke more than 40 times": occurrences counted, unless a [comparison-starts] word follows.
    let occurrenceNouns: Set<String>
    let comparisonStarts: Set<String>
    /// "three times a day": periods after "N times a" that make it how often, not a multiplier.
    let frequencyPeriods: Set<String>
    let durationObjects: PhraseSet
    /// "all", "a further": words between a clause boundary and a number standing for a noun phrase.
    let fusedHeadLeads: PhraseSet
    let clauseOpeners: Set<String>
    /// "said" in "The firm said the first four would …": a clause opener whose subject reports.
    let reportingOpeners: Set<String>
    let fusedHeadVerbs: Set<String>
    let futureMarkers: Set<String>
    let anaphoricSubjects: Set<String>
    let agentVerbs: Set<String>
    let passiveAuxiliaries: Set<String>

    init(rules: Rules) {
        let u = rules.lexicon("units")
        let cues = rules.lexicon("figure-cues")
        numbers = NumberWords(lexicon: rules.lexicon("numbers"))

        // Kinds in a fixed order so that a form listed twice always gets the same kind.
        let kinds: [Figure.UnitKind] = [.percent, .money, .people, .distance, .area, .weight, .volume, .duration, .object, .other]
        var unitPairs: [(String, UnitEntry)] = []
        for kind in kinds {
            for (form, unit) in LexiconPairs.strings(u, kind.rawValue) {
                unitPairs.append((form, UnitEntry(unit: unit, kind: kind)))
            }
        }
        // People counted by what happened to them ("4,000 injured", "3 held"), after the nouns of people.
        states = u.set("states")
        unitPairs += u["states"].map { ($0, UnitEntry(unit: $0.lowercased(), kind: .people)) }
        units = PhraseMap(unitPairs)
        scaledMoney = PhraseMap(LexiconPairs.strings(u, "scaled-money"))
        currencySigns = Dictionary(LexiconPairs.strings(u, "currency-signs"), uniquingKeysWith: { a, _ in a })
        currencySignPrefixes = Dictionary(LexiconPairs.strings(u, "currency-sign-prefixes").map { ($0.0.lowercased(), $0.1) },
                                          uniquingKeysWith: { a, _ in a })
        currencyCodes = PhraseMap(LexiconPairs.strings(u, "currency-codes"))
        hundredths = Dictionary(LexiconPairs.strings(u, "hundredths"), uniquingKeysWith: { a, _ in a })
        groupedMoney = Dictionary(LexiconPairs.strings(u, "grouped-money"), uniquingKeysWith: { a, _ in a })
        notHundredths = u.set("not-hundredths")
        thousandthCurrencies = Set(u["thousandth-currencies"])
        wholeCurrencies = Set(u["whole-currencies"])
        quotedInDollars = Set(u["quoted-in-dollars"])
        notUnits = u.set("not-units")
        isoCodes = Set(u["iso-codes"])
        gluedCurrencyLetters = Dictionary(LexiconPairs.strings(u, "glued-currency-letters"), uniquingKeysWith: { a, _ in a })
        gluedCurrencyCodes = u.set("glued-currency-codes")

        var qualifierPairs: [(String, Figure.Qualifier)] = []
        for q in Figure.Qualifier.allCases {
            for phrase in rules.lexicon("qualifiers")[q.rawValue] { qualifierPairs.append((phrase, q)) }
        }
        qualifiers = PhraseMap(qualifierPairs)

        changeVerbs = PhraseSet(cues["change-verbs"])
        updateBefore = PhraseSet(cues["update-before"])
        updateAnywhere = PhraseSet(cues["update-anywhere"])
        linking = cues.set("linking")
        functionWords = cues.set("function-words")
        tailPrepositions = cues.set("tail-prepositions")
        determiners = cues.set("determiners")
        participles = cues.set("participles")
        placeHeads = cues.set("place-heads")
        notSubjectStarts = cues.set("not-subject-starts")
        countNouns = cues.set("count-nouns")
        ageBefore = cues.set("age-before")
        ageAfter = PhraseSet(cues["age-after"])
        timeAfter = PhraseSet(cues["time-after"])
        clockHourBefore = cues.set("clock-hour-before")
        readings = PhraseSet(cues["readings"])
        ordinalSuffixes = cues.set("ordinal-suffixes")
        referenceBefore = cues.set("reference-before")
        windowBefore = cues.set("window-before")
        windowVerbs = cues.set("window-verbs")
        verbLeads = cues.set("verb-leads")
        windowPreposition = cues.set("window-preposition")
        boundingPrepositions = cues.set("bounding-prepositions")
        pastMarkers = cues.set("past-markers")
        approximateAfter = PhraseSet(cues["approximate-after"])
        windowAfter = PhraseSet(cues["window-after"])
        eventAnchors = PhraseSet(cues["event-anchors"])
        compoundNotCount = cues.set("compound-not-count")
        // A bare entry ("number") has no unit of its own: "" says "take it from the context".
        measureNouns = PhraseMap(cues["measure-nouns"].map { entry in
            guard let eq = entry.firstIndex(of: "=") else { return (entry, "") }
            return (entry[..<eq].trimmingCharacters(in: .whitespaces), entry[entry.index(after: eq)...].trimmingCharacters(in: .whitespaces))
        })
        estimateVerbs = cues.set("estimate-verbs")
        elidedCues = PhraseSet(cues["elided-cues"])
        partitivePronouns = cues.set("partitive-pronouns")
        partitiveLeads = cues.set("partitive-leads")
        rateAfter = PhraseSet(cues["rate-after"])
        rateWords = Set(cues["rate-after"].compactMap { $0.split(separator: " ").first.map { $0.lowercased() } })
        pronounsBeforeNumber = cues.set("pronouns-before-number")
        casualtyVerbs = cues.set("casualty-verbs")
        tallyVerbs = Dictionary(LexiconPairs.strings(cues, "tally-verbs"), uniquingKeysWith: { a, _ in a })
        coordinationCues = cues.set("coordination-cues")
        multipliers = cues.set("multipliers")
        occurrenceNouns = cues.set("occurrence-nouns")
        parents = cues.set("parents")
        comparisonStarts = cues.set("comparison-starts")
        frequencyPeriods = cues.set("frequency-periods")
        durationObjects = PhraseSet(cues["duration-objects"])
        fusedHeadLeads = PhraseSet(cues["fused-head-leads"])
        clauseOpeners = cues.set("clause-openers")
        reportingOpeners = cues.set("reporting-openers")
        fusedHeadVerbs = cues.set("fused-head-verbs")
        futureMarkers = cues.set("future-markers")
        anaphoricSubjects = cues.set("anaphoric-subjects")
        agentVerbs = cues.set("agent-verbs")
        passiveAuxiliaries = cues.set("passive-auxiliaries")

        let d = rules.lexicon("dates")
        months = Dictionary(LexiconPairs.strings(d, "months").compactMap { k, v in Int(v).map { (k.lowercased(), $0) } },
                            uniquingKeysWith: { a, _ in a })
        yearCues = PhraseSet(d["year-cues"])
        dateWords = Set(months.keys).union(LexiconPairs.strings(d, "weekdays").map { $0.0.lowercased() })
            .union(LexiconPairs.strings(d, "relative-days").map { $0.0.lowercased() })
    }

    /// A month name, capitalised as in running text ("June", "Sept"), at token `i`.
    func isMonth(_ s: SentenceTokens, _ i: Int) -> Bool {
        s.capitalized(i) && months[s.lows[i]] != nil
    }

    /// English plural of a singular noun from a compound ("nation" → "nations", "storey" → "storeys").
    static func plural(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if noun.hasSuffix("y"), noun.count > 1, !vowels.contains(noun[noun.index(noun.endIndex, offsetBy: -2)]) {
            return noun.dropLast() + "ies"
        }
        for end in ["s", "x", "z", "ch", "sh"] where noun.hasSuffix(end) { return noun + "es" }
        return noun + "s"
    }
}

extension FigureVocabulary {
    /// A number at `i` written in digits or spelled out from two up: the whole in "two of the nine members".
    func isCountNumber(_ i: Int, in s: SentenceTokens) -> Bool {
        s.isNumber(i) || s.isWord(i) && numbers.isSpelledCount(s.lows[i])
    }

    /// The first token of a change verb ending at `p`, possibly followed by an adverb ("rose sharply to").
    func changeVerbStart(endingAt p: Int, in s: SentenceTokens) -> Int? {
        let n = changeVerbs.length(endingAt: p, in: s.lows)
        if n > 0 { return p - n + 1 }
        guard s.isWord(p), s.lows[p].hasSuffix("ly") else { return nil }
        let m = changeVerbs.length(endingAt: p - 1, in: s.lows)
        return m > 0 ? p - m : nil
    }
}
