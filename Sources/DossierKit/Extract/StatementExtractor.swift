/// Attributed statements with their stance: asserted, confirmed, denied, not confirmed, hedged.
///
/// One statement per sentence: the strongest stance its words outside quotation marks signal
/// (denied / not confirmed / confirmed > hedged > asserted; see `StanceScanner`), and a second one when
/// another source in another clause takes a stance of its own ("X said that …, while Y denied …"). Sources are resolved
/// like quote speakers ("Cho" → "Cho Tae Yul"); a source the resolver cannot place is kept as written
/// when it is a plain noun phrase, and dropped when it is a pronoun or names nobody ("reports").
struct StatementExtractor: Sendable {
    let vocab: AttributionVocabulary
    let stances: StanceScanner

    init(rules: Rules) {
        self.init(vocab: AttributionVocabulary(rules: rules))
    }

    init(vocab: AttributionVocabulary) {
        self.vocab = vocab
        stances = StanceScanner(vocab: vocab, parser: AttributionParser(vocab: vocab))
    }

    func extract(_ article: Article) -> [Claim] {
        extract(article, tokens: ArticleTokenCache(article))
    }

    func extract(_ article: Article, tokens: ArticleTokenCache) -> [Claim] {
        extract(article, document: AttributionDocument(article, tokens: tokens, vocab: vocab))
    }

    /// With the document `QuoteExtractor.document(_:tokens:)` made for the same article.
    func extract(_ article: Article, document: AttributionDocument) -> [Claim] {
        let doc = document.tokens
        // The same narration counts as the quote extractor's, so a profile's "she" means the same person in both.
        var resolver = SpeakerResolver(mentions: document.mentions, vocab: vocab, narrationPronouns: document.narrationPronouns)
        var claims: [Claim] = []
        for (p, para) in doc.paragraphs.enumerated() {
            let mask = document.quotes[p].mask
            for (i, s) in para.enumerated() {
                for hit in stances.statements(s, mask: mask[i]) {
                    let names = hit.sources.compactMap { source(s, $0, &resolver) }
                    let ranges = [hit.cue] + hit.sources + (hit.proposition.map { [$0] } ?? [])
                    let lo = ranges.map(\.lowerBound).min() ?? 0
                    let hi = ranges.map(\.upperBound).max() ?? s.tokens.count
                    let proposition = hit.proposition.map { s.text($0) } ?? s.sentence.text
                    let statement = Statement(stance: hit.stance, source: names.isEmpty ? nil : names.joined(separator: " and "),
                                              proposition: proposition, cue: hit.cueText)
                    claims.append(Claim(kind: .statement, articleID: article.id, sentence: s.sentence,
                                        surface: s.text(lo..<hi), statement: statement))
                }
            }
        }
        return claims
    }

    /// The source's canonical name, or the phrase as written when it is a plain description.
    private func source(_ s: TokenSentence, _ r: Range<Int>, _ resolver: inout SpeakerResolver) -> String? {
        if let sp = resolver.resolve(s, r) { return sp.name }
        let words = r.filter { s.tokens[$0].kind == .word }.map { s.lower($0) }
        guard let first = words.first, words.count <= 8 else { return nil }
        if words.count == 1, vocab.malePronouns.contains(first) || vocab.femalePronouns.contains(first)
            || vocab.thingPronouns.contains(first) || vocab.pluralPronouns.contains(first) || vocab.firstPerson.contains(first) { return nil }
        if words.allSatisfy({ vocab.anonymousSources.contains($0) || vocab.determiners.contains($0) }) { return nil }
        guard r.contains(where: { s.tokens[$0].isCapitalized }) || words.contains(where: { vocab.isRoleNoun($0) || vocab.isBody($0) }) else { return nil }
        return resolver.normalised(s, r)
    }
}
