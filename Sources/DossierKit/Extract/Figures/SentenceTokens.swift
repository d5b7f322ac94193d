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
        var text = text
        text.withUTF8 { bytes in
            for t in tokens {
                // Offsets that do not fit the text (tokens of another sentence) are read from the token.
                guard t.kind == .word, t.end <= bytes.count else {
                    lows.append(t.kind == .word ? t.text.lowercased() : t.text)
                    flags.append(t.kind == .word && t.isCapitalized ? Self.capital : 0)
                    continue
                }
                // Most words are plain lowercase ASCII: keep their text rather than building a copy.
                var ascii = true
                var upper = false
                var flag: UInt8 = 0
                for p in t.start..<t.end {
                    let b = bytes[p]
                    if b >= 0x80 { ascii = false }
                    if b >= 65 && b <= 90 { upper = true }
                    if b == 0x2D { flag |= Self.hyphen }
                }
                if ascii {
                    lows.append(upper ? Self.asciiLowercased(UnsafeBufferPointer(rebasing: bytes[t.start..<t.end])) : t.text)
                    if bytes[t.start] >= 65 && bytes[t.start] <= 90 { flag |= Self.capital }
                } else {
                    lows.append(t.text.lowercased())
                    if t.isCapitalized { flag |= Self.capital }
                }
                flags.append(flag)
            }
        }
        self.lows = lows
        self.flags = flags
    }

    /// Lowercase of an ASCII word without going through Unicode case mapping.
    private static func asciiLowercased(_ u: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: u.count) { buf in
            var i = 0
            for b in u {
                buf[i] = b >= 65 && b <= 90 ? b + 32 : b
                i += 1
            }
            return i
        }
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
