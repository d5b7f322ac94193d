/// A cleaned article: furniture removed, text cut into blocks and sentences with stable anchors.
public struct Article: Sendable {
    public let id: String
    public let sourceFile: String
    public let format: RawArticle.Format
    /// Metadata, completed with what the text itself says (e.g. a "Source: …" line).
    public let meta: ArticleMeta
    public let title: String
    /// The headline's sentences (claims in a title count, once per article).
    public let headline: [Sentence]
    public let blocks: [Block]
    /// What cleaning took out, shown on the article page.
    public let removed: [RemovedFurniture]
    public let contentHash: String

    public init(id: String, sourceFile: String, format: RawArticle.Format, meta: ArticleMeta, title: String,
                headline: [Sentence], blocks: [Block], removed: [RemovedFurniture], contentHash: String) {
        self.id = id
        self.sourceFile = sourceFile
        self.format = format
        self.meta = meta
        self.title = title
        self.headline = headline
        self.blocks = blocks
        self.removed = removed
        self.contentHash = contentHash
    }

    /// Every sentence that claims are extracted from: the headline, then body paragraphs and headings.
    public var textSentences: [Sentence] {
        headline + blocks.flatMap { $0.kind == .caption ? [] : $0.sentences }
    }

    public var wordCount: Int {
        blocks.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.wordCount } }
    }
}

public struct Block: Sendable {
    public enum Kind: String, Sendable {
        /// A paragraph of body text.
        case paragraph
        /// A sub-heading inside the article.
        case heading
        /// A photo caption ("FILE – …"): shown as a caption, not read as body text.
        case caption
        /// Markdown that is not a paragraph (list, quote, table, code): rendered whole.
        case other
        /// One line of a simple list, read as body text; `markdown` keeps its marker ("- …", "3. …")
        /// and consecutive items are rendered as one list.
        case item
        /// A subtitle line under the headline (.txt files).
        case deck
    }

    public let kind: Kind
    /// The block's source: Markdown (escaped plain text for .txt files).
    public let markdown: String
    public let sentences: [Sentence]

    public init(kind: Kind, markdown: String, sentences: [Sentence]) {
        self.kind = kind
        self.markdown = markdown
        self.sentences = sentences
    }
}

/// One sentence with its anchor. `text` is plain text (Markdown syntax stripped): what extraction reads.
public struct Sentence: Sendable, Hashable {
    /// Anchor id, e.g. `s-3fa2c1`: from the normalised text, so it survives edits elsewhere.
    public let id: String
    public let text: String
    /// Index of the block it belongs to (-1 for the headline).
    public let block: Int
    /// Markdown source of the sentence (equal to `text` for plain-text articles).
    public let markdown: String

    public init(id: String, text: String, block: Int, markdown: String) {
        self.id = id
        self.text = text
        self.block = block
        self.markdown = markdown
    }

    public var wordCount: Int { text.wordCount }
}

/// A piece of web-page furniture that cleaning removed, and why.
public struct RemovedFurniture: Sendable, Hashable {
    public let text: String
    public let reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
