/// What a date expression says, before it is resolved against the publication date.
enum DateValue: Sendable, Equatable {
    enum WeekdayRule: Sendable, Equatable {
        /// "on Tuesday": the most recent Tuesday on or before publication (the brief's rule).
        case onOrBefore
        /// "last Tuesday": strictly before publication.
        case before
        /// "next Tuesday": strictly after publication.
        case after
        /// "will arrive on Saturday": a bare weekday in a sentence about the future, on or after publication.
        case onOrAfter
    }

    /// An explicit date; missing parts stay nil ("June 19": no year; "in June": no year, no day).
    case calendar(year: Int?, month: Int?, day: Int?)
    /// A month alone in a sentence about the future ("an election in March", "a pay rise from April"):
    /// the next such month on or after publication.
    case upcomingMonth(Int)
    /// "yesterday", "today", "last night": days from publication.
    case dayOffset(Int)
    case weekday(Int, WeekdayRule)
    /// "last week", "this month", "next year": periods from publication.
    case period(DatePeriod, shift: Int)
    /// "two weeks ago".
    case ago(DatePeriod, count: Int)
    /// "last June", "next March": the month's occurrence before or after publication.
    case monthShift(month: Int, shift: Int)
}

/// A date expression found in a sentence: tokens `first…last`.
struct FoundDate: Sendable, Equatable {
    var first: Int
    var last: Int
    var value: DateValue
    var isStartOfPeriod = false
}

/// Finds date expressions in one sentence, in a single left-to-right pass over its tokens.
struct DateScanner: Sendable {
    let v: DateVocabulary

    func dates(in s: SentenceTokens) -> [FoundDate] {
        var out: [FoundDate] = []
        var lastYearEnd = -10  // last token of a date that ends in a year: "in 2020 and 2022"
        var i = 0
        while i < s.count {
            guard s.isNumber(i) || v.startWords.contains(s.lows[i]) || (s.isWord(i) && s.hasHyphen(i)) else {
                i += 1
                continue
            }
            let listContinues = (out.last?.last ?? -10) == i - 2 && v.listLinks.contains(s.low(i - 1))
            var afterMonth = false
            if case .calendar(_, .some, nil)? = out.last?.value { afterMonth = true }
            if case .upcomingMonth? = out.last?.value { afterMonth = true }
            guard var d = match(s, at: i, listContinues: listContinues, afterYear: lastYearEnd == i - 2, afterMonth: afterMonth) else {
                i += 1
                continue
            }
            if v.year(s, d.last) != nil { lastYearEnd = d.last }
            // "in early June", "since mid-2023", "on Tuesday": the preposition and modifier belong to it.
            let floor = out.last.map { $0.last + 1 } ?? 0
            if d.first - 2 >= floor, s.isPunct(d.first - 1, SentenceTokens.hyphenMarks), v.periodModifiers.contains(s.low(d.first - 2)) {
                d.first -= 2
            } else if d.first - 1 >= floor, v.periodModifiers.contains(s.low(d.first - 1)) {
                d.first -= 1
            }
            if d.first - 1 >= floor, v.leadingPrepositions.contains(s.low(d.first - 1)) { d.first -= 1 }
            d.isStartOfPeriod = v.startOfPeriod.contains(s.low(d.first))
            out.append(d)
            i = d.last + 1
        }
        return out
    }

