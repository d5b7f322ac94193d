/// Attributed statements with their stance: asserted, confirmed, denied, not confirmed, hedged.
struct StatementExtractor: Sendable {
    init(rules: Rules) {}

    func extract(_ article: Article) -> [Claim] { [] }
}
