/// What the quote and statement extractors both read from one article, made once and shared:
/// the paragraphs with their tokens, the quotation marks of each paragraph, and the people and
/// bodies the article names (`Mentions`).
struct AttributionDocument: Sendable {
    let tokens: ArticleTokens
    /// Per paragraph: its quote pieces, and for each sentence which tokens are inside quotation marks.
    let quotes: [(pieces: [QuotePiece], mask: [[Bool]])]
    let mentions: Mentions
    /// The narration's "he" and "she" counts (`ProfileSubject.narrationPronouns`), for a profile's subject:
    /// read by the quote rules' resolver and by the fallbacks, counted once.
    private(set) var narrationPronouns: [SpeakerGender: Int] = [:]

    init(_ article: Article, tokens cache: ArticleTokenCache, vocab: AttributionVocabulary) {
        tokens = ArticleTokens(article, tokens: cache, vocab: vocab)
        quotes = tokens.paragraphs.map { para in
            let pieces = QuoteScanner.scan(para)
            return (pieces, QuoteScanner.insideMask(para, pieces))
        }
        let quotes = self.quotes, tokens = self.tokens
        mentions = Mentions(tokens, quoted: { Self.mask(of: $0, quotes: quotes, tokens: tokens) }, vocab: vocab)
        narrationPronouns = ProfileSubject.narrationPronouns(self)
    }

    /// Which tokens of `s` are inside quotation marks.
    func mask(of s: TokenSentence) -> [Bool] { Self.mask(of: s, quotes: quotes, tokens: tokens) }

    private static func mask(of s: TokenSentence, quotes: [(pieces: [QuotePiece], mask: [[Bool]])], tokens: ArticleTokens) -> [Bool] {
        quotes[s.paragraph].mask[s.index - tokens.paragraphs[s.paragraph][0].index]
    }

    /// Every word of paragraph `p` is inside quotation marks: no attribution, no narration.
    func isAllQuotation(_ p: Int) -> Bool {
        zip(tokens.paragraphs[p], quotes[p].mask).allSatisfy { s, m in s.tokens.indices.allSatisfy { m[$0] || s.tokens[$0].kind == .punct } }
    }
}
