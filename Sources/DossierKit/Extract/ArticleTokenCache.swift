/// The tokens of every readable sentence of an article, cut once and shared by the extractors
/// (figures, dates, quotes, statements), so that no sentence is tokenized twice.
public struct ArticleTokenCache: Sendable {
    /// Tokens by sentence id (the headline and every paragraph, heading and deck sentence).
    public let bySentence: [String: [Token]]

    public init(_ article: Article) {
        var map: [String: [Token]] = [:]
        for paragraph in TextParagraphs(article).paragraphs {
            for s in paragraph where map[s.id] == nil {
                map[s.id] = Tokenizer.tokens(s.text)
            }
        }
        bySentence = map
    }

    /// The tokens of a sentence; a sentence the cache does not hold (a caption, a sentence of
    /// another article) is tokenized on the spot. Token offsets must fit the sentence's text
    /// (spans are cut from it), so cached tokens that do not fit are not used.
    public func tokens(_ s: Sentence) -> [Token] {
        if let t = bySentence[s.id], (t.last?.end ?? 0) <= s.text.utf8.count { return t }
        return Tokenizer.tokens(s.text)
    }
}

extension Article {
    /// Whether a body sentence (paragraph `p` of `TextParagraphs`) is a headline sentence again,
    /// so that its claims are read once. Sentence ids are unique within a cleaned article, so this
    /// only guards articles built by hand; a linear look at the one or two headline ids costs
    /// less than a set of every sentence read.
    func repeatsHeadline(_ s: Sentence, paragraph p: Int) -> Bool {
        guard !headline.isEmpty, p > 0 else { return false }
        return headline.contains { $0.id == s.id }
    }
}
