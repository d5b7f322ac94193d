/// Explicit and relative dates, resolved against the publication date where it is known.
/// The rules are in Extract/Dates/, the vocabulary in Resources/lexicon/dates.
struct DateExtractor: Sendable {
    let scanner: DateScanner

    init(rules: Rules) {
        scanner = DateScanner(v: DateVocabulary(rules: rules))
    }

    /// Convenience for callers without a token cache: tokenizes the article itself.
    func extract(_ article: Article) -> [Claim] {
        extract(article, tokens: ArticleTokenCache(article))
    }

    func extract(_ article: Article, tokens: ArticleTokenCache) -> [Claim] {
        var claims: [Claim] = []
        for (p, paragraph) in TextParagraphs(article).paragraphs.enumerated() {
            for sentence in paragraph where !article.repeatsHeadline(sentence, paragraph: p) {
                let s = SentenceTokens(sentence.text, tokens: tokens.tokens(sentence))
                for mention in mentions(in: s, published: article.meta.published) {
                    claims.append(Claim(kind: .date, articleID: article.id, sentence: sentence, surface: mention.expression, date: mention))
                }
            }
        }
        return claims
    }

    /// The dates of one sentence; `expression` is the exact words of the sentence.
    func mentions(in sentence: String, published: Day?) -> [DateMention] {
        mentions(in: SentenceTokens(sentence), published: published)
    }

    private func mentions(in s: SentenceTokens, published: Day?) -> [DateMention] {
        scanner.dates(in: s).map { d in
            let r = DateResolver.resolve(d.value, published: published)
            return DateMention(expression: s.span(d.first, d.last), resolved: r.resolved, granularity: r.granularity,
                               isRelative: r.isRelative, isStartOfPeriod: d.isStartOfPeriod)
        }
    }
}
