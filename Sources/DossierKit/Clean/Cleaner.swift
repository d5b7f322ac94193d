/// Stage 2, clean: removes web-page furniture, finds the title, and cuts the text into
/// blocks and sentences with stable anchors. Files on disk are never touched.
public struct Cleaner: Sendable {
    public let rules: CleanRules

    public init(rules: CleanRules) {
        self.rules = rules
    }

    public func clean(_ raw: RawArticle) -> Article {
        let source = raw.format == .text ? SourceBlocks.fromText(raw.body) : SourceBlocks.fromMarkdown(raw.body)
        var furniture = FurnitureClassifier(rules: rules)
        let classified = furniture.classify(source)
        var meta = raw.meta.filling(from: furniture.hints)

        // Title: front matter / dossier.yml, else the header zone, else the first sentence.
        var kept = classified
        var headlineText: String?
        var deck: [SourceBlock] = []
        if let explicit = meta.title {
            headlineText = explicit
            if let first = kept.first, first.role == .header, normalise(first.block.plain) == normalise(explicit) {
                kept.removeFirst()
            }
            deck = kept.prefix(while: { $0.role == .header }).map(\.block)
            kept.removeFirst(deck.count)
        } else if let first = kept.first, first.role == .header {
            headlineText = first.block.plain
            kept.removeFirst()
            deck = kept.prefix(while: { $0.role == .header }).map(\.block)
            kept.removeFirst(deck.count)
        }
        var sentenceIDs = SentenceIDs()
        var headline: [Sentence] = []
        let title: String
        if let headlineText {
            title = headlineText
            headline = splitSentences(plain: headlineText, markdown: nil, block: -1, ids: &sentenceIDs)
        } else {
            // No headline in the text: derive one from the first sentence, which stays body text.
            let firstText = kept.first(where: { $0.role == .paragraph })?.block.plain ?? raw.id
            let firstSentence = rules.splitter.split(firstText).first.map { String(firstText[$0]) } ?? firstText
            title = Self.shorten(firstSentence, words: CleanRules.derivedTitleWords)
        }
        meta.title = title

        var blocks: [Block] = []
        for d in deck {
            blocks.append(makeBlock(kind: .deck, d, format: raw.format, index: blocks.count, ids: &sentenceIDs))
        }
        for c in kept {
            // "Key developments" and other lists of sentences: each item is text of its own.
            if c.role == .structure, let items = ListItem.items(c.block.source) {
                for item in items {
                    let sentences = splitSentences(plain: MarkdownText.plain(item.text), markdown: item.text, block: blocks.count, ids: &sentenceIDs)
                    if sentences.isEmpty {
                        blocks.append(makeBlock(kind: .other, SourceBlock(source: item.marker + " " + item.text, plain: MarkdownText.plain(item.text), shape: .structure),
                                                format: raw.format, index: blocks.count, ids: &sentenceIDs))
                    } else {
                        blocks.append(Block(kind: .item, markdown: item.marker + " " + item.text, sentences: sentences))
                    }
                }
                continue
            }
            let kind: Block.Kind
            switch c.role {
            case .heading: kind = .heading
            case .caption: kind = .caption
            case .structure: kind = .other
            case .paragraph, .header: kind = .paragraph
            }
            blocks.append(makeBlock(kind: kind, c.block, format: raw.format, index: blocks.count, ids: &sentenceIDs))
        }
        return Article(id: raw.id, sourceFile: raw.sourceFile, format: raw.format, meta: meta, title: title,
                       headline: headline, blocks: blocks, removed: furniture.removed, contentHash: raw.contentHash)
    }

    private func makeBlock(kind: Block.Kind, _ b: SourceBlock, format: RawArticle.Format, index: Int, ids: inout SentenceIDs) -> Block {
        switch kind {
        case .paragraph, .deck:
            let sentences = splitSentences(plain: b.plain, markdown: format == .markdown ? b.source : nil,
                                           block: index, ids: &ids)
            return Block(kind: kind, markdown: sentences.map(\.markdown).joined(separator: " "), sentences: sentences)
        case .heading, .caption, .other, .item:
            let s = Sentence(id: ids.next(for: b.plain), text: b.plain, block: index, markdown: b.source)
            return Block(kind: kind, markdown: b.source, sentences: [s])
        }
    }

    /// Splits Markdown source when there is markup to keep, else plain text (escaped for cmark).
    private func splitSentences(plain: String, markdown: String?, block: Int, ids: inout SentenceIDs) -> [Sentence] {
        if let markdown {
            return rules.splitter.split(markdown).map { r in
                let md = String(markdown[r])
                let text = MarkdownText.plain(md)
                return Sentence(id: ids.next(for: text), text: text, block: block, markdown: md)
            }
        }
        return rules.splitter.split(plain).map { r in
            let text = String(plain[r])
            return Sentence(id: ids.next(for: text), text: text, block: block, markdown: MarkdownText.escape(text))
        }
    }

    static func shorten(_ sentence: String, words: Int) -> String {
        let parts = sentence.split(separator: " ")
        guard parts.count > words else { return sentence }
        var cut = parts.prefix(words).joined(separator: " ")
        while let last = cut.last, ",;:–—-".contains(last) { cut.removeLast() }
        return cut + " …"
    }
}

/// Sentence anchors from the normalised text, with a counter for repeats: adding a paragraph
/// elsewhere moves no anchor.
struct SentenceIDs {
    private var used = Set<String>()

    mutating func next(for text: String) -> String {
        Slug.unique("s-" + StableHash.hex(normalise(text), length: 6), in: &used)
    }
}

/// Lowercase letters and digits only, single spaces: the form two copies of a line share.
/// ASCII is handled byte by byte; other letters through their Unicode properties.
func normalise(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var space = false
    var ascii = true
    for b in text.utf8 where b >= 0x80 { ascii = false; break }
    if ascii {
        for var b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { b += 32 }
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                out.append(b)
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for ch in text.unicodeScalars {
        if ch.properties.isAlphabetic || ch.properties.numericType != nil {
            if space && !result.isEmpty { result.unicodeScalars.append(" ") }
            space = false
            if ch.isASCII {
                result.unicodeScalars.append(ch.value >= 0x41 && ch.value <= 0x5A ? Unicode.Scalar(ch.value + 32)! : ch)
            } else {
                result += ch.properties.lowercaseMapping
            }
        } else {
            space = true
        }
    }
    return result
}
