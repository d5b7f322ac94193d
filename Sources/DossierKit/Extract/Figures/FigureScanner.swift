/// A figure found in a sentence, with the words it covers.
struct FoundFigure: Sendable, Equatable {
    let surface: String
    let figure: Figure

    /// A bare amount ("seizes 1.3 million") whose unit is that of a figure of the same value
    /// elsewhere in the article (`RepeatedAmount`), not known yet.
    var awaitsUnit: Bool { figure.unit.isEmpty }
}

/// Reads the figures of one sentence: a single left-to-right pass over its tokens; at each number,
/// a few tokens around it decide what it is (qualifier before, range and unit after).
struct FigureScanner: Sendable {
    let v: FigureVocabulary
    let parser: NumberParser
    let filter: NonFigureFilter
    let units: UnitFinder
    let elided: ElidedUnitFinder
    let subjects: SubjectReader

    init(rules: Rules) {
        v = FigureVocabulary(rules: rules)
        parser = NumberParser(words: v.numbers)
        filter = NonFigureFilter(v: v)
        units = UnitFinder(v: v)
        elided = ElidedUnitFinder(v: v, units: units)
        subjects = SubjectReader(v: v)
    }

    /// The figures of a sentence; `context` holds what the article said before it. Bare amounts
    /// that wait for a unit from the rest of the article are among them (`FoundFigure.awaitsUnit`).
    func figures(in sentence: SentenceTokens, context: FigureContext) -> [FoundFigure] {
        let s = sentence.splittingGluedCurrencyCodes(v.gluedCurrencyCodes)
        let titleCase = s.tokens.isTitleCase
        var runningTotal: Bool?  // "so far", "to date": looked up once, when a figure needs it
        var out: [FoundFigure] = []
        var earlier: [EarlierFigure] = []
        var i = 0
        while i < s.count {
            guard s.isNumber(i) || (s.isWord(i) && v.numbers.canStart(s.lows[i], hyphenated: s.hasHyphen(i))) else {
                i += 1
                continue
            }
            let (found, next) = figure(at: i, in: s, titleCase: titleCase, runningTotal: &runningTotal, earlier: earlier, context: context)
            if let found {
                out.append(found.figure)
                if !found.figure.awaitsUnit {
                    earlier.append(EarlierFigure(figure: found.figure.figure, wordBefore: s.low(found.start - 1), end: found.end))
                }
            }
            i = max(next, i + 1)
        }
        return out
    }

