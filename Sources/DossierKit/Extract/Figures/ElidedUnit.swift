/// A figure read before the current number, as an elliptical number may borrow from it.
struct EarlierFigure: Sendable {
    let figure: Figure
    /// The lowercased word right before the figure (its qualifier included), "" when none:
    /// "walk" in "walk at least 7,000 steps".
    let wordBefore: String
    /// Last token of the figure in its sentence.
    let end: Int
}

/// What the article said before the current sentence, for numbers whose unit is left out.
struct FigureContext: Sendable {
    /// Figures of earlier sentences of the same paragraph, in text order.
    var paragraphFigures: [Figure] = []
    /// The last count of people or things anywhere before: what "800 of them" may count.
    var lastCount: Figure?
    /// The sentence before this one in the paragraph: where "them" may find its noun.
    var previousSentence: SentenceTokens?

    /// A count of people or things (what a partitive pronoun can stand for).
    static func isCount(_ f: Figure) -> Bool { f.unitKind == .people || f.unitKind == .object }
}

/// Elliptical numbers: a number with no noun of its own, whose unit the context gives.
/// - a measure noun earlier in the sentence, when the number is given as its level:
///   "the death toll … has risen to 41" (deaths), "police estimated the crowd at 12,000" (people);
/// - an earlier figure, when the number is compared with it or reported as a new level:
///   "46 of the 100 seats, up from 39"; "more than 80,000 people … police put the number at 12,000";
/// - the noun a partitive pronoun stands for: "1,200 were evacuated; 300 of them were children";
/// - a parallel verb: "those who walk at least 7,000 steps … those who walk fewer than 3,000";
/// - the subject of a clause, standing for a noun said before (FusedHead.swift): "two have since been recovered".
/// Years, dates and times are rejected before and after (the unit found here is never "from the
/// lexicon", so any four-digit year stays a year).
struct ElidedUnitFinder: Sendable {
    let v: FigureVocabulary
    let units: UnitFinder

    /// The unit of number `n`, whose figure starts at `start` (its qualifier), or nil.
    /// `earlier`: figures found before it in the same sentence.
    func unit(of n: ParsedNumber, start: Int, in s: SentenceTokens, earlier: [EarlierFigure], context: FigureContext) -> UnitMatch? {
        // "there are three times as many houses": a ratio, whatever it compares.
        if v.multipliers.contains(s.low(n.last + 1)) { return nil }
        if let m = partitive(n, in: s, earlier: earlier, context: context)
            ?? partitiveBefore(n, start: start, in: s, earlier: earlier) { return m }
        if let m = casualties(n, start: start, in: s) ?? exchangeRate(n, in: s, context: context) { return m }
        if let m = cued(n, start: start, in: s, earlier: earlier, context: context) { return m }
        return parallel(n, start: start, in: s, earlier: earlier) ?? coordinated(n, start: start, in: s, earlier: earlier)
            ?? fusedHead(n, start: start, in: s, earlier: earlier, context: context) ?? scaledMoney(n, in: s, earlier: earlier)
    }

    /// "8.6 million francs, of which the canton pays up to 2 million": an amount with a scale word and no
    /// currency after a sum of money in the same sentence is in that currency.
    private func scaledMoney(_ n: ParsedNumber, in s: SentenceTokens, earlier: [EarlierFigure]) -> UnitMatch? {
        guard n.hasScale, let f = earlier.last(where: { $0.figure.unitKind == .money }) else { return nil }
        return borrowed(f.figure, end: n.last)
    }

    // MARK: coordinated

    /// "43 vessels were at anchor in Kiel Bay and 27 in the Elbe estuary", "3,118 voters put in a yes,
    /// 2,582 a no": a bare number coordinated with a count given earlier in the sentence counts the same.
    private func coordinated(_ n: ParsedNumber, start: Int, in s: SentenceTokens, earlier: [EarlierFigure]) -> UnitMatch? {
        var p = tokenBeforeLeads(start, in: s)  // "and a further 19"
        if s.low(p) == "that" { p -= 1 }
        guard v.coordinationCues.contains(s.low(p)) || v.coordinationCues.contains(s.low(start - 1)),
              // A number ending a sentence cut off midway ("… destroyed and up to 12,000") may be followed by its noun.
              n.last + 1 < s.count, s.low(n.last + 1) != "of",
              let f = earlier.last(where: { FigureContext.isCount($0.figure) && $0.end < p }) else { return nil }
        return borrowed(f.figure, end: n.last)
    }

