/// One stretch of quoted words inside one paragraph.
struct QuotePiece: Sendable {
    enum Family: Sendable { case double, single }
    let family: Family
    /// Sentence (index within the paragraph) and token of the opening mark.
    let openSentence: Int
    let openToken: Int
    /// Sentence and token of the closing mark; `closeToken` is nil when the paragraph ended first
    /// (a quote continued in the next paragraph, or a page cut off mid-quote).
    let closeSentence: Int
    let closeToken: Int?
    let words: Int
    /// A quote inside another quote (“When they say ‘affordable’, …”): someone else's words, reported by the speaker.
    var isNested = false
    var isClosed: Bool { closeToken != nil }

    /// One sentence that asks a question: in an interview, the interviewer's, not the speaker's.
    func isOnlyQuestion(in para: [TokenSentence]) -> Bool {
        guard let c = closeToken, openSentence == closeSentence else { return false }
        let s = para[closeSentence]
        return (max(0, c - 2)..<c).contains { s.tokens[$0].text == "?" }
    }

    /// The quote closes and nothing but punctuation follows its closing mark in that sentence.
    func endsItsSentence(in para: [TokenSentence]) -> Bool {
        guard let c = closeToken else { return false }
        let s = para[closeSentence]
        return (c + 1..<s.tokens.count).allSatisfy { s.tokens[$0].kind == .punct }
    }
}