    /// `listContinues`: a list link ("and", "to", "-") joins token `i` to the date before it;
    /// `afterYear`: that date ended in a year; `afterMonth`: it was a month ("June and July").
    private func match(_ s: SentenceTokens, at i: Int, listContinues: Bool, afterYear: Bool, afterMonth: Bool) -> FoundDate? {
        if let d = ago(s, i) { return d }
        if s.isNumber(i) {
            return iso(s, i) ?? dotted(s, i) ?? slashed(s, i) ?? dayFirst(s, i) ?? yearAlone(s, i, cued: listContinues && afterYear)
        }
        guard s.isWord(i) else { return nil }
        let w = s.lows[i]
        if let wd = v.weekday(s, i) {
            // "the Sunday Courier", "the Monday Club": a weekday inside a capitalised name is no date ("on Friday
            // Moscow said" has no "the").
            if s.low(i - 1) == "the", s.capitalized(i + 1), v.month(s, i + 1) == nil, !v.dayParts.contains(s.low(i + 1)) { return nil }
            return weekday(s, i, wd, rule: isAhead(s, i) ? .onOrAfter : .onOrBefore, first: i)
        }
        if let h = v.holidays[w], s.capitalized(i), v.monthCues.length(endingAt: i - 1, in: s.lows) > 0 {
            // "before Christmas", "until Christmas Eve".
            let eve = s.low(i + 1) == "eve" && s.capitalized(i + 1)
            let last = eve || (s.low(i + 1) == "day" && s.capitalized(i + 1)) ? i + 1 : i
            let day = eve ? h.day - 1 : h.day
            return FoundDate(first: i, last: last, value: .calendar(year: nil, month: h.month, day: day))
        }
        if let offset = v.relativeDays[w] {
            return FoundDate(first: i, last: v.dayParts.contains(s.low(i + 1)) ? i + 1 : i, value: .dayOffset(offset))
        }
        if let shift = v.shifts[w] { return shifted(s, i, shift) }
        if let period = v.thePeriods[w] {
            // "over the weekend", "at the weekend": a date without a shift word.
            guard s.low(i - 1) == "the", v.thePeriodCues.contains(s.low(i - 2)) else { return nil }
            return FoundDate(first: i - 2, last: i, value: .period(period, shift: 0))
        }
        return monthFirst(s, i, cued: listContinues && afterMonth)
    }

    // MARK: relative

    /// "last week", "this month", "next year", "last Tuesday", "last June", "last night", "this morning".
    private func shifted(_ s: SentenceTokens, _ i: Int, _ shift: Int) -> FoundDate? {
        let n = i + 1
        if let period = v.shiftPeriods[s.low(n)] {
            // "the last week of June", "the next year": a span, not a date.
            guard s.low(i - 1) != "the" else { return nil }
            return FoundDate(first: i, last: n, value: .period(period, shift: shift))
        }
        if let wd = v.weekday(s, n) {
            return weekday(s, n, wd, rule: shift < 0 ? .before : shift > 0 ? .after : .onOrBefore, first: i)
        }
        if let m = v.month(s, n), v.fullMonths.contains(s.lows[n]) {
            guard s.low(i - 1) != "the" else { return nil }
            return FoundDate(first: i, last: n, value: .monthShift(month: m, shift: shift))
        }
        if shift <= 0, v.dayParts.contains(s.low(n)) {
            // "last night" is the evening before publication; "this morning" the day itself.
            return FoundDate(first: i, last: n, value: .dayOffset(shift < 0 ? -1 : 0))
        }
        return nil
    }

    /// Whether a bare weekday (or month) at `i` lies ahead: a future marker before it in its clause ("will arrive on
    /// Saturday", "is due to end on Saturday"), or "until"/"before"/"by" right before it with a modal earlier
    /// in the clause ("rain could continue until Thursday"). Reported speech about the future ("said it will
    /// close on Friday") stays ahead; another clause's future does not carry over ("Smith, who will retire,
    /// said on Monday"), nor does a past or causal "due" ("was due to land", "due to rain") or a modal
    /// that is negated or perfect ("could not reach the village until Thursday").
    private func isAhead(_ s: SentenceTokens, _ i: Int) -> Bool {
        let floor = max(0, i - DateLimits.maxClauseTokens)
        let start = (floor..<i).last(where: { s.isPunct($0, Self.clauseBreaks) }).map { $0 + 1 } ?? floor
        if (start..<i).contains(where: { isFutureMarker(s, $0) || s.endsInContractedWill($0) }) { return true }
        var p = i - 1
        if s.low(p) == "on" { p -= 1 }
        return p >= start && v.futurePrepositions.contains(s.low(p))
            && (start..<p).contains { v.modals.contains(s.low($0)) && !["not", "have"].contains(s.low($0 + 1)) }
    }

    /// Punctuation that ends the clause a weekday's future marker must stand in.
    private static let clauseBreaks: Set<String> = [",", ";", ":"]

