/// A sentence cut into tokens once, with each token's lowercased text alongside, for the
/// hand-written scanners of the figure and date extractors.
struct SentenceTokens: Sendable {
    let text: String
    let tokens: [Token]
    /// Lowercased text of each token (punctuation as it is).
    let lows: [String]
    /// Whether each token is a word starting with a capital letter.
    private let caps: [Bool]

    init(_ text: String) {
        self.init(text, tokens: Tokenizer.tokens(text))
    }

    /// A sentence whose tokens were cut before (`ArticleTokenCache`).
    init(_ text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        var lows: [String] = []
        var caps: [Bool] = []
        lows.reserveCapacity(tokens.count)
        caps.reserveCapacity(tokens.count)
        for t in tokens {
            guard t.kind == .word else {
                lows.append(t.text)
                caps.append(false)
                continue
            }
            // Most words are plain lowercase ASCII: keep their text rather than building a copy.
            var ascii = true
            var upper = false
            for b in t.text.utf8 {
                if b >= 0x80 { ascii = false; break }
                if b >= 65 && b <= 90 { upper = true }
            }
            lows.append(ascii && !upper ? t.text : t.text.lowercased())
            if ascii, let first = t.text.utf8.first {
                caps.append(first >= 65 && first <= 90)
            } else {
                caps.append(t.isCapitalized)
            }
        }
        self.lows = lows
        self.caps = caps
    }

    /// Dashes that join the two numbers of a range or a compound ("10-12", "32-nation").
    static let hyphenMarks: Set<String> = ["-", "‐", "–", "—"]

    var count: Int { tokens.count }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    func isPunct(_ i: Int, _ chars: Set<String>) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && chars.contains(tokens[i].text)
    }
    /// The lowercased token at `i`, or "" outside the sentence.
    func low(_ i: Int) -> String { i >= 0 && i < lows.count ? lows[i] : "" }
    func attached(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].attached }
    func capitalized(_ i: Int) -> Bool { i >= 0 && i < caps.count && caps[i] }

    /// A number token made of digits only: "2022", "19", "737" (not "1,500" or "8.5").
    func isPlainDigits(_ i: Int) -> Bool {
        guard isNumber(i) else { return false }
        return tokens[i].text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Whether the token at `i` holds a hyphen-minus ("twenty-five", "mid-June"): a byte test,
    /// not `String.contains`, which goes through Foundation.
    func hasHyphen(_ i: Int) -> Bool { i >= 0 && i < lows.count && lows[i].utf8.contains(0x2D) }

    /// The sentence text covered by tokens `a...b`.
    func span(_ a: Int, _ b: Int) -> String { tokens.span(a, b, in: text) }
}
