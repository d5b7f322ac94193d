/// Figures: numbers that count something concrete, with unit, subject, qualifier and interval.
struct FigureExtractor: Sendable {
    init(rules: Rules) {}

    func extract(_ article: Article) -> [Claim] { [] }
}