    private func isFutureMarker(_ s: SentenceTokens, _ i: Int) -> Bool {
        let w = s.low(i)
        guard v.futureMarkers.contains(w) else { return false }
        guard w == "due" else { return true }
        if i > 0, ["was", "were"].contains(s.low(i - 1)) { return false }
        return !(s.low(i + 1) == "to" && v.causeAfterDue.contains(s.low(i + 2)))
    }

    /// "Tuesday", "Tuesday night", "Tuesday, Oct. 22, 2024" (the explicit date wins).
    private func weekday(_ s: SentenceTokens, _ n: Int, _ wd: Int, rule: DateValue.WeekdayRule, first: Int) -> FoundDate {
        var d = FoundDate(first: first, last: n, value: .weekday(wd, rule))
        if v.dayParts.contains(s.low(n + 1)) { d.last = n + 1 }
        let next = s.isPunct(d.last + 1, [","]) ? d.last + 2 : d.last + 1
        if let explicit = monthFirst(s, next) ?? dayFirst(s, next), case .calendar(_, _, let day) = explicit.value, day != nil {
            d.last = explicit.last
            d.value = explicit.value
        }
        return d
    }

    /// "two weeks ago", "a year ago", "3 days ago".
    private func ago(_ s: SentenceTokens, _ i: Int) -> FoundDate? {
        guard let period = v.agoPeriods[s.low(i + 1)], v.ago.contains(s.low(i + 2)) else { return nil }
        var count: Int?
        if s.isPlainDigits(i), let n = Int(s.tokens[i].text), n <= DateLimits.maxAgoCount { count = n }
        if s.isWord(i) { count = v.numbers.smallCount(s.lows[i]) }
        guard let count else { return nil }
        return FoundDate(first: i, last: i + 2, value: .ago(period, count: count))
    }

    // MARK: explicit

    /// "June 19", "Sept. 25, 2024", "October 22nd", "August 2023", "in June", "mid-June".
    private func monthFirst(_ s: SentenceTokens, _ i: Int, cued listed: Bool = false) -> FoundDate? {
        var m = v.month(s, i)
        var hasModifier = false
        if m == nil, s.isWord(i), s.hasHyphen(i) {
            // "mid-June", "late-September"
            let parts = s.tokens[i].text.split(separator: "-")
            if parts.count == 2, v.periodModifiers.contains(parts[0].lowercased()), let f = parts[1].unicodeScalars.first,
               f.properties.isUppercase, let mm = v.months[parts[1].lowercased()] {
                m = mm
                hasModifier = true
            }
        }
        guard let month = m else { return nil }
        var j = i + 1
        if s.isPunct(j, ["."]), s.attached(j), s.isNumber(j + 1) { j += 1 }  // "Sept. 25"
        if let day = v.dayOfMonth(s, j), !s.isPunct(j + 1, [":"]) {
            var last = j
            if s.attached(last + 1), v.daySuffixes.contains(s.low(last + 1)) { last += 1 }
            let year = trailingYear(s, after: &last)
            guard Day(year: year ?? DateLimits.leapYear, month: month, day: day) != nil else { return nil }
            return FoundDate(first: i, last: last, value: .calendar(year: year, month: month, day: day))
        }
        if let y = v.year(s, j) { return FoundDate(first: i, last: j, value: .calendar(year: y, month: month, day: nil)) }
        // A month alone needs its full name and a cue ("in June", "since August"): "May" is a verb,
        // "March" a noun, "June" a name.
        let name = hasModifier ? "" : s.lows[i]
        guard hasModifier || (v.fullMonths.contains(name) && (listed || v.monthCues.length(endingAt: i - 1, in: s.lows) > 0)) else { return nil }
        return FoundDate(first: i, last: i, value: isAhead(s, i) ? .upcomingMonth(month) : .calendar(year: nil, month: month, day: nil))
    }

