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
    /// (numbers whose unit is left out borrow it: "the toll had climbed to 44"); bare amounts then
    /// take the unit of a figure of the same value anywhere in the article (`RepeatedAmount`).
    func extract(_ article: Article, tokens: ArticleTokenCache) -> [Claim] {
        var sentences: [Sentence] = []
        var found: [[FoundFigure]] = []
        var lastCount: Figure?
        for (p, paragraph) in TextParagraphs(article).paragraphs.enumerated() {
            let texts = paragraph.filter { !article.repeatsHeadline($0, paragraph: p) }
            let tokenized = texts.map { SentenceTokens($0.text, tokens: tokens.tokens($0)) }
            sentences += texts
            found += read(paragraph: tokenized, lastCount: &lastCount)
        }
        return zip(sentences, RepeatedAmount.resolveAll(found)).flatMap { sentence, figures in
            figures.indices.map { i in
                let f = figures[i]
                // The same surface read before in the sentence: "four … and the remaining four".
                let occurrence = figures[..<i].count { $0.surface == f.surface }
                return Claim(kind: .figure, articleID: article.id, sentence: sentence, surface: f.surface,
                             occurrence: occurrence, figure: f.figure)
            }
        }
    }

    /// The figures of one paragraph's sentences, the later ones reading the earlier ones' units;
    /// `lastCount` carries the last count of people or things from paragraph to paragraph.
    private func read(paragraph: [SentenceTokens], lastCount: inout Figure?) -> [[FoundFigure]] {
        var context = FigureContext(lastCount: lastCount)
        let found = paragraph.map { s in
            let figures = scanner.figures(in: s, context: context)
            for f in figures where !f.awaitsUnit {
                context.paragraphFigures.append(f.figure)
                if FigureContext.isCount(f.figure) { context.lastCount = f.figure }
            }
            context.previousSentence = s
            return figures
        }
        lastCount = context.lastCount
        return found
    }

    /// The figures of one sentence read on its own (for tests and tools).
    func figures(in sentence: String) -> [FoundFigure] { figures(inParagraph: [sentence])[0] }

    /// The figures of consecutive sentences of one paragraph, the later ones reading the earlier
    /// ones' units (for tests and tools).
    func figures(inParagraph sentences: [String]) -> [[FoundFigure]] {
        var lastCount: Figure?
        return RepeatedAmount.resolveAll(read(paragraph: sentences.map { SentenceTokens($0) }, lastCount: &lastCount))
    }
}
