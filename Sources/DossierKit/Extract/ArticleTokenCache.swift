/// Tokens of every sentence of one article, made once and shared by all extractors.
public struct ArticleTokenCache: Sendable {
    public let bySentence: [String: [Token]]

    public init(_ article: Article) {
        var map: [String: [Token]] = [:]
        for s in article.textSentences { map[s.id] = Tokenizer.tokens(s.text) }
        bySentence = map
    }

    public func tokens(_ s: Sentence) -> [Token] { bySentence[s.id] ?? Tokenizer.tokens(s.text) }
}
