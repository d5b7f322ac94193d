/// Figures: numbers that count something concrete, with unit, subject, qualifier and interval.
/// The rules are in Extract/Figures/ (one concept a file) and their vocabulary in
/// Resources/lexicon/numbers, units, qualifiers, figure-cues and dates.
struct FigureExtractor: Sendable {
    let scanner: FigureScanner

    init(rules: Rules) {
        scanner = FigureScanner(rules: rules)
    }

    /// Convenience for callers without a token cache: tokenizes the article itself.
    func extract(_ article: Article) -> [Claim] {
        extract(article, tokens: ArticleTokenCache(article))
    }

    /// Sentences are read in text order, each paragraph carrying what its earlier sentences said
    /// (numbers whose unit is left out borrow it: "the toll had climbed to 44").
    func extract(_ article: Article, tokens: ArticleTokenCache) -> [Claim] {
        var claims: [Claim] = []
        var lastCount: Figure?
        for (p, paragraph) in TextParagraphs(article).paragraphs.enumerated() {
            var context = FigureContext(lastCount: lastCount)
            for sentence in paragraph where !article.repeatsHeadline(sentence, paragraph: p) {
                let s = SentenceTokens(sentence.text, tokens: tokens.tokens(sentence))
                for f in scanner.figures(in: s, context: context) {
                    claims.append(Claim(kind: .figure, articleID: article.id, sentence: sentence, surface: f.surface, figure: f.figure))
                    context.paragraphFigures.append(f.figure)
                    if FigureContext.isCount(f.figure) { context.lastCount = f.figure }
                }
                context.previousSentence = s
            }
            lastCount = context.lastCount
        }
        return claims
    }

    /// The figures of one sentence (for tests and tools).
    func figures(in sentence: String) -> [FoundFigure] { scanner.figures(in: sentence) }

    /// The figures of consecutive sentences of one paragraph, the later ones reading the earlier
    /// ones' units (for tests and tools).
    func figures(inParagraph sentences: [String]) -> [[FoundFigure]] {
        var context = FigureContext()
        return sentences.map { text in
            let s = SentenceTokens(text)
            let found = scanner.figures(in: s, context: context)
            for f in found {
                context.paragraphFigures.append(f.figure)
                if FigureContext.isCount(f.figure) { context.lastCount = f.figure }
            }
            context.previousSentence = s
            return found
        }
    }
}
