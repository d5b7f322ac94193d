/// The whole dossier after the content stages: what the render stage turns into pages.
public struct Dossier: Sendable {
    public let config: DossierConfig
    /// Articles in reading order: by publication date (undated last), then id.
    public let articles: [Article]
    public let outlets: [Outlet]
    public let notes: [Note]

    public init(config: DossierConfig, articles: [Article], notes: [Note]) {
        self.config = config
        self.articles = articles.sorted(by: Dossier.readingOrder)
        self.outlets = makeOutlets(articles, config: config)
        self.notes = notes
        var byID: [String: Int] = [:]
        for (i, a) in self.articles.enumerated() { byID[a.id] = i }
        self.articleIndex = byID
        var outletOf: [String: Int] = [:]
        for (i, o) in outlets.enumerated() { for id in o.articleIDs { outletOf[id] = i } }
        self.outletIndexByArticle = outletOf
    }

    private let articleIndex: [String: Int]
    private let outletIndexByArticle: [String: Int]

    public func article(_ id: String) -> Article? { articleIndex[id].map { articles[$0] } }
    public func outlet(ofArticle id: String) -> Outlet { outlets[outletIndexByArticle[id]!] }

    static func readingOrder(_ a: Article, _ b: Article) -> Bool {
        switch (a.meta.published, b.meta.published) {
        case let (x?, y?) where x != y: return x < y
        case (.some, .none): return true
        case (.none, .some): return false
        default: return a.id < b.id
        }
    }
}