    /// The token before the words that may lead a number standing for a noun phrase ("all four",
    /// "a further 19", "another 300"), whose figure starts at `start`.
    func tokenBeforeLeads(_ start: Int, in s: SentenceTokens) -> Int {
        start - 1 - v.fusedHeadLeads.length(endingAt: start - 1, in: s.lows)
    }

    // MARK: partitive pronouns

    /// "866 of them", "300 of whom": the unit of the noun the pronoun stands for.
    private func partitive(_ n: ParsedNumber, in s: SentenceTokens, earlier: [EarlierFigure], context: FigureContext) -> UnitMatch? {
        let end = n.last + 2
        guard s.low(n.last + 1) == "of", v.partitivePronouns.contains(s.low(end)) else { return nil }
        // A count just given is what the pronoun most often stands for ("1,200 were evacuated and 300 of them …").
        if let f = earlier.last(where: { FigureContext.isCount($0.figure) })?.figure
            ?? context.paragraphFigures.last(where: FigureContext.isCount) {
            return borrowed(f, end: end)
        }
        // Else a plural noun of people or things before it, in this sentence or the one before
        // ("followed participants for seven years. 866 of them …").
        if let m = countNoun(before: n.first, in: s, end: end) { return m }
        if let prev = context.previousSentence, let m = countNoun(before: prev.count, in: prev, end: end) {
            return UnitMatch(unit: m.unit, kind: m.kind, place: m.place, surfaceEnd: end, fromLexicon: false)
        }
        return context.lastCount.map { borrowed($0, end: end) }
    }

    /// "2,310 households, of which 612 …", "4,000 staff, of whom about 1,200 …", "14 hurt, among them
    /// five": the pronoun stands before the number. It points back to the phrase just before it: the
    /// figure ending there, whatever it counts ("8.6 million francs, of which 2 million"), or a noun of
    /// people or things there.
    private func partitiveBefore(_ n: ParsedNumber, start: Int, in s: SentenceTokens, earlier: [EarlierFigure]) -> UnitMatch? {
        let pronoun = start - 1
        guard v.partitiveLeads.contains(s.low(pronoun - 1)), v.pronounsBeforeNumber.contains(s.low(pronoun)),
              // "11 of them two-wheeler riders": the pronoun closes the figure before.
              earlier.last?.end != pronoun else { return nil }
        var p = pronoun - 2
        while p >= 0, s.isPunct(p, [",", "(", ";", ":"]) || s.isPunct(p, SentenceTokens.hyphenMarks) { p -= 1 }
        // ("14 persons injured, among them five": a participle may follow the figure.)
        if let f = earlier.last, f.end >= p - 1, f.end <= p { return borrowed(f.figure, end: n.last) }
        // Else only a noun of people or things right there: "a new fund, of which 30 million" counts no hospitals.
        return countNoun(at: p, in: s, end: n.last)
    }

    /// The nearest noun of people or things from the lexicon before token `limit` of `s`.
    private func countNoun(before limit: Int, in s: SentenceTokens, end: Int) -> UnitMatch? {
        var j = limit - 1
        while j >= 0 {
            if let m = countNoun(at: j, in: s, end: end) { return m }
            j -= 1
        }
        return nil
    }

    /// Token `j` as a noun of people or things from the lexicon, or nil.
    private func countNoun(at j: Int, in s: SentenceTokens, end: Int) -> UnitMatch? {
        guard s.isWord(j), let e = v.units[s.lows[j]], e.kind == .people || e.kind == .object, units.looksPlural(s, j) || e.unit == s.lows[j]
        else { return nil }
        return UnitMatch(unit: e.unit, kind: e.kind, place: .elided(subject: s.span(j, j)), surfaceEnd: end, fromLexicon: false)
    }

    // MARK: exchange rates

    /// Words by which a rate's sentence points back to the currency of the sentence before.
    private static let backPointers: Set<String> = ["currency", "it"]

