/// A span of the calendar that relative dates count in. Weeks, weekends and seasons are dates
/// ("last week", "over the weekend", "last summer") that no `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
/// expresses: they are found but stay unresolved.
enum DatePeriod: String, Sendable { case day, week, weekend, season, month, year }

/// The vocabulary of the date extractor, read once from lexicon/dates and lexicon/numbers.
struct DateVocabulary: Sendable {
    let months: [String: Int]
    /// Full month names ("june", "september"): only these stand alone as a date ("in June").
    let fullMonths: Set<String>
    let weekdays: [String: Int]
    let relativeDays: [String: Int]
    let dayParts: Set<String>
    let shifts: [String: Int]
    let shiftPeriods: [String: DatePeriod]
    let agoPeriods: [String: DatePeriod]
    let ago: Set<String>
    let yearCues: PhraseSet
    /// Year cues that are also common before counts ("for 2024" but "for 2000 soldiers").
    let weakYearCues: Set<String>
    let monthCues: PhraseSet
    /// "the weekend" after "over", "at", "during": a date with no shift word.
    let thePeriods: [String: DatePeriod]
    let thePeriodCues: Set<String>
    let listLinks: Set<String>
    let startOfPeriod: Set<String>
    let leadingPrepositions: Set<String>
    let periodModifiers: Set<String>
    let daySuffixes: Set<String>
    let numbers: NumberWords
    /// "will", "due": a bare weekday after one in its sentence lies ahead.
    let futureMarkers: Set<String>
    let causeAfterDue: Set<String>
    /// "until", "before": with a modal earlier ([modals]), the weekday after them lies ahead.
    let futurePrepositions: Set<String>
    let modals: Set<String>
    /// "christmas" → (12, 25).
    let holidays: [String: (month: Int, day: Int)]
    /// Every word a date expression can start with: one set lookup rejects most tokens.
    let startWords: WordSet

    init(rules: Rules) {
        let d = rules.lexicon("dates")
        func ints(_ section: String) -> [String: Int] {
            LexiconPairs.numbers(d, section).mapValues { Int($0) }
        }
        func periods(_ section: String) -> [String: DatePeriod] {
            var out: [String: DatePeriod] = [:]
            for (k, v) in LexiconPairs.strings(d, section) {
                if let p = DatePeriod(rawValue: v), out[k.lowercased()] == nil { out[k.lowercased()] = p }
            }
            return out
        }
        months = ints("months")
        var longest: [Int: String] = [:]
        for (name, m) in months where name.count > (longest[m]?.count ?? 0) { longest[m] = name }
        fullMonths = Set(longest.values)
        weekdays = ints("weekdays")
        relativeDays = ints("relative-days")
        dayParts = d.set("day-parts")
        shifts = ints("shifts")
        shiftPeriods = periods("shift-periods")
        agoPeriods = periods("ago-periods")
        ago = d.set("ago")
        yearCues = PhraseSet(d["year-cues"])
        weakYearCues = d.set("weak-year-cues")
        thePeriods = periods("the-periods")
        thePeriodCues = d.set("the-period-cues")
        monthCues = PhraseSet(d["month-cues"])
        listLinks = d.set("list-links")
        startOfPeriod = d.set("start-of-period")
        leadingPrepositions = d.set("leading-prepositions")
        periodModifiers = d.set("period-modifiers")
        daySuffixes = d.set("day-suffixes")
        numbers = NumberWords(lexicon: rules.lexicon("numbers"))
        futureMarkers = d.set("future-markers")
        causeAfterDue = d.set("cause-after-due")
        futurePrepositions = d.set("future-prepositions")
        modals = d.set("modals")
        var h: [String: (month: Int, day: Int)] = [:]
        for (k, v) in LexiconPairs.strings(d, "holidays") {
            let md = v.split(separator: "-").compactMap { Int($0) }
            if md.count == 2 { h[k.lowercased()] = (md[0], md[1]) }
        }
        holidays = h
        startWords = WordSet(Set(months.keys).union(weekdays.keys).union(relativeDays.keys).union(shifts.keys)
            .union(numbers.startWords.members).union(thePeriods.keys).union(holidays.keys))
    }

    /// The month of a capitalised month name at token `i` ("June", "Sept").
    func month(_ s: SentenceTokens, _ i: Int) -> Int? {
        s.capitalized(i) ? months[s.lows[i]] : nil
    }

    /// The weekday (0 = Monday) of a capitalised weekday name at token `i`.
    func weekday(_ s: SentenceTokens, _ i: Int) -> Int? {
        s.capitalized(i) ? weekdays[s.lows[i]] : nil
    }

    /// A four-digit year in the plausible range at token `i`.
    func year(_ s: SentenceTokens, _ i: Int) -> Int? {
        guard s.isPlainDigits(i), s.tokens[i].text.utf8.count == 4, let y = Int(s.tokens[i].text),
              DateLimits.plausibleYears.contains(y) else { return nil }
        return y
    }

    /// A day of the month (1–31, one or two digits) at token `i`.
    func dayOfMonth(_ s: SentenceTokens, _ i: Int) -> Int? {
        guard s.isPlainDigits(i), s.tokens[i].text.utf8.count <= 2, let d = Int(s.tokens[i].text),
              (1...DateLimits.maxDayOfMonth).contains(d) else { return nil }
        return d
    }
}