    /// "19 June", "the 3rd of May", "22 October 2024", "1 Sept. 2024".
    private func dayFirst(_ s: SentenceTokens, _ i: Int) -> FoundDate? {
        guard let day = v.dayOfMonth(s, i) else { return nil }
        var j = i + 1
        if s.attached(j), v.daySuffixes.contains(s.low(j)) { j += 1 }
        if s.low(j) == "of" { j += 1 }
        guard let month = v.month(s, j) else { return nil }
        var last = j
        if s.isPunct(last + 1, ["."]), s.attached(last + 1), v.year(s, last + 2) != nil { last += 1 }
        let year = trailingYear(s, after: &last)
        guard Day(year: year ?? DateLimits.leapYear, month: month, day: day) != nil else { return nil }
        return FoundDate(first: i, last: last, value: .calendar(year: year, month: month, day: day))
    }

    /// The year after a day and month ("22 October 2024", "Oct. 22, 2024"), moving `last` onto it.
    private func trailingYear(_ s: SentenceTokens, after last: inout Int) -> Int? {
        if s.isPunct(last + 1, [","]), let y = v.year(s, last + 2) {
            last += 2
            return y
        }
        if let y = v.year(s, last + 1) {
            last += 1
            return y
        }
        return nil
    }

    /// "2024-10-22".
    private func iso(_ s: SentenceTokens, _ i: Int) -> FoundDate? {
        guard let y = v.year(s, i), s.isPunct(i + 1, ["-"]), s.attached(i + 1), s.attached(i + 2), s.isPunct(i + 3, ["-"]),
              s.attached(i + 3), s.attached(i + 4), s.isPlainDigits(i + 2), s.isPlainDigits(i + 4),
              let m = Int(s.tokens[i + 2].text), let d = Int(s.tokens[i + 4].text), Day(year: y, month: m, day: d) != nil else { return nil }
        return FoundDate(first: i, last: i + 4, value: .calendar(year: y, month: m, day: d))
    }

    /// "22.10.2024": day, month, year (the dotted order is day first everywhere it is used).
    private func dotted(_ s: SentenceTokens, _ i: Int) -> FoundDate? {
        let parts = s.tokens[i].text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
              DateLimits.plausibleYears.contains(y), Day(year: y, month: m, day: d) != nil else { return nil }
        return FoundDate(first: i, last: i, value: .calendar(year: y, month: m, day: d))
    }

    /// "22/10/2024" or "10/22/2024", read only when one part cannot be a month.
    private func slashed(_ s: SentenceTokens, _ i: Int) -> FoundDate? {
        guard s.isPunct(i + 1, ["/"]), s.attached(i + 1), s.attached(i + 2), s.isPunct(i + 3, ["/"]), s.attached(i + 3), s.attached(i + 4),
              s.isPlainDigits(i), s.isPlainDigits(i + 2), let y = v.year(s, i + 4),
              let a = Int(s.tokens[i].text), let b = Int(s.tokens[i + 2].text) else { return nil }
        let (d, m) = a > 12 ? (a, b) : b > 12 ? (b, a) : (0, 0)
        guard Day(year: y, month: m, day: d) != nil else { return nil }
        return FoundDate(first: i, last: i + 4, value: .calendar(year: y, month: m, day: d))
    }

    /// "in 2022", "since 2014", "mid-2023", "in 2020 and 2022", "2020-2024" after a year.
    private func yearAlone(_ s: SentenceTokens, _ i: Int, cued listed: Bool) -> FoundDate? {
        guard let y = v.year(s, i) else { return nil }
        // "a net loss for 2024," but not "for 2000 soldiers": after a weak cue no word may follow
        // but a list link ("for 2024 and 2025").
        if v.weakYearCues.contains(s.low(i - 1)), !s.isWord(i + 1) || v.listLinks.contains(s.lows[i + 1]) {
            return FoundDate(first: i, last: i, value: .calendar(year: y, month: nil, day: nil))
        }
        let cued = v.yearCues.length(endingAt: i - 1, in: s.lows) > 0
            || (s.isPunct(i - 1, SentenceTokens.hyphenMarks) && s.attached(i) && v.periodModifiers.contains(s.low(i - 2)))
            || listed
        guard cued else { return nil }
        return FoundDate(first: i, last: i, value: .calendar(year: y, month: nil, day: nil))
    }
}
