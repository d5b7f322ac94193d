/// A sentence with its tokens and its place in the article (headline first, then paragraphs in order).
struct TokenSentence: Sendable {
    let sentence: Sentence
    let tokens: [Token]
    /// Place among all read sentences of the article.
    let index: Int
    /// Place of its paragraph among `ArticleTokens.paragraphs`.
    let paragraph: Int
    /// True for the headline (title case is allowed there: "Yoon Says …").
    var isHeadline: Bool { sentence.block < 0 }

    /// The exact text of tokens `a..<b` (empty range → "").
    func text(_ r: Range<Int>) -> String {
        guard !r.isEmpty, r.lowerBound >= 0, r.upperBound <= tokens.count else { return "" }
        return tokens.span(r.lowerBound, r.upperBound - 1, in: sentence.text)
    }

    /// The exact text between two UTF-8 offsets of the sentence.
    func text(bytes lo: Int, _ hi: Int) -> String {
        let u = sentence.text.utf8
        guard lo >= 0, hi <= u.count, lo < hi else { return "" }
        return String(sentence.text[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)])
    }

    /// Lowercased token texts, computed once (rules compare lowercased words many times per token).
    let lowers: [String]

    init(sentence: Sentence, tokens: [Token], index: Int, paragraph: Int) {
        self.sentence = sentence
        self.tokens = tokens
        self.index = index
        self.paragraph = paragraph
        self.lowers = tokens.map { $0.kind == .word ? $0.text.lowercased() : $0.text }
    }

    func lower(_ i: Int) -> String { lowers[i] }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
}

/// A place in the article: sentence index, then token index.
struct TextPosition: Comparable, Hashable, Sendable {
    let sentence: Int
    let token: Int
    static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.sentence, a.token) < (b.sentence, b.token)
    }
}

/// The article's readable paragraphs (`TextParagraphs`: headline, paragraphs, headings, deck) tokenized once.
struct ArticleTokens: Sendable {
    let paragraphs: [[TokenSentence]]
    let sentences: [TokenSentence]

    init(_ article: Article) {
        var paragraphs: [[TokenSentence]] = []
        var all: [TokenSentence] = []
        for (p, para) in TextParagraphs(article).paragraphs.enumerated() {
            var out: [TokenSentence] = []
            for s in para {
                let t = TokenSentence(sentence: s, tokens: Tokenizer.tokens(s.text), index: all.count, paragraph: p)
                out.append(t)
                all.append(t)
            }
            paragraphs.append(out)
        }
        self.paragraphs = paragraphs
        self.sentences = all
    }
}
