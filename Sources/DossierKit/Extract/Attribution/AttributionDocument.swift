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
        let quotes = self.quotes, first = tokens.paragraphs.map { $0.first?.index ?? 0 }
        mentions = Mentions(tokens, quoted: { s in quotes[s.paragraph].mask[s.index - first[s.paragraph]] }, vocab: vocab)
        narrationPronouns = ProfileSubject.narrationPronouns(self)
    }

    /// Which tokens of `s` are inside quotation marks.
    func mask(of s: TokenSentence) -> [Bool] {
        quotes[s.paragraph].mask[s.index - tokens.paragraphs[s.paragraph][0].index]
    }

    /// Every word of paragraph `p` is inside quotation marks: no attribution, no narration.
    func isAllQuotation(_ p: Int) -> Bool {
        zip(tokens.paragraphs[p], quotes[p].mask).allSatisfy { s, m in s.tokens.indices.allSatisfy { m[$0] || s.tokens[$0].kind == .punct } }
    }
}
