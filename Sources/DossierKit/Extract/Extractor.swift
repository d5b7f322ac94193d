/// Stage 3, extract: turns a cleaned article into claims: figures, quotes, statements, dates.
/// Deterministic (no model, no network, no clock); every rule reads its vocabulary from Resources/lexicon.
public struct Extractor: Sendable {
    let figures: FigureExtractor
    let quotes: QuoteExtractor
    let statements: StatementExtractor
    let dates: DateExtractor

    public init(rules: Rules) {
        figures = FigureExtractor(rules: rules)
        // Quotes and statements share one vocabulary, as they share each article's attribution document.
        let vocab = AttributionVocabulary(rules: rules)
        quotes = QuoteExtractor(vocab: vocab)
        statements = StatementExtractor(vocab: vocab)
        dates = DateExtractor(rules: rules)
    }

    /// All claims of one article, in text order (headline first), with unique ids.
    public func extract(_ article: Article) -> [Claim] {
        let tokens = ArticleTokenCache(article)  // every sentence cut once, shared by the extractors
        // Quotes and statements read the same paragraphs and named people: made once, shared.
        let attribution = quotes.document(article, tokens: tokens)
        var claims = figures.extract(article, tokens: tokens) + quotes.extract(article, document: attribution)
            + statements.extract(article, document: attribution) + dates.extract(article, tokens: tokens)
        var order: [String: Int] = [:]
        for (i, s) in article.textSentences.enumerated() { order[s.id] = i }
        claims.sort { (order[$0.sentenceID] ?? 0, $0.kind.rawValue, $0.surface) < (order[$1.sentenceID] ?? 0, $1.kind.rawValue, $1.surface) }
        var seen = Set<String>()
        return claims.filter { seen.insert($0.id).inserted }
    }
}

/// The paragraphs of an article that claims are read from: the headline, then each body
/// paragraph (heading and list item), as lists of sentences. Captions and Markdown structures are skipped.
public struct TextParagraphs {
    public let paragraphs: [[Sentence]]

    public init(_ article: Article) {
        var out: [[Sentence]] = []
        if !article.headline.isEmpty { out.append(article.headline) }
        for b in article.blocks where b.kind == .paragraph || b.kind == .heading || b.kind == .deck || b.kind == .item {
            out.append(b.sentences)
        }
        paragraphs = out
    }
}
