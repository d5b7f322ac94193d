import Foundation
import Testing
@testable import DossierKit

/// How far each fallback for unattributed quotes can be trusted. The development articles' quotes all have
/// the right speaker from the specific rules, so run every fallback on every quote, attributed or not, and
/// count how often it names the speaker the rules named: the best estimate of its precision on unseen copy,
/// where it only meets quotes the rules leave without a speaker.
@Suite struct QuoteFallbackAgreementTests {
    struct Agreement {
        var fired = 0, agreed = 0, unattributed = 0
        var rate: Double { fired == 0 ? 1 : Double(agreed) / Double(fired) }
    }

    static func agreement(_ f: QuoteFallback) throws -> (Agreement, [String]) {
        let rules = try Rules.bundled()
        let extractor = QuoteExtractor(rules: rules)
        let fallbacks = UnattributedQuotes(vocab: extractor.vocab, parser: extractor.attribution.parser)
        var a = Agreement()
        var disagreements: [String] = []
        for annotation in try ExtractionQualityTests.annotations(.development) {
            let (article, _) = try ExtractionQualityTests.extract(annotation)
            let document = extractor.document(article, tokens: ArticleTokenCache(article))
            let (claims, records, mentions) = extractor.attribute(article, document: document)
            for (q, sp) in fallbacks.probe(f, records, document: document, mentions: mentions) {
                let quote = claims[records[q].claim].quote
                guard let ruled = quote?.speaker else { a.unattributed += 1; continue }
                a.fired += 1
                // The same person under a longer or shorter form of the name, as the quality scores count it.
                if ExtractionQualityTests.speakerMatches(sp.name, ["speaker": ruled]) { a.agreed += 1 } else {
                    disagreements.append("\(article.id): “\(quote?.text.prefix(50) ?? "")”: \(sp.name), rules \(ruled)")
                }
            }
        }
        return (a, disagreements)
    }

    @Test(arguments: QuoteFallback.allCases)
    func fallbackAgreesWithTheSpecificRules(_ f: QuoteFallback) throws {
        let (a, disagreements) = try Self.agreement(f)
        print("\(f): agrees with the rules on \(a.agreed) of \(a.fired) attributed quotes (\(String(format: "%.2f", a.rate))); "
              + "fires on \(a.unattributed) quotes the rules leave without a speaker")
        for d in disagreements { print("  · " + d) }
        #expect(a.rate >= 0.9, "\(f): \(a.agreed)/\(a.fired)")
    }
}
