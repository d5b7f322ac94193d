/// Figures: numbers that count something concrete, with unit, subject, qualifier and interval.
/// The rules are in Extract/Figures/ (one concept a file) and their vocabulary in
/// Resources/lexicon/numbers, units, qualifiers, figure-cues and dates.
struct FigureExtractor: Sendable {
    let scanner: FigureScanner

    init(rules: Rules) {
        scanner = FigureScanner(rules: rules)
    }

    func extract(_ article: Article) -> [Claim] {
        var claims: [Claim] = []
        var read = Set<String>()  // each sentence once, the headline's included
        for paragraph in TextParagraphs(article).paragraphs {
            for sentence in paragraph where read.insert(sentence.id).inserted {
                for f in scanner.figures(in: sentence.text) {
                    claims.append(Claim(kind: .figure, articleID: article.id, sentence: sentence, surface: f.surface, figure: f.figure))
                }
            }
        }
        return claims
    }

    /// The figures of one sentence (for tests and tools).
    func figures(in sentence: String) -> [FoundFigure] { scanner.figures(in: sentence) }
}
