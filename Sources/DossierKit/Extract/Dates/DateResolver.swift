/// Resolves a date expression against the publication date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`
/// by granularity; nil when the expression needs a publication date that is unknown.
enum DateResolver {
    struct Resolution: Equatable {
        var resolved: String?
        var granularity: DateMention.Granularity
        var isRelative: Bool
    }

    static func resolve(_ value: DateValue, published p: Day?) -> Resolution {
        switch value {
        case .calendar(let year, let month, let day):
            // A date without a year takes the publication year (the brief's rule).
            let y = year ?? p?.year
            if let month, let day {
                return Resolution(resolved: y.flatMap { Day(year: $0, month: month, day: day)?.description }, granularity: .day, isRelative: false)
            }
            if let month { return Resolution(resolved: y.map { yearMonth($0, month) }, granularity: .month, isRelative: false) }
            return Resolution(resolved: y.map { Day.pad($0, 4) }, granularity: .year, isRelative: false)
        case .upcomingMonth(let month):
            guard let p else { return Resolution(resolved: nil, granularity: .month, isRelative: true) }
            return Resolution(resolved: yearMonth(month < p.month ? p.year + 1 : p.year, month), granularity: .month, isRelative: true)
        case .dayOffset(let n):
            return Resolution(resolved: p?.adding(days: n).description, granularity: .day, isRelative: true)
        case .weekday(let wd, let rule):
            guard let p else { return Resolution(resolved: nil, granularity: .day, isRelative: true) }
            let back = (p.weekday - wd + 7) % 7
            let ahead = (wd - p.weekday + 7) % 7
            let offset: Int
            switch rule {
            case .onOrBefore: offset = -back
            case .before: offset = back == 0 ? -7 : -back
            case .after: offset = ahead == 0 ? 7 : ahead
            case .onOrAfter: offset = ahead
            }
            return Resolution(resolved: p.adding(days: offset).description, granularity: .day, isRelative: true)
        case .period(let period, let shift):
            return shifted(period, by: shift, from: p)
        case .ago(.week, let count):
            // "two weeks ago" counts back whole weeks from the day itself, not to a Monday.
            return Resolution(resolved: p?.adding(days: -7 * count).description, granularity: .day, isRelative: true)
        case .ago(let period, let count):
            return shifted(period, by: -count, from: p)
        case .monthShift(let month, let shift):
            guard let p else { return Resolution(resolved: nil, granularity: .month, isRelative: true) }
            var y = p.year
            if shift < 0, month >= p.month { y -= 1 }
            if shift > 0, month <= p.month { y += 1 }
            return Resolution(resolved: yearMonth(y, month), granularity: .month, isRelative: true)
        }
    }

    /// `shift` periods from publication. A week, a weekend or a season is no single day, month or
    /// year: it stays unresolved (day granularity) rather than pretend to be its first day.
    private static func shifted(_ period: DatePeriod, by shift: Int, from p: Day?) -> Resolution {
        let granularity: DateMention.Granularity = period == .month ? .month : period == .year ? .year : .day
        guard let p else { return Resolution(resolved: nil, granularity: granularity, isRelative: true) }
        let resolved: String?
        switch period {
        case .day: resolved = p.adding(days: shift).description
        case .week, .weekend, .season: resolved = nil
        case .month:
            let index = p.year * 12 + (p.month - 1) + shift
            resolved = index >= 12 ? yearMonth(index / 12, index % 12 + 1) : nil
        case .year: resolved = p.year + shift >= 1 ? Day.pad(p.year + shift, 4) : nil
        }
        return Resolution(resolved: resolved, granularity: granularity, isRelative: true)
    }

    private static func yearMonth(_ y: Int, _ m: Int) -> String { Day.pad(y, 4) + "-" + Day.pad(m, 2) }

}
