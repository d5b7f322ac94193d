/// An analyst's note from Content/notes/*.md, rendered as a page of its own.
public struct Note: Sendable {
    public enum Placement: String, Sendable, CaseIterable {
        /// Shown on the briefing above the key findings.
        case top
        /// Shown on the briefing after the key findings.
        case findings
        /// Shown on the briefing after the disputed points.
        case disputes
        /// Only on its own page (linked from the briefing's notes list).
        case page
    }

    public let id: String
    public let sourceFile: String
    public let title: String
    public let markdown: String
    public let placement: Placement
    /// Sort key within a placement (front matter `order:`), then the file name.
    public let order: Int
}

/// Everything read from the content folder.
public struct LoadedContent: Sendable {
    public var config: DossierConfig
    public var articles: [RawArticle]
    public var notes: [Note]
    public var warnings: [BuildWarning]
}