    /// "The yen weakened past 158 per dollar", "the rand traded at 17.2150 against the dollar": a rate
    /// counts the currency named before it, in this sentence or the one before ("the currency could
    /// test 1,000 per dollar"), per unit of the other.
    private func exchangeRate(_ n: ParsedNumber, in s: SentenceTokens, context: FigureContext) -> UnitMatch? {
        let after = v.rateAfter.length(startingAt: n.last + 1, in: s.lows)
        guard after > 0 else { return nil }
        let end = n.last + after
        let base = s.lows[end]
        // The currency's code and its word ("yen"), the subject of the rate.
        func currency(before limit: Int, in t: SentenceTokens) -> (String, String)? {
            var j = limit - 1
            while j >= 0 {
                if t.isWord(j), let e = v.units[t.lows[j]], e.kind == .money, t.lows[j] != base { return (e.unit, t.tokens[j].text) }
                j -= 1
            }
            return nil
        }
        // The sentence before lends its currency only to "the currency" or "it": "Egypt borrowed 5 billion
        // euros. The pound could slide to 60 per dollar" is no rate in euros.
        let pointsBack = (0..<n.first).contains { Self.backPointers.contains(s.lows[$0]) }
        guard let (named, word) = currency(before: n.first, in: s)
                ?? (pointsBack ? context.previousSentence.flatMap({ currency(before: $0.count, in: $0) }) : nil)
        else { return nil }
        // "The euro rose to 1.09 against the dollar": the currencies quoted in dollars give the dollar's price.
        let code = v.quotedInDollars.contains(named) && (base == "dollar" || base == "greenback") ? "USD" : named
        return UnitMatch(unit: code, kind: .money, place: .elided(subject: word + " " + s.span(n.last + 1, end)), surfaceEnd: end, fromLexicon: false)
    }

    // MARK: casualties

    /// "Quake kills at least 17", "killing 2 and injuring more than 200": the object of a verb of killing,
    /// injuring or rescuing counts people when no noun follows it ("killed 3 of the 4 crew" has its own).
    private func casualties(_ n: ParsedNumber, start: Int, in s: SentenceTokens) -> UnitMatch? {
        let verb = start - 1
        guard s.isWord(verb), v.casualtyVerbs.contains(s.lows[verb]), s.low(n.last + 1) != "of" else { return nil }
        return UnitMatch(unit: "people", kind: .people, place: .elided(subject: s.span(verb, verb)), surfaceEnd: n.last, fromLexicon: false)
    }

    // MARK: cued

    /// A number reported as a level or compared with one: after "rose to", "up from", "estimated … at".
    private func cued(_ n: ParsedNumber, start: Int, in s: SentenceTokens, earlier: [EarlierFigure], context: FigureContext) -> UnitMatch? {
        let end = n.last
        let c = start - 1
        var searchEnd = c  // measure nouns are looked for before this token
        // Whether an earlier sentence's figure may lend its unit: not when the clause names its own
        // measure ("Temperatures rose to 41", "put the damage at 300").
        var paragraphMayLend = true
        if s.low(c) == "at", let verb = estimateVerb(endingBefore: c, in: s) {
            // "estimated the crowd at", "put the number at": the object names what is counted.
            if verb + 1 <= c - 1 {
                if let m = measure(in: verb + 1, c - 1, s: s, end: end, earlier: earlier, context: context) { return m }
                paragraphMayLend = false
            } else {
                // "postal ballots, estimated at", "the crowd was estimated at": the phrase before the verb.
                var p = verb - 1
                while p >= 0, s.isPunct(p, [","]) || v.linking.contains(s.low(p)) { p -= 1 }
                if p >= 0, let m = headNoun(endingAt: p, in: s, end: end, earlier: earlier, context: context) { return m }
                paragraphMayLend = subjectIsAnaphoric(before: verb, in: s)
            }
            searchEnd = verb
        } else if s.low(c) == "to" || s.low(c) == "from", let verb = v.changeVerbStart(endingAt: c - 1, in: s) {
            // "The number of school nurses fell to 1,906", "… fell from 2,915 in 2010 to 1,906": a level.
            searchEnd = c
            paragraphMayLend = subjectIsAnaphoric(before: verb, in: s)
        } else if v.updateBefore.length(endingAt: c, in: s.lows) > 0 {
            searchEnd = c
            paragraphMayLend = subjectIsAnaphoric(before: c - v.updateBefore.length(endingAt: c, in: s.lows) + 1, in: s)
        } else if v.elidedCues.length(endingAt: c, in: s.lows) > 0 {
            searchEnd = c
        } else if s.low(c) == "of", let m = v.measureNouns.longest(endingAt: c - 1, in: s.lows) {
            // "A crowd of 11,842", "a death toll of 41": the measure noun's own unit; "a majority of 14":
            // that of the figure before.
            return measureUnit(m.value, first: c - m.length, last: c - 1, in: s, end: end, earlier: earlier, context: context)
        } else if s.low(c) == "to" || isTallyDash(c, in: s), let last = earlier.last,
                  last.end == c - 1 ? FigureContext.isCount(last.figure) && (last.figure.value >= n.value || last.wordBefore == "from")
                                    : isFromTime(last, to: c, in: s) {
            // "passed by 312 votes to 298", "voted 52-48": a tally, the smaller number counting the same
            // as the larger; "the number of homes from 450 to 620": a change, the second number too.
            return borrowed(last.figure, end: end)
        } else if s.low(c) == "from", let last = earlier.last, last.end >= c - 2 {
            // "rose to 5.1% from 4.9", "rose to 41, from 27": compared with the figure just given.
            return borrowed(last.figure, end: end)
        } else {
            return nil
        }
        // The measure noun nearest before the cue: "The death toll from the floods … has risen to 41".
        var k = searchEnd - 1
        while k >= 0 {
            if let m = v.measureNouns.longest(endingAt: k, in: s.lows) {
                return measureUnit(m.value, first: k - m.length + 1, last: k, in: s, end: end, earlier: earlier, context: context)
            }
            k -= 1
        }
        return nearest(earlier: earlier, context: paragraphMayLend ? context : FigureContext(), end: end)
    }

