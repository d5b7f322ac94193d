/// A sentence with its tokens and its place in the article (headline first, then paragraphs in order).
/// A class: the rules pass sentences around a lot, and sharing one costs a single reference count.
final class TokenSentence: Sendable {
    let sentence: Sentence
    let tokens: [Token]
    /// Place among all read sentences of the article.
    let index: Int
    /// Place of its paragraph among `ArticleTokens.paragraphs`.
    let paragraph: Int
    /// True for the headline (title case is allowed there: "Yoon Says …").
    var isHeadline: Bool { sentence.block < 0 }
    /// A headline in title case ("Governor Sujana Bans Bottled Water Under 1 Liter"): most of its words (three
    /// or more) capitalised, so capitals there do not tell a name's words from the rest.
    var isTitleCaseHeadline: Bool { isHeadline && tokens.isTitleCase }

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

    /// The lexicon sections of each token (`WordClass`), looked up once.
    let classes: [WordClass]

    init(sentence: Sentence, tokens: [Token], index: Int, paragraph: Int, vocab: AttributionVocabulary) {
        self.sentence = sentence
        self.tokens = tokens
        self.index = index
        self.paragraph = paragraph
        var lowers: [String] = []
        var classes: [WordClass] = []
        lowers.reserveCapacity(tokens.count)
        classes.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .word:
                lowers.append(t.lower)
                classes.append(vocab.wordClasses(t, opensSentence: i == 0))
            case .possessive:  // "'s" is a be-form in "it's"
                lowers.append(t.text)
                classes.append(vocab.classes(of: t.text))
            case .number, .punct:  // no lexicon has numbers or punctuation
                lowers.append(t.text)
                classes.append([])
            }
        }
        // "pointed out": the particle reports like a speech verb, the verb before it is skipped like an adverb.
        for i in tokens.indices.dropLast() where tokens[i].kind == .word && tokens[i + 1].kind == .word {
            if let particles = vocab.phrasal[lowers[i]], particles.contains(lowers[i + 1]) {
                classes[i] = .adverbs
                classes[i + 1] = [.speechVerbs, .reportingVerbs]
            }
        }
        self.lowers = lowers
        self.classes = classes
        self.allClasses = classes.reduce(into: WordClass()) { $0.formUnion($1) }
    }

    /// Every lexicon section some word of the sentence is in: a rule whose cue words are all missing skips it.
    let allClasses: WordClass

    func lower(_ i: Int) -> String { lowers[i] }
    /// Whether token `i` is in any of the lexicon sections `c`.
    func has(_ i: Int, _ c: WordClass) -> Bool { !classes[i].isDisjoint(with: c) }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    /// Nothing but punctuation before token `o`: a quote opening there opens the sentence.
    func opens(at o: Int) -> Bool { !tokens[0..<o].contains { $0.kind != .punct } }
    /// A word ending like an English plural ("porters", "tenants"; not "boss", "press").
    func looksPlural(_ i: Int) -> Bool { isWord(i) && lowers[i].hasSuffix("s") && !lowers[i].hasSuffix("ss") }
    /// The comma of "in Rochester, New York" / "from Lyon, France": between a capitalised place after "in" or
    /// "from" and the capitalised state or country after it. Inside an appositive it ends nothing.
    func isPlaceComma(_ i: Int) -> Bool {
        guard i >= 2, i + 1 < tokens.count, tokens[i].text == ",", isWord(i - 1), tokens[i - 1].isCapitalized,
              isWord(i + 1), tokens[i + 1].isCapitalized else { return false }
        var j = i - 1
        while j > 0, i - j <= 3, isWord(j), tokens[j].isCapitalized { j -= 1 }
        // (Not after "of": "the mayor of Tiszavasvári, József Balogh," has a name after its comma.)
        return j < i - 1 && isWord(j) && ["in", "from"].contains(lowers[j])
    }

    /// The apostrophe of a plural possessive ("the dockers' union"), which the tokenizer leaves as punctuation.
    func isPluralPossessive(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count, tokens[i].text == "'" || tokens[i].text == "’", tokens[i].attached,
              tokens[i - 1].kind == .word, lowers[i - 1].hasSuffix("s") else { return false }
        return i + 1 == tokens.count || !tokens[i + 1].attached
    }
}

/// A place in the article: sentence index, then token index.
struct TextPosition: Comparable, Hashable, Sendable {
    let sentence: Int
    let token: Int
    static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.sentence, a.token) < (b.sentence, b.token)
    }
}

/// The article's readable paragraphs (`TextParagraphs`: headline, paragraphs, headings, deck) with the
/// tokens of the article's shared `ArticleTokenCache`.
struct ArticleTokens: Sendable {
    let paragraphs: [[TokenSentence]]
    let sentences: [TokenSentence]

    init(_ article: Article, tokens cache: ArticleTokenCache, vocab: AttributionVocabulary) {
        var paragraphs: [[TokenSentence]] = []
        var all: [TokenSentence] = []
        for (p, para) in TextParagraphs(article).paragraphs.enumerated() {
            var out: [TokenSentence] = []
            for s in para {
                let t = TokenSentence(sentence: s, tokens: Self.withoutBracketedHonorifics(cache.tokens(s), vocab), index: all.count,
                                      paragraph: p, vocab: vocab)
                out.append(t)
                all.append(t)
            }
            paragraphs.append(out)
        }
        self.paragraphs = paragraphs
        self.sentences = all
    }

    /// The tokens without the brackets around an honorific inside a chain of titles ("Dr. (Mrs.) Adaeze Obi",
    /// "Brigadier General (Rtd.) Musa Kamara"): between a word or an honorific's dot and a capitalised word,
    /// "(", one word of `AttributionVocabulary.bracketedHonorifics`, perhaps its dot, and ")".
    static func withoutBracketedHonorifics(_ tokens: [Token], _ vocab: AttributionVocabulary) -> [Token] {
        guard tokens.contains(where: { $0.kind == .punct && $0.text == "(" }) else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            if i > 0, tokens[i].text == "(", i + 3 < tokens.count, tokens[i + 1].kind == .word,
               vocab.bracketedHonorifics.contains(String(tokens[i + 1].lower.prefix { $0 != "." })), tokens[i - 1].kind == .word || tokens[i - 1].text == "." {
                let close = tokens[i + 2].text == "." ? i + 3 : i + 2
                // The brackets go, the honorific stays: "Alhaja (Mrs.) Sikirat Bakare" tells her gender.
                if close + 1 < tokens.count, tokens[close].text == ")", tokens[close + 1].kind == .word, tokens[close + 1].isCapitalized {
                    out.append(contentsOf: tokens[(i + 1)..<close])
                    i = close + 1
                    continue
                }
            }
            out.append(tokens[i])
            i += 1
        }
        return out
    }
}
