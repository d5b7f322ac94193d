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

/// An article the previous build saw, whose file has not changed since: taken from the cache.
public struct UnchangedArticle: Sendable {
    public let id: String
    public let sourceFile: String
    public let contentHash: String
}

/// Everything read from the content folder.
public struct LoadedContent: Sendable {
    public var config: DossierConfig
    /// Hash of dossier.yml's bytes ("" when there is none).
    public var configHash = ""
    /// Articles read from disk (new or changed).
    public var articles: [RawArticle]
    /// Articles not read because their files are unchanged since the last build.
    public var unchanged: [UnchangedArticle] = []
    /// Size, modification time and hash of every article file that loaded.
    public var stamps: [String: BuildManifest.Stamp] = [:]
    public var notes: [Note]
    public var warnings: [BuildWarning]
}
