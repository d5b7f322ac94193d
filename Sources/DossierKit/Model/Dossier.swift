/// The whole dossier after the content stages: what the render stage turns into pages.
public struct Dossier: Sendable {
    public let config: DossierConfig
    /// Articles in reading order: by publication date (undated last), then id.
    public let articles: [Article]
    public let outlets: [Outlet]
    public let notes: [Note]
    /// Claims by article id, each list in text order.
    public let claims: [String: [Claim]]
    public let stories: [Story]
    /// Everyone quoted or cited, merged across articles.
    public let speakers: SpeakerIndex

    public init(config: DossierConfig, articles: [Article], claims: [String: [Claim]] = [:], notes: [Note]) {
        self.config = config
        self.articles = articles.sorted(by: Dossier.readingOrder)
        self.outlets = makeOutlets(articles, config: config)
        self.notes = notes
        self.claims = claims
        self.stories = makeStories(self.articles, dossierTitle: config.title)
        self.speakers = SpeakerIndex(articles: self.articles, claims: claims)
        var storyOf: [String: Int] = [:]
        for (i, st) in stories.enumerated() { for id in st.articleIDs { storyOf[id] = i } }
        self.storyIndexByArticle = storyOf
        var claimIndex: [String: Claim] = [:]
        for list in claims.values { for c in list { claimIndex[c.id] = c } }
        self.claimByID = claimIndex
        var byID: [String: Int] = [:]
        for (i, a) in self.articles.enumerated() { byID[a.id] = i }
        self.articleIndex = byID
        var outletOf: [String: Int] = [:]
        for (i, o) in outlets.enumerated() { for id in o.articleIDs { outletOf[id] = i } }
        self.outletIndexByArticle = outletOf
    }

    private let articleIndex: [String: Int]
    private let outletIndexByArticle: [String: Int]
    private let storyIndexByArticle: [String: Int]
    private let claimByID: [String: Claim]

    public func claim(_ id: String) -> Claim? { claimByID[id] }

    public func story(ofArticle id: String) -> Story { stories[storyIndexByArticle[id]!] }

    public func article(_ id: String) -> Article? { articleIndex[id].map { articles[$0] } }
    public func claims(of articleID: String) -> [Claim] { claims[articleID] ?? [] }
    /// All claims of a story, in reading order of their articles.
    public func claims(in story: Story) -> [Claim] { story.articleIDs.flatMap { claims(of: $0) } }
    /// True when the corpus has more than one story (story pages get their own folders).
    public var hasManyStories: Bool { stories.count > 1 }
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
