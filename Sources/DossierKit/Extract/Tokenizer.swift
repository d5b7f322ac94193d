/// A word, number or punctuation mark of a sentence, with its place in the sentence.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Letters (with inner apostrophes, hyphens and dots: "Tong-hyung", "U.S.").
        case word
        /// Digits with their separators and decimal point: "1,500", "8.5", "3958".
        case number
        /// `'s` or `’s` after a word.
        case possessive
        /// Any other single character: punctuation, quote marks, currency signs, `%`.
        case punct
    }

    public let kind: Kind
    public let text: String
    /// Offsets in the sentence's UTF-8 bytes.
    public let start: Int
    public let end: Int

    public var lower: String { text.lowercased() }
    public var isCapitalized: Bool {
        guard let f = text.unicodeScalars.first else { return false }
        if f.isASCII { return f.value >= 0x41 && f.value <= 0x5A }  // most words: no Unicode property lookup
        return f.properties.isUppercase
    }
    /// True when the token directly follows the previous one, without a space ("32" "-" "nation").
    public var attached: Bool = false
}

/// Cuts a sentence into tokens by hand (this runs over every sentence of the corpus).
public enum Tokenizer {
    public static func tokens(_ text: String) -> [Token] {
        let s = Array(text.unicodeScalars)
        var offsets: [Int] = []  // UTF-8 offset of each scalar, plus the end
        offsets.reserveCapacity(s.count + 1)
        var o = 0
        for u in s {
            offsets.append(o)
            o += UTF8.width(u)
        }
        offsets.append(o)

        // Token texts are cut from the UTF-8 bytes: much cheaper than rebuilding them scalar by scalar.
        let bytes = Array(text.utf8)
        var out: [Token] = []
        var i = 0
        var lastEnd = -1
        func emit(_ kind: Token.Kind, _ a: Int, _ b: Int) {
            var t = Token(kind: kind, text: String(decoding: bytes[offsets[a]..<offsets[b]], as: UTF8.self), start: offsets[a], end: offsets[b])
            t.attached = offsets[a] == lastEnd
            lastEnd = offsets[b]
            out.append(t)
        }
        while i < s.count {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            if isDigit(c) {
                var j = i + 1
                while j < s.count {
                    if isDigit(s[j]) { j += 1; continue }
                    // A separator or decimal point counts when a digit follows: 1,500 · 8.5 · 12 000 (thin space)
                    if (s[j] == "," || s[j] == "." || s[j] == "\u{202F}" || s[j] == "\u{A0}" || s[j] == "'"), j + 1 < s.count, isDigit(s[j + 1]) {
                        j += 1
                        continue
                    }
                    break
                }
                emit(.number, i, j)
                i = j
                continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < s.count {
                    if isLetter(s[j]) || isDigit(s[j]) { j += 1; continue }  // G7, F16 stay one word
                    // Inner hyphen, apostrophe or dot joins letters: Tong-hyung, O'Brien, U.S.
                    if (s[j] == "-" || s[j] == "‐" || s[j] == "." || s[j] == "'" || s[j] == "’"), j + 1 < s.count, isLetter(s[j + 1]) {
                        // …but not the possessive 's / ’s at a word's end.
                        if (s[j] == "'" || s[j] == "’"), (s[j + 1] == "s" || s[j + 1] == "S"), j + 2 >= s.count || !isLetter(s[j + 2]) { break }
                        j += 1
                        continue
                    }
                    break
                }
                // Dotted abbreviations keep their final dot: "U.S." but not "said."
                if j < s.count, s[j] == ".", j - i >= 2, s[j - 2] == "." { j += 1 }
                emit(.word, i, j)
                i = j
                if i + 1 < s.count, s[i] == "'" || s[i] == "’", s[i + 1] == "s" || s[i + 1] == "S", i + 2 >= s.count || !isLetter(s[i + 2]) {
                    emit(.possessive, i, i + 2)
                    i += 2
                }
                continue
            }
            emit(.punct, i, i + 1)
            i += 1
        }
        return out
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\u{A0}" || c == "\u{202F}"
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isAlphabetic
    }
}

extension Array where Element == Token {
    /// The sentence text covered by tokens `a...b`.
    public func span(_ a: Int, _ b: Int, in text: String) -> String {
        let u = text.utf8
        let lo = u.index(u.startIndex, offsetBy: self[a].start)
        let hi = u.index(u.startIndex, offsetBy: self[b].end)
        return String(text[lo..<hi])
    }
}
