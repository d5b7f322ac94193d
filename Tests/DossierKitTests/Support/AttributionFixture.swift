import Foundation
@testable import DossierKit

/// Builds articles from plain paragraphs, cut into sentences by the real splitter, and reads the speakers
/// the quote extractor gives their quotes.
enum AttributionFixture {
    static let rules = try! Rules.bundled()

    /// `headings`: indices of the paragraphs that are sub-headings.
    static func article(headline: String? = nil, _ paragraphs: [String], headings: Set<Int> = []) -> Article {
        var n = 0
        func sentences(_ text: String, block: Int) -> [Sentence] {
            rules.clean.splitter.split(text).map { r in
                n += 1
                let t = String(text[r])
                return Sentence(id: "s\(n)", text: t, block: block, markdown: t)
            }
        }
        let head = headline.map { sentences($0, block: -1) } ?? []
        var blocks: [Block] = []
        for (i, p) in paragraphs.enumerated() {
            blocks.append(Block(kind: headings.contains(i) ? .heading : .paragraph, markdown: p, sentences: sentences(p, block: i)))
        }
        return Article(id: "t", sourceFile: "t.txt", format: .text, meta: ArticleMeta(), title: headline ?? "t",
                       headline: head, blocks: blocks, removed: [], contentHash: "0")
    }

    static let quotes = QuoteExtractor(rules: rules)

    /// The speaker of the first quote starting with `textPrefix`: nil when there is no such quote,
    /// .some(nil) when it has no speaker.
    static func speaker(_ paragraphs: [String], _ textPrefix: String) -> String?? {
        quoteSpeaker(quotes.extract(article(paragraphs)), textPrefix)
    }

    /// The speaker of the first of `claims` whose quote starts with `textPrefix`: nil when there is no such
    /// quote, .some(nil) when it has no speaker.
    static func quoteSpeaker(_ claims: [Claim], _ textPrefix: String) -> String?? {
        claims.first { $0.quote?.text.hasPrefix(textPrefix) == true }.map { $0.quote?.speaker }
    }
}
