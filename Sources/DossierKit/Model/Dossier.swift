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
    /// What the compare stage found; empty until it has run.
    public private(set) var analysis = Analysis()

    private let articleIndex: [String: Int]
    private let outletIndexByArticle: [String: Int]
    private let storyIndexByArticle: [String: Int]
    private let storyIndexByID: [String: Int]
    /// Where each claim is in `claims` (article id, position): a second copy of every claim
    /// would cost a large dossier a fifth of its memory.
    private let claimLocation: [String: ClaimLocation]
    private var comparisonsByClaim: [String: [Int]] = [:]
    private var clusterByClaim: [String: Int] = [:]
    private var comparisonsByStory: [String: [Int]] = [:]
    private var clustersByStory: [String: [Int]] = [:]
    private var timelineByStory: [String: [Int]] = [:]
    private var copiesByOriginal: [String: [CopyDetector.Link]] = [:]

    private struct ClaimLocation: Sendable {
        let articleID: String
        let position: Int
    }

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
        storyIndexByArticle = storyOf
        storyIndexByID = Dictionary(stories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byID: [String: Int] = [:]
        for (i, a) in self.articles.enumerated() { byID[a.id] = i }
        articleIndex = byID
        var outletOf: [String: Int] = [:]
        for (i, o) in outlets.enumerated() { for id in o.articleIDs { outletOf[id] = i } }
        outletIndexByArticle = outletOf
        var located: [String: ClaimLocation] = [:]
        for (articleID, list) in claims { for (i, c) in list.enumerated() { located[c.id] = ClaimLocation(articleID: articleID, position: i) } }
        claimLocation = located
    }

    /// The dossier with the compare stage's findings attached.
    public func with(_ analysis: Analysis) -> Dossier {
        var d = self
        d.analysis = analysis
        d.comparisonsByClaim = [:]
        for (i, c) in analysis.comparisons.enumerated() { for id in c.claimIDs { d.comparisonsByClaim[id, default: []].append(i) } }
        d.clusterByClaim = [:]
        for (i, k) in analysis.clusters.enumerated() { for id in k.claimIDs { d.clusterByClaim[id] = i } }
        d.comparisonsByStory = Dictionary(grouping: analysis.comparisons.indices, by: { analysis.comparisons[$0].storyID })
        d.clustersByStory = Dictionary(grouping: analysis.clusters.indices, by: { analysis.clusters[$0].storyID })
        d.copiesByOriginal = Dictionary(grouping: analysis.derivedFrom.values, by: \.original).mapValues { $0.sorted { $0.derived < $1.derived } }
        d.timelineByStory = Dictionary(grouping: analysis.timeline.indices, by: { d.story(ofArticle: analysis.timeline[$0].articleID).id })
        return d
    }

    public func article(_ id: String) -> Article? { articleIndex[id].map { articles[$0] } }
    /// Position of an article in reading order.
    public func position(of id: String) -> Int? { articleIndex[id] }
    public func outlet(ofArticle id: String) -> Outlet { outlets[outletIndexByArticle[id]!] }
    public func story(ofArticle id: String) -> Story { stories[storyIndexByArticle[id]!] }
    /// The story with this id (the first story when none has it).
    public func story(id: String) -> Story { stories[storyIndexByID[id] ?? 0] }
    public func claims(of articleID: String) -> [Claim] { claims[articleID] ?? [] }
    /// All claims of a story, in reading order of their articles.
    public func claims(in story: Story) -> [Claim] { story.articleIDs.flatMap { claims(of: $0) } }
    public func claim(_ id: String) -> Claim? { claimLocation[id].flatMap { claims[$0.articleID]?[$0.position] } }
    public func comparisons(ofClaim id: String) -> [Comparison] { (comparisonsByClaim[id] ?? []).map { analysis.comparisons[$0] } }
    public func cluster(ofClaim id: String) -> ClaimCluster? { clusterByClaim[id].map { analysis.clusters[$0] } }
    public func comparisons(in story: Story) -> [Comparison] { (comparisonsByStory[story.id] ?? []).map { analysis.comparisons[$0] } }
    public func clusters(in story: Story) -> [ClaimCluster] { (clustersByStory[story.id] ?? []).map { analysis.clusters[$0] } }
    /// Articles likely copied or rewritten from this one.
    public func copies(of id: String) -> [CopyDetector.Link] { copiesByOriginal[id] ?? [] }
    /// Dated events of a story, in date order.
    public func timeline(in story: Story) -> [TimelineEvent] { (timelineByStory[story.id] ?? []).map { analysis.timeline[$0] } }
    /// True when the corpus has more than one story (story pages get their own folders).
    public var hasManyStories: Bool { stories.count > 1 }

    static func readingOrder(_ a: Article, _ b: Article) -> Bool {
        switch (a.meta.published, b.meta.published) {
        case let (x?, y?) where x != y: return x < y
        case (.some, .none): return true
        case (.none, .some): return false
        default: return a.id < b.id
        }
    }
}
