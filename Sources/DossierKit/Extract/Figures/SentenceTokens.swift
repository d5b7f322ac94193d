/// A sentence cut into tokens once, with each token's lowercased text alongside, for the
/// hand-written scanners of the figure and date extractors.
struct SentenceTokens: Sendable {
    let text: String
    let tokens: [Token]
    /// Lowercased text of each token (punctuation as it is).
    let lows: [String]
    /// Per token: `capital` (a word starting with a capital letter), `hyphen` (holds a "-").
    private let flags: [UInt8]
    private static let capital: UInt8 = 1
    private static let hyphen: UInt8 = 2

    init(_ text: String) {
        self.init(text, tokens: Tokenizer.tokens(text))
    }

    /// A sentence whose tokens were cut before (`ArticleTokenCache`).
    init(_ text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        var lows: [String] = []
        var flags: [UInt8] = []
        lows.reserveCapacity(tokens.count)
        flags.reserveCapacity(tokens.count)
        for t in tokens {
            // Words lowercased (the tokenizer did it once); punctuation and numbers as they are.
            guard t.kind == .word else {
                lows.append(t.text)
                flags.append(0)
                continue
            }
            lows.append(t.lower)
            flags.append((t.isCapitalized ? Self.capital : 0) | (t.hasHyphen ? Self.hyphen : 0))
        }
        self.lows = lows
        self.flags = flags
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
    /// "we’ll", "they'll": the tokenizer keeps a contracted "will" inside its word.
    func endsInContractedWill(_ i: Int) -> Bool { isWord(i) && (low(i).hasSuffix("’ll") || low(i).hasSuffix("'ll")) }
    func attached(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].attached }
    func capitalized(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & Self.capital != 0 }

    /// A number token made of digits only: "2022", "19", "737" (not "1,500" or "8.5").
    func isPlainDigits(_ i: Int) -> Bool {
        guard isNumber(i) else { return false }
        return tokens[i].text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Whether the token at `i` holds a hyphen-minus ("twenty-five", "mid-June"): a byte test,
    /// not `String.contains`, which goes through Foundation.
    func hasHyphen(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & Self.hyphen != 0 }

    /// The sentence text covered by tokens `a...b`.
    func span(_ a: Int, _ b: Int) -> String { tokens.span(a, b, in: text) }
}
