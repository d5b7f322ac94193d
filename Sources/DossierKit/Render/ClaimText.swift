import Foundation

/// The words pages and the export use for claims: one place, so every page says it the same way.
public enum ClaimText {
    /// "12,000", "8.5 million", "0.5"
    public static func number(_ v: Double) -> String {
        if v.isInfinite || v.isNaN { return "∞" }
        let a = abs(v)
        if a >= 1e9, a.truncatingRemainder(dividingBy: 1e7) == 0 { return trim(v / 1e9) + " billion" }
        if a >= 1e6, a.truncatingRemainder(dividingBy: 1e4) == 0 { return trim(v / 1e6) + " million" }
        if v == v.rounded(), a < 1e15 {
            let digits = String(Int64(a))
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return (v < 0 ? "-" : "") + out
        }
        return trim(v)
    }

    private static func trim(_ v: Double) -> String {
        var s = String(format: "%.2f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// "12,000 soldiers", "USD 74 billion", "48.2 percent"
    public static func amount(_ v: Double, _ unit: String) -> String {
        if ["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RUB", "CHF", "INR"].contains(unit) { return unit + " " + number(v) }
        return number(v) + " " + unit
    }

    /// "up to 12,000 soldiers"
    public static func figure(_ f: Figure) -> String {
        if f.qualifier == .between, let lo = f.low, let hi = f.high {
            return "between \(number(lo)) and \(amount(hi, f.unit))"
        }
        let q = f.qualifier.map { $0 == .none || $0 == .exactly ? "" : $0.rawValue + " " } ?? ""
        return q + amount(f.value, f.unit)
    }

    /// "[1,500, 1,500]", "(13,000, ∞)", "[0, 12,000]"
    public static func interval(_ f: Figure) -> String {
        let lo = f.low.map(number) ?? "−∞"
        let hi = f.high.map(number) ?? "∞"
        return (f.lowExclusive || f.low == nil ? "(" : "[") + lo + ", " + hi + (f.highExclusive || f.high == nil ? ")" : "]")
    }

    public static func kindLabel(_ k: Claim.Kind) -> String {
        switch k {
        case .figure: return "Figure"
        case .quote: return "Quote"
        case .statement: return "Statement"
        case .date: return "Date"
        }
    }

    public static func kindPlural(_ k: Claim.Kind) -> String {
        switch k {
        case .figure: return "Figures"
        case .quote: return "Quotes"
        case .statement: return "Statements"
        case .date: return "Dates"
        }
    }

    /// One line that says what the claim is.
    public static func summary(_ c: Claim) -> String {
        switch c.kind {
        case .figure: return c.figure.map(figure) ?? c.surface
        case .quote: return "“" + (c.quote?.text ?? c.surface) + "”"
        case .statement:
            guard let s = c.statement else { return c.surface }
            return stanceLabel(s.stance) + ": " + s.proposition
        case .date:
            guard let d = c.date else { return c.surface }
            return d.expression + (d.resolved.map { " → " + $0 } ?? "")
        }
    }

    /// Words, never colour alone: "Denied", "Not confirmed".
    public static func stanceLabel(_ s: Statement.Stance) -> String {
        switch s {
        case .asserted: return "Asserted"
        case .confirmed: return "Confirmed"
        case .denied: return "Denied"
        case .notConfirmed: return "Not confirmed"
        case .hedged: return "Hedged"
        }
    }

    /// Who it is attributed to, if anyone.
    public static func attribution(_ c: Claim) -> String? {
        c.quote?.speaker ?? c.statement?.source
    }
}
