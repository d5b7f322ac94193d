/// Dossier-wide settings from Content/dossier.yml. Every field has a default, so the file is optional.
public struct DossierConfig: Sendable {
    public var title: String = "Briefing dossier"
    /// Markdown, shown at the top of the briefing.
    public var summary: String = ""
    /// Absolute URL the site is published at; without it no absolute URL appears anywhere.
    public var baseURL: String?
    /// Per-outlet settings keyed by outlet name.
    public var outlets: [String: OutletConfig] = [:]
    /// Metadata for articles that cannot carry front matter (.txt), keyed by file name or content path.
    public var articles: [String: ArticleMeta] = [:]
    /// Include full article text in the search index (off by default: keeps the index small).
    public var searchFullText: Bool = false

    public init() {}
}

public struct OutletConfig: Sendable, Hashable {
    /// Admiralty source reliability, A (reliable) … F (cannot be judged). Never invented: defaults to F.
    public var grade: String = "F"
    public var url: String?
    public var note: String?

    public init(grade: String = "F", url: String? = nil, note: String? = nil) {
        self.grade = grade
        self.url = url
        self.note = note
    }
}