/// Finds quotation-mark spans in a paragraph, by hand over its tokens.
///
/// Marks: " “ ” ‘ ’ « » „ ‚ ‹ › 「 」 『 』. Straight double quotes pair by position; curly and angle marks
/// by their shape, with the attachment of the mark to its neighbours deciding the ambiguous cases
/// ("„…“" German, "»…«" Danish, “ misused as a closing mark). An apostrophe inside a word (don’t,
/// Korea’s) never reaches this scanner: the tokenizer keeps it in the word. Marks of the other family
/// inside an open quote are nested quotes: part of the outer quote, and a piece of their own
/// (`isNested`) when they close before it. Nothing runs past the paragraph's end or past
/// `AttributionLimits.maxQuoteWords`.
enum QuoteScanner {
    private static let doubleMarks: Set<String> = ["\"", "“", "”", "„", "«", "»", "「", "」", "『", "』", "‟", "〝", "〞"]
    private static let singleMarks: Set<String> = ["'", "‘", "’", "‚", "‹", "›"]
    private static let openingGlyphs: Set<String> = ["“", "„", "«", "‘", "‚", "‹", "「", "『", "‟", "〝"]
    private static let closingGlyphs: Set<String> = ["”", "»", "’", "›", "」", "』", "〞"]
    /// Pairs where an opening-looking glyph closes: German „…“ and ‚…‘, Danish »…«.
    private static let reversedPairs: Set<String> = ["„“", "‚‘", "»«", "›‹"]
    /// Punctuation that may stand right before an opening mark without making it look closing.
    private static let openers: Set<String> = ["(", "[", "{", "—", "–", "-", "/"]
    /// Punctuation that may follow a closing mark without making it look opening.
    private static let closers: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "}", "…", "—", "–"]

    static func isQuoteMark(_ t: Token) -> Bool {
        t.kind == .punct && mayBeQuoteMark(t) && (doubleMarks.contains(t.text) || singleMarks.contains(t.text))
    }

    /// A cheap first test: every mark is `"` or `'`, or starts with a non-ASCII byte ("“" «…»); commas and
    /// full stops, most punctuation, never do.
    private static func mayBeQuoteMark(_ t: Token) -> Bool {
        guard let b = t.text.utf8.first else { return false }
        return b >= 0x80 || b == 0x22 || b == 0x27
    }

    private enum Shape { case opening, closing, either }

    private static func shape(_ toks: [Token], _ i: Int) -> Shape {
        let spaceLeft = i == 0 || !toks[i].attached || (toks[i - 1].kind == .punct && openers.contains(toks[i - 1].text))
        let spaceRight = i + 1 >= toks.count || !toks[i + 1].attached
            || (toks[i + 1].kind == .punct && closers.contains(toks[i + 1].text))
        if spaceLeft && !spaceRight { return .opening }
        if !spaceLeft && spaceRight { return .closing }
        return .either
    }

    private struct Open {
        let mark: String
        let sentence: Int
        let token: Int
        var words = 0
    }

    static func scan(_ paragraph: [TokenSentence]) -> [QuotePiece] {
        var pieces: [QuotePiece] = []
        var nested: [QuotePiece] = []
        var open: Open?
        var inner: Open?  // a quote of the other family inside `open`
        var family = QuotePiece.Family.double
        for (s, sentence) in paragraph.enumerated() {
            let toks = sentence.tokens
            for i in toks.indices {
                let t = toks[i]
                if t.kind == .word || t.kind == .number {
                    if open != nil {
                        open!.words += 1
                        inner?.words += 1
                        if open!.words > AttributionLimits.maxQuoteWords { open = nil; inner = nil }  // runaway: drop it
                    }
                    continue
                }
                guard t.kind == .punct else { continue }
                guard mayBeQuoteMark(t) else { continue }
                let isDouble = doubleMarks.contains(t.text)
                guard isDouble || singleMarks.contains(t.text) else { continue }
                let markFamily: QuotePiece.Family = isDouble ? .double : .single
                let sh = shape(toks, i)
                if let o = open {
                    // Marks of the other family are nested quotes inside this one.
                    guard markFamily == family else {
                        if let n = inner, closes(n.mark, t.text, sh) {
                            if n.words > 0 {
                                var piece = QuotePiece(family: markFamily, openSentence: n.sentence, openToken: n.token,
                                                       closeSentence: s, closeToken: i, words: n.words)
                                piece.isNested = true
                                nested.append(piece)
                            }
                            inner = nil
                        } else if inner == nil, opens(t.text, sh, toks, i) {
                            inner = Open(mark: t.text, sentence: s, token: i)
                        }
                        continue
                    }
                    inner = nil
                    if closes(o.mark, t.text, sh) {
                        if o.words > 0 {
                            pieces.append(QuotePiece(family: family, openSentence: o.sentence, openToken: o.token,
                                                     closeSentence: s, closeToken: i, words: o.words))
                        }
                        open = nil
                    } else if opens(t.text, sh, toks, i) {
                        // A second opening mark: the first never closed. Start again here.
                        open = Open(mark: t.text, sentence: s, token: i)
                    }
                } else if opens(t.text, sh, toks, i) {
                    open = Open(mark: t.text, sentence: s, token: i)
                    family = markFamily
                }
            }
        }
        if let o = open, o.words > 0 {
            pieces.append(QuotePiece(family: family, openSentence: o.sentence, openToken: o.token,
                                     closeSentence: paragraph.count - 1, closeToken: nil, words: o.words))
        }
        guard !nested.isEmpty else { return pieces }
        // In text order: each nested piece after the quote it sits in.
        return (pieces + nested).sorted { ($0.openSentence, $0.openToken) < ($1.openSentence, $1.openToken) }
    }

    private static func closes(_ openMark: String, _ c: String, _ sh: Shape) -> Bool {
        if c == "\"" { return true }  // straight quotes pair by position
        if c == "'" { return sh != .opening }
        if closingGlyphs.contains(c) { return true }
        if reversedPairs.contains(openMark + c) { return true }
        return sh == .closing  // “ used as a closing mark
    }

    private static func opens(_ c: String, _ sh: Shape, _ toks: [Token], _ i: Int) -> Bool {
        switch c {
        case "\"":
            // 5" (inches) is not a quote mark.
            if i > 0, toks[i].attached, toks[i - 1].kind == .number { return false }
            return true
        case "'":
            return sh == .opening
        case "’":
            return false  // an apostrophe ('tis, ’90s), never an opening mark
        default:
            if openingGlyphs.contains(c) { return sh != .closing || c == "„" }
            return sh == .opening  // Swedish ”…”, Danish »…«
        }
    }

    /// For each sentence of the paragraph, which tokens are inside quotation marks (the marks included).
    static func insideMask(_ paragraph: [TokenSentence], _ pieces: [QuotePiece]) -> [[Bool]] {
        var mask = paragraph.map { [Bool](repeating: false, count: $0.tokens.count) }
        for p in pieces {
            for s in p.openSentence...p.closeSentence {
                let from = s == p.openSentence ? p.openToken : 0
                let to = (s == p.closeSentence ? p.closeToken : nil) ?? (paragraph[s].tokens.count - 1)
                if from <= to { for i in from...to { mask[s][i] = true } }
            }
        }
        return mask
    }
}