    /// "from 2,915 in 2010 to 1,906", "from 22 a decade ago to 9": a change whose first level is
    /// dated by a few words (no punctuation) between it and the "to" at `c`.
    private func isFromTime(_ last: EarlierFigure, to c: Int, in s: SentenceTokens) -> Bool {
        guard last.wordBefore == "from", last.end < c - 1, c - 1 - last.end <= FigureLimits.maxLinkingWords else { return false }
        return (last.end + 1 ..< c).allSatisfy { s.tokens[$0].kind != .punct }
    }

    /// "52-48": a dash glued to the numbers on both sides of it (at token `c`).
    private func isTallyDash(_ c: Int, in s: SentenceTokens) -> Bool {
        SentenceTokens.hyphenMarks.contains(s.low(c)) && s.attached(c) && s.attached(c + 1)
    }

    /// A measure noun among tokens `a...b` (the object of an estimate verb).
    private func measure(in a: Int, _ b: Int, s: SentenceTokens, end: Int, earlier: [EarlierFigure], context: FigureContext) -> UnitMatch? {
        var k = b
        while k >= a {
            if let m = v.measureNouns.longest(endingAt: k, in: s.lows), k - m.length + 1 >= a {
                return measureUnit(m.value, first: k - m.length + 1, last: k, in: s, end: end, earlier: earlier, context: context)
            }
            k -= 1
        }
        return nil
    }

    /// The head of the noun phrase ending at `p`: a measure noun, a unit from the lexicon or a plural noun.
    private func headNoun(endingAt p: Int, in s: SentenceTokens, end: Int, earlier: [EarlierFigure], context: FigureContext) -> UnitMatch? {
        guard s.isWord(p) else { return nil }
        if let m = v.measureNouns.longest(endingAt: p, in: s.lows) {
            return measureUnit(m.value, first: p - m.length + 1, last: p, in: s, end: end, earlier: earlier, context: context)
        }
        let first = phraseFirst(endingAt: p, in: s)
        if let e = v.units[s.lows[p]], e.kind == .people || e.kind == .object {
            return UnitMatch(unit: e.unit, kind: e.kind, place: .elided(subject: s.span(first, p)), surfaceEnd: end, fromLexicon: false)
        }
        guard units.looksPlural(s, p), !v.linking.contains(s.lows[p]) else { return nil }
        return UnitMatch(unit: s.lows[p], kind: .object, place: .elided(subject: s.span(first, p)), surfaceEnd: end, fromLexicon: false)
    }

