/// What every comparison rule needs to know about one story: its claims, which outlet and copy
/// family each article belongs to, and when it was published.
struct StoryContext {
    let story: Story
    let claims: [Claim]
    let outletOf: [String: String]
    /// Article id → id of the article its copy family descends from (itself when independent).
    let familyOf: [String: String]
    let publishedOf: [String: Day]
    /// Reading position of each article (for "later" when undated).
    let orderOf: [String: Int]
    /// Outlet name → reliability grade A–F from dossier.yml.
    let gradeOf: [String: String]

    /// Outlet names, sorted, of a set of claims.
    func outlets(_ claims: [Claim]) -> [String] {
        Array(Set(claims.compactMap { outletOf[$0.articleID] })).sorted()
    }

    /// The best reliability grade among the outlets behind these claims ("F" when none is graded).
    func bestGrade(_ claims: [Claim]) -> String {
        outlets(claims).compactMap { gradeOf[$0] }.min() ?? "F"
    }

    /// How many independent sources (copy families, one per outlet) stand behind these claims.
    func independentCount(_ claims: [Claim]) -> Int {
        Set(claims.map { familyOf[$0.articleID] ?? $0.articleID }).count
    }

    /// "4 outlets, 2 independent" / "Krone"
    func sourcesPhrase(_ claims: [Claim]) -> String {
        let outlets = self.outlets(claims)
        let independent = independentCount(claims)
        if outlets.count == 1 { return outlets[0] + (independent > 1 ? ", \(independent) articles" : "") }
        return "\(outlets.count) outlets" + (independent < outlets.count ? ", \(independent) independent" : "")
    }
}
