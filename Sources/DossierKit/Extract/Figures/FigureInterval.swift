/// The interval a qualifier puts around a number, as the brief's annotation policy defines it.
enum FigureInterval {
    struct Bounds: Equatable {
        var low: Double?
        var high: Double?
        var lowExclusive = false
        var highExclusive = false
    }

    /// `upper` is the second number of a range ("between 10 and 12", "10-12").
    static func bounds(_ q: Figure.Qualifier?, value v: Double, upper: Double? = nil) -> Bounds {
        if let upper { return Bounds(low: v, high: upper) }
        switch q ?? Figure.Qualifier.none {  // a bare number reads like "none"
        case .about: return Bounds(low: v - v * FigureLimits.aboutTolerance, high: v + v * FigureLimits.aboutTolerance)
        case .nearly: return Bounds(low: v - v * FigureLimits.nearlyTolerance, high: v)
        case .upTo, .atMost: return Bounds(low: 0, high: v)
        case .moreThan: return Bounds(low: v, high: nil, lowExclusive: true)
        case .atLeast: return Bounds(low: v, high: nil)
        case .lessThan: return Bounds(low: 0, high: v, highExclusive: true)
        case .between, .exactly, .none: return Bounds(low: v, high: v)
        }
    }
}