    /// The unit a measure noun at `first…last` gives: its own, that of its "of" phrase ("the number
    /// of evacuees"), or that of the nearest earlier figure.
    private func measureUnit(_ unit: String, first: Int, last: Int, in s: SentenceTokens, end: Int,
                             earlier: [EarlierFigure], context: FigureContext) -> UnitMatch? {
        let subject = s.span(first, last)
        if !unit.isEmpty {
            let kind = v.units[unit]?.kind ?? .object
            return UnitMatch(unit: unit, kind: kind, place: .elided(subject: subject), surfaceEnd: end, fromLexicon: false)
        }
        if s.low(last + 1) == "of" {
            var j = last + 2
            if v.determiners.contains(s.low(j)) { j += 1 }
            var words = 0
            while s.isWord(j), words <= FigureLimits.maxModifierWords, !v.functionWords.contains(s.lows[j]) {
                // "the size of the crowd": a measure noun with a unit of its own.
                if let m = v.measureNouns.longest(startingAt: j, in: s.lows), !m.value.isEmpty {
                    return UnitMatch(unit: m.value, kind: v.units[m.value]?.kind ?? .object, place: .elided(subject: s.span(first, j + m.length - 1)),
                                     surfaceEnd: end, fromLexicon: false)
                }
                if let e = v.units[s.lows[j]], e.kind == .people || e.kind == .object {
                    return UnitMatch(unit: e.unit, kind: e.kind, place: .elided(subject: s.span(first, j)), surfaceEnd: end, fromLexicon: false)
                }
                if units.looksPlural(s, j) {
                    return UnitMatch(unit: s.lows[j], kind: .object, place: .elided(subject: s.span(first, j)), surfaceEnd: end, fromLexicon: false)
                }
                words += 1
                j += 1
            }
        }
        guard var m = nearest(earlier: earlier, context: context, end: end) else { return nil }
        m.place = .elided(subject: subject)
        return m
    }

    /// The unit of the nearest earlier figure: in this sentence, else in the paragraph.
    private func nearest(earlier: [EarlierFigure], context: FigureContext, end: Int) -> UnitMatch? {
        guard let f = earlier.last?.figure ?? context.paragraphFigures.last else { return nil }
        return borrowed(f, end: end)
    }

    func borrowed(_ f: Figure, end: Int) -> UnitMatch {
        UnitMatch(unit: f.unit, kind: f.unitKind, place: .elided(subject: f.subject.isEmpty ? f.unit : f.subject), surfaceEnd: end, fromLexicon: false)
    }

    /// An estimate verb a few words before the "at" at `c`, with only words between (its object).
    private func estimateVerb(endingBefore c: Int, in s: SentenceTokens) -> Int? {
        var p = c - 1
        var words = 0
        while s.isWord(p), words <= FigureLimits.maxEstimateObjectWords {
            if v.estimateVerbs.contains(s.lows[p]) { return p }
            p -= 1
            words += 1
        }
        return nil
    }

    /// Whether the subject of the verb starting at `verb` points back ("it", "that") or is left
    /// out ("…, and rose to 44"): the words before it, linking words and adverbs skipped.
    private func subjectIsAnaphoric(before verb: Int, in s: SentenceTokens) -> Bool {
        var p = verb - 1
        while s.isWord(p), v.linking.contains(s.lows[p]) || s.lows[p].hasSuffix("ly") { p -= 1 }
        guard s.isWord(p) else { return true }
        return v.anaphoricSubjects.contains(s.lows[p]) || v.functionWords.contains(s.lows[p])
    }

    /// First token of the content words (at most a few) ending at `p`: "postal ballots".
    private func phraseFirst(endingAt p: Int, in s: SentenceTokens) -> Int {
        var first = p
        while s.isWord(first - 1), p - (first - 1) < FigureLimits.maxBackWords, !v.functionWords.contains(s.lows[first - 1]),
              !v.linking.contains(s.lows[first - 1]) {
            first -= 1
        }
        return first
    }

    // MARK: parallel

    /// "walk at least 7,000 steps a day … than those who walk fewer than 3,000": the same verb
    /// before both numbers of a sentence gives the second the first one's unit.
    private func parallel(_ n: ParsedNumber, start: Int, in s: SentenceTokens, earlier: [EarlierFigure]) -> UnitMatch? {
        let p = start - 1
        guard s.isWord(p), !s.capitalized(p) else { return nil }
        let w = s.lows[p]
        guard !v.functionWords.contains(w), !v.linking.contains(w), !v.determiners.contains(w), !v.tailPrepositions.contains(w),
              let f = earlier.last(where: { $0.wordBefore == w }) else { return nil }
        return borrowed(f.figure, end: n.last)
    }
}
