/// Headlines and summaries repeat a figure of the article without its noun: "Police seize 1.3 million
/// from the company" over a body that says "1.3 million euros", "Stadium renamed for 4.5 million a
/// year". A bare amount with a scale word ("million", "billion") and no noun of its own takes the unit
/// of a figure of the same value elsewhere in the article, before or after it; without one it stays unread.
/// Only amounts with a scale word: "40" alone matches too many other numbers by chance.
enum RepeatedAmount {
    /// The unit a bare amount waits for: none yet (`FoundFigure.awaitsUnit`).
    static func placeholder(_ n: ParsedNumber, end: Int) -> UnitMatch? {
        guard n.hasScale else { return nil }
        return UnitMatch(unit: "", kind: .other, place: .elided(subject: ""), surfaceEnd: end, fromLexicon: false)
    }

    /// The figures of an article's sentences, each list in text order, with the bare amounts
    /// resolved against all the others (or dropped). Most articles have none: they pass unchanged.
    static func resolveAll(_ found: [[FoundFigure]]) -> [[FoundFigure]] {
        guard found.contains(where: { $0.contains(where: \.awaitsUnit) }) else { return found }
        let known = found.joined().filter { !$0.awaitsUnit }.map(\.figure)
        return found.map { list in list.compactMap { $0.awaitsUnit ? resolve($0, among: known) : $0 } }
    }

    /// `found` with the unit and subject of the first of `known` (figures with a unit) that has its value, or nil.
    private static func resolve(_ found: FoundFigure, among known: [Figure]) -> FoundFigure? {
        let value = found.figure.value
        // Equal values, up to the rounding of decimals ("1.3 million" read twice).
        guard let same = known.first(where: { abs($0.value - value) <= 1e-9 * max(1, abs(value)) }) else { return nil }
        var f = found.figure
        f.unit = same.unit
        f.unitKind = same.unitKind
        f.subject = same.subject
        return FoundFigure(surface: found.surface, figure: f)
    }
}
