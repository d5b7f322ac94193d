/// An article as read from Content/: its text and metadata, before cleaning.
public struct RawArticle: Sendable {
    public enum Format: String, Sendable { case text, markdown }

    /// Stable id from the file path (never the title), used in page names and claim ids.
    public let id: String
    /// Path relative to the content folder, e.g. `articles/000_1e52.txt`.
    public let sourceFile: String
    public let format: Format
    /// Metadata from front matter and dossier.yml (front matter wins).
    public let meta: ArticleMeta
    /// The body: Markdown, or plain text for .txt files.
    public let body: String
    /// Hash of the file's bytes and its dossier.yml entry: the article's cache key.
    public let contentHash: String

    public init(id: String, sourceFile: String, format: Format, meta: ArticleMeta, body: String, contentHash: String) {
        self.id = id
        self.sourceFile = sourceFile
        self.format = format
        self.meta = meta
        self.body = body
        self.contentHash = contentHash
    }
}
