/// Direct quotations with their speakers resolved.
struct QuoteExtractor: Sendable {
    init(rules: Rules) {}

    func extract(_ article: Article) -> [Claim] { [] }
}