    /// The figure whose number starts at token `i` (with its first and last token), and the token to go on from.
    private func figure(at i: Int, in s: SentenceTokens, titleCase: Bool, runningTotal: inout Bool?,
                        earlier: [EarlierFigure], context: FigureContext) -> ((figure: FoundFigure, start: Int, end: Int)?, Int) {
        let currency = s.isNumber(i) ? units.currency(before: i, in: s) : nil  // "$74", not "$ two"
        guard var a = parser.parse(s, at: i, afterCurrency: currency != nil) else { return (nil, i + 1) }
        if filter.rejects(s, a, titleCase: titleCase) { return (nil, a.last + 1) }

        let numberStart = currency?.start ?? a.first
        let q = v.qualifiers.longest(endingAt: numberStart - 1, in: s.lows)
        var start = numberStart - (q?.length ?? 0)
        var qualifier = q?.value

        // A second number: a range ("between 10 and 12", "10-12", "10,000 to 12,000"), a change
        // ("rose from 12 to 40": the first number takes the second one's unit), a size ("38 by 26 cm",
        // read as a change) or a score ("3-1").
        var upper: ParsedNumber?
        var changeTarget: ParsedNumber?
        var tally: String?  // the unit of a tally: "voted seven to two"
        // "480 or so medicines": "or so" after a number makes it approximate, as "about" before it.
        let approximate = v.approximateAfter.length(startingAt: a.last + 1, in: s.lows)
        let end = a.last + approximate
        if qualifier == nil, approximate > 0, !(s.isPunct(end + 1, SentenceTokens.hyphenMarks) && s.attached(end + 1)) {  // not "two or so-called"
            a.last = end
            qualifier = .about
        }
        var c = a.last + 1
        // "between 12% and 15%", "10 percent to 12 percent", "40p to 60p": a mark on both numbers.
        let mark = units.rangeMarkLength(at: c, in: s)
        if mark > 0, let b = parser.parse(s, at: c + mark + 1, afterCurrency: false), units.sameRangeMarks(at: c, and: b.last + 1, in: s) { c += mark }
        let conn = s.low(c)
        let isDash = SentenceTokens.hyphenMarks.contains(conn) && s.attached(c) && s.attached(c + 1)
        if conn == "to" || conn == "or" || (conn == "and" && qualifier == .between) || isDash {
            var bi = c + 1
            if currency != nil, s.tokens.indices.contains(bi), s.tokens[bi].kind == .punct, v.currencySigns[s.tokens[bi].text] != nil { bi += 1 }
            // "between Sh3,500 and Sh3,800", "between GH¢300 and GH¢500": the code, or letters and a sign, repeated
            // before the second amount.
            if currency != nil, s.isWord(bi),
               let gap = (1...2).first(where: { bi + $0 < s.count && s.isNumber(bi + $0) && units.currency(before: bi + $0, in: s)?.start == bi }) {
                bi += gap
            }
            if var b = parser.parse(s, at: bi, afterCurrency: currency != nil), !filter.rejects(s, b, titleCase: titleCase) {
                // "between 10 and 12 million": the first number shares the scale of the second.
                if !a.hasScale, b.hasScale, a.value * b.scale <= b.value {
                    a.value *= b.scale
                    a.scale = b.scale
                    a.thousandsReading = nil
                }
                if isYearPair(s, a, b) { return (nil, b.last + 1) }
                // "voted seven to two", "voted 52-48": a tally; the second number is read next, as a
                // smaller number after a larger one (`ElidedUnitFinder`).
                if let unit = v.tallyVerbs[s.low(start - 1)], b.value <= a.value, conn == "to" || isDash {
                    tally = unit
                } else if s.low(start - 1) == "from", b.value > a.value || conn == "to" {
                    // "rose from 12 to 40", "cut weekly sailings from 21 to 14": a change, up or down.
                    changeTarget = b
                } else if b.value > a.value {
                    b.isLoneOne = false
                    upper = b
                    if qualifier == nil || qualifier == .between { qualifier = .between }
                } else if isDash {
                    return (nil, b.last + 1)  // a score or a code: "3-1", "50-50"
                }
            }
        }
        // "measures 38 by 26 cm": the first side of a size takes the second one's unit of length.
        if conn == "by", upper == nil, changeTarget == nil, let b = parser.parse(s, at: c + 1, afterCurrency: false),
           !filter.rejects(s, b, titleCase: titleCase), units.unit(of: b, start: c + 1, currency: nil, in: s)?.kind == .distance {
            changeTarget = b
        }
        if qualifier == .between, upper == nil {
            // "between two sovereign states": no range, so "between" is only a preposition.
            qualifier = nil
            start = numberStart
        }

        let unitNumber = upper ?? changeTarget ?? a
        let tallyUnit = tally.map { UnitMatch(unit: $0, kind: .object, place: .elided(subject: $0), surfaceEnd: a.last, fromLexicon: true) }
        guard let m = tallyUnit ?? units.unit(of: unitNumber, start: start, currency: currency, in: s)
            ?? (changeTarget == nil ? nil : units.nounBeforeChange(start: start, numberEnd: a.last, in: s))
            ?? elided.unit(of: unitNumber, start: start, in: s, earlier: earlier, context: context)
            ?? RepeatedAmount.placeholder(unitNumber, end: unitNumber.last) else { return (nil, a.last + 1) }
        if filter.isYear(s, a, unitFromLexicon: m.fromLexicon) { return (nil, a.last + 1) }
        if a.isLoneOne, m.kind != .percent { return (nil, a.last + 1) }
        // "in a four-minute raid": a compound modifies a noun, whose own length it gives; it places nothing in time.
        if m.kind == .duration, m.place != .attached(compound: true),
           filter.isTimeWindow(s, start: start, qualifier: qualifier, unitEnd: m.surfaceEnd) { return (nil, m.surfaceEnd + 1) }

        // "1.500 soldiers", "12.000 troops": English gives no count of people or things three
        // decimals, so the dot groups thousands (German, Spanish… and their machine translations).
        // Nor a measure three decimals ending in a zero ("2.800 metres"), a precision no one writes;
        // prices ("$3.490") and rates ("4.250%") do have them, though not three zeros.
        let digits = s.tokens[a.first].text
        let zeroEnded = digits.hasSuffix("0") && m.kind != .money && m.kind != .percent
        // "a bonus of 5.000 lei", "5.200 euro the kilo", "46.250 Euro": a price has three decimals only to give a
        // tenth of a cent on a small amount ("€1.799"), never two trailing zeros; ten units or more are thousands.
        // (Not in a currency counted in thousandths, "KD 12.750", nor in a rate, "83.125 rupees to the dollar".)
        let quotedRate = v.rateAfter.length(startingAt: a.last + 1, in: s.lows) > 0  // "157.855 per dollar"
        let rate = quotedRate || v.rateWords.contains(s.low(m.surfaceEnd + 1))
        let manyUnits = a.value >= 10 && !v.thousandthCurrencies.contains(m.unit) && !rate
        // A currency without a minor unit in use ("Rp 2.850 per kilogram", "VND 1.500") has no decimals at all,
        // but for an exchange rate.
        let whole = v.wholeCurrencies.contains(m.unit) && !quotedRate
        let zeroCents = m.kind == .money && (digits.hasSuffix("00") || manyUnits || whole)
        if m.kind == .people || m.kind == .object || zeroEnded || zeroCents {
            if let t = a.thousandsReading { a.value = t }
            if var b = upper, let t = b.thousandsReading {
                b.value = t
                upper = b
            }
        }

        if m.divisor != 1 {
            // Rounded to the nano-unit, so that 1.8p is 0.018, not 0.018000000000000002.
            let scaled = { (x: Double) in (x / m.divisor * 1e9).rounded() / 1e9 }
            a.value = scaled(a.value)
            if let u = upper?.value { upper?.value = scaled(u) }
        }
        let bounds = FigureInterval.bounds(qualifier, value: a.value, upper: upper?.value)
        var figure = Figure(value: a.value, unit: m.unit, unitKind: m.kind,
                            subject: subjects.subject(of: m, number: unitNumber, start: start, in: s),
                            qualifier: qualifier, low: bounds.low, high: bounds.high,
                            lowExclusive: bounds.lowExclusive, highExclusive: bounds.highExclusive)
        figure.isUpdate = isUpdate(start: start, in: s, runningTotal: &runningTotal)

        let surface: String
        let next: Int
        var first = start
        var last = m.surfaceEnd
        if case .before(let phraseFirst, _) = m.place {
            first = phraseFirst
            last = a.last
            surface = s.span(first, last)
            next = a.last + 1
        } else if changeTarget != nil {
            last = c - 1  // the number and its percent mark ("from 5%"), if any
            surface = s.span(start, last)  // the unit is the second number's, which is read next
            next = c
        } else {
            surface = s.span(start, m.surfaceEnd)
            // "312 of the 450 seats", "two of the nine members": a number inside the phrase is read as a figure of its own.
            var inner = a.last + 1
            while inner <= m.surfaceEnd, upper == nil, !v.isCountNumber(inner, in: s) { inner += 1 }
            next = upper == nil ? inner : m.surfaceEnd + 1
        }
        return ((FoundFigure(surface: surface, figure: figure), first, last), next)
    }

    /// "2020-2024", "2019 to 2023": a span of years, not a range of counts.
    private func isYearPair(_ s: SentenceTokens, _ a: ParsedNumber, _ b: ParsedNumber) -> Bool {
        filter.isYear(s, a, unitFromLexicon: false) && filter.isYear(s, b, unitFromLexicon: false)
    }

    /// The number is given as a new level: "rose to 40", "has soared to more than 13,000",
    /// "rose from 12 to 40" (for the 40), "now stands at 40", or "so far" anywhere in the sentence.
    private func isUpdate(start: Int, in s: SentenceTokens, runningTotal: inout Bool?) -> Bool {
        if v.updateBefore.length(endingAt: start - 1, in: s.lows) > 0 { return true }
        if s.low(start - 1) == "to" {
            if v.changeVerbStart(endingAt: start - 2, in: s) != nil { return true }  // "rose to 63", "had risen sharply to 63"
            var p = start - 2
            while p >= 1, start - p <= 8 {
                if s.low(p) == "from" { return v.changeVerbs.length(endingAt: p - 1, in: s.lows) > 0 }
                p -= 1
            }
        }
        if runningTotal == nil { runningTotal = v.updateAnywhere.occurs(in: s.lows) }
        return runningTotal ?? false
    }

}
