/// Explicit and relative dates, resolved against the publication date where it is known.
struct DateExtractor: Sendable {
    init(rules: Rules) {}

    func extract(_ article: Article) -> [Claim] { [] }
}
