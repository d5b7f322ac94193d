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
    /// The text lowercased, computed once when the sentence is cut: rules compare lowercased
    /// words many times per token, in every extractor.
    public let lower: String
    /// The first character is an uppercase letter.
    public let isCapitalized: Bool
    /// The text holds a hyphen-minus ("twenty-five", "mid-June").
    let hasHyphen: Bool
    /// True when the token directly follows the previous one, without a space ("32" "-" "nation").
    public var attached: Bool = false
    /// A dash between words: an em or en dash, or a hyphen-minus standing alone, as plain text types one
    /// ("«…» - admitted Rabino").
    var isDash: Bool { text == "—" || text == "–" || (text == "-" && !attached) }

    public init(kind: Kind, text: String, start: Int, end: Int) {
        self.init(kind: kind, text: text, start: start, end: end, lower: text.lowercased(),
                  isCapitalized: text.unicodeScalars.first?.properties.isUppercase ?? false, hasHyphen: text.utf8.contains(0x2D))
    }

    init(kind: Kind, text: String, start: Int, end: Int, lower: String, isCapitalized: Bool, hasHyphen: Bool) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.lower = lower
        self.isCapitalized = isCapitalized
        self.hasHyphen = hasHyphen
    }
}

extension Array where Element == Token {
    /// Headline style ("Floods Kill 40 In Spain", "Governor Sujana Bans Bottled Water Under 1 Liter"): at least
    /// three words, most of them capitalised (`FigureLimits.titleCaseShare`). Capitals there say nothing about
    /// names or product names.
    var isTitleCase: Bool {
        var words = 0
        var capitals = 0
        for t in self where t.kind == .word {
            words += 1
            if t.isCapitalized { capitals += 1 }
        }
        return words >= 3 && Double(capitals) >= FigureLimits.titleCaseShare * Double(words)
    }
}

/// Cuts a sentence into tokens by hand, in one pass over its UTF-8 bytes (this runs over every
/// sentence of the corpus: no scalar array, no per-character String).
public enum Tokenizer {
    /// Scale words an amount glued to a currency code may take after a space ("Sh45 million"), as bytes.
    private static let spacedScales: [[UInt8]] = [Array("million".utf8), Array("billion".utf8)]

    public static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(utf8: $0) }
    }

    private static func tokens(utf8 b: UnsafeBufferPointer<UInt8>) -> [Token] {
        let n = b.count
        var out: [Token] = []
        out.reserveCapacity(n / 5 + 1)
        var lastEnd = -1
        func emit(_ kind: Token.Kind, _ a: Int, _ e: Int) {
            let bytes = UnsafeBufferPointer(rebasing: b[a..<e])
            let text = String(decoding: bytes, as: UTF8.self)
            // Lowercase and capital by bytes for ASCII (nearly every token), by Unicode otherwise.
            var ascii = true, upper = false, hyphen = false
            for c in bytes {
                if c >= 0x80 { ascii = false }
                if c >= 0x41 && c <= 0x5A { upper = true }
                if c == 0x2D { hyphen = true }
            }
            let lower = !ascii ? text.lowercased() : upper ? asciiLowercased(bytes) : text
            var capital = ascii ? (b[a] >= 0x41 && b[a] <= 0x5A) : scalar(a).0.properties.isUppercase
            if !capital, hyphen, kind == .word { capital = Self.isArticlePrefixedName(bytes) }
            var t = Token(kind: kind, text: text, start: a, end: e, lower: lower, isCapitalized: capital, hasHyphen: hyphen)
            t.attached = a == lastEnd
            lastEnd = e
            out.append(t)
        }
        /// The scalar at byte `p` (inside the text) and its width in bytes.
        func scalar(_ p: Int) -> (Unicode.Scalar, Int) {
            let b0 = UInt32(b[p])
            if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
            if b0 < 0xE0 { return (Unicode.Scalar(((b0 & 0x1F) << 6) | UInt32(b[p + 1] & 0x3F)) ?? " ", 2) }
            if b0 < 0xF0 {
                let v = ((b0 & 0x0F) << 12) | (UInt32(b[p + 1] & 0x3F) << 6) | UInt32(b[p + 2] & 0x3F)
                return (Unicode.Scalar(v) ?? " ", 3)
            }
            let v = ((b0 & 0x07) << 18) | (UInt32(b[p + 1] & 0x3F) << 12) | (UInt32(b[p + 2] & 0x3F) << 6) | UInt32(b[p + 3] & 0x3F)
            return (Unicode.Scalar(v) ?? " ", 4)
        }
        func isDigitAt(_ p: Int) -> Bool { p < n && b[p] >= 0x30 && b[p] <= 0x39 }
        func isLetterAt(_ p: Int) -> Bool {
            guard p < n else { return false }
            if b[p] < 0x80 { return isASCIILetter(b[p]) }
            return isLetter(scalar(p).0)
        }
        /// `'s` or `’s` at byte `p` closing a word (no letter after it): its width, else 0.
        func possessiveWidth(_ p: Int) -> Int {
            let w: Int
            if p < n, b[p] == 0x27 { w = 1 } else if isRightQuote(p) { w = 3 } else { return 0 }
            guard p + w < n, b[p + w] == 0x73 || b[p + w] == 0x53, !isLetterAt(p + w + 1) else { return 0 }
            return w + 1
        }
        /// One to three ASCII letters from `a` to `e` (exclusive), the first a capital ("R", "KD", "Sh", "KSh").
        func isCurrencyPrefix(_ a: Int, _ e: Int) -> Bool {
            e - a <= 3 && b[a] >= 0x41 && b[a] <= 0x5A && (a..<e).allSatisfy { isASCIILetter(b[$0]) }
        }
        /// Two or three ASCII letters from `a` to `e`, a capital then lowercase ("Sh", "Rs", "Ksh").
        func isMixedCase(_ a: Int, _ e: Int) -> Bool {
            e - a >= 2 && (a + 1..<e).allSatisfy { b[$0] >= 0x61 && b[$0] <= 0x7A }
        }
        func isASCIILetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        /// Digits at `p` with a separator or decimal point inside ("480,000", "1.1") or a scale letter after
        /// them ("38m", "2bn"): an amount, unlike the bare digits of a model name ("F16", "A380").
        func isAmountShaped(_ p: Int) -> Bool {
            var q = p
            while isDigitAt(q) { q += 1 }
            guard q < n else { return false }
            if (b[q] == 0x2C || b[q] == 0x2E), isDigitAt(q + 1) { return true }
            // "Sh45 million", "Sh2 billion", "R340-million": a scale word after a space or a hyphen.
            if b[q] == 0x20 || b[q] == 0x2D, q + 8 <= n, Self.spacedScales.contains(where: { word in
                word.indices.allSatisfy { b[q + 1 + $0] == word[$0] } }), !isLetterAt(q + 8) { return true }
            let scale = b[q] == 0x6D || b[q] == 0x6B ? 1 : (b[q] == 0x62 && q + 1 < n && b[q + 1] == 0x6E ? 2 : 0)  // m, k, bn
            return scale > 0 && !isLetterAt(q + scale)
        }
        func isRightQuote(_ p: Int) -> Bool { p + 2 < n && b[p] == 0xE2 && b[p + 1] == 0x80 && b[p + 2] == 0x99 }  // ’

        var i = 0
        while i < n {
            let (c, width) = scalar(i)
            if isSpace(c) { i += width; continue }
            if isDigit(c) {
                var j = i + 1
                while j < n {
                    if isDigitAt(j) { j += 1; continue }
                    // A separator or decimal point counts when a digit follows: 1,500 · 8.5 · 12 000 (thin space)
                    let sep: Int
                    switch b[j] {
                    case 0x2C, 0x2E, 0x27: sep = 1                                              // , . '
                    case 0xC2 where j + 1 < n && b[j + 1] == 0xA0: sep = 2                        // no-break space
                    case 0xE2 where j + 2 < n && b[j + 1] == 0x80 && b[j + 2] == 0xAF: sep = 3    // narrow no-break space
                    default: sep = 0
                    }
                    if sep > 0, isDigitAt(j + sep) {
                        j += sep
                        continue
                    }
                    break
                }
                emit(.number, i, j)
                i = j
                continue
            }
            if isLetter(c) {
                var j = i + width
                while j < n {
                    let (d, dw) = scalar(j)
                    // "R480,000", "KD1.1bn", "N8.9m": a short capital prefix glued to an amount is a currency, not
                    // part of a name; the amount is a number of its own.
                    // ("Sh30 a kilo", "Rs500": a capital and lowercase letters before plain digits is money too; model
                    // names glue capitals to digits: "F16", "G7".)
                    if isDigit(d), isCurrencyPrefix(i, j), isAmountShaped(j) || isMixedCase(i, j) { break }
                    if isLetter(d) || isDigit(d) { j += dw; continue }  // G7, F16 stay one word
                    // Inner hyphen, apostrophe or dot joins letters: Tong-hyung, O'Brien, U.S.
                    if d == "-" || d == "\u{2010}" || d == "." || d == "'" || d == "’", isLetterAt(j + dw) {
                        // …but not the possessive 's / ’s at a word's end.
                        if (d == "'" || d == "’"), possessiveWidth(j) > 0 { break }
                        j += dw
                        continue
                    }
                    break
                }
                // Dotted abbreviations keep their final dot: "U.S." but not "said." (the scalar
                // before the last one is a dot).
                if j < n, b[j] == 0x2E {
                    var p = j - 1
                    while p > i, b[p] & 0xC0 == 0x80 { p -= 1 }  // start of the last scalar
                    if p - 1 >= i, b[p - 1] == 0x2E { j += 1 }
                }
                emit(.word, i, j)
                i = j
                let pw = possessiveWidth(i)
                if pw > 0 {
                    emit(.possessive, i, i + pw)
                    i += pw
                }
                continue
            }
            emit(.punct, i, i + width)
            i += width
        }
        return out
    }

    private static func asciiLowercased(_ u: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: u.count) { buf in
            for (i, c) in u.enumerated() { buf[i] = c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
            return u.count
        }
    }

    private static func isASCIILetter(_ u: UInt8) -> Bool { (u >= 0x61 && u <= 0x7A) || (u >= 0x41 && u <= 0x5A) }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\u{A0}" || c == "\u{202F}"
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
        return c.properties.isAlphabetic
    }

    /// "al-Otaibi", "el-Sisi", "ash-Shaibani": an Arabic article written lowercase and hyphenated before a
    /// capitalised name is a name word, capitalised as the name is.
    static func isArticlePrefixedName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let dash = bytes.prefix(4).firstIndex(of: 0x2D), dash >= 2, dash + 1 < bytes.count,
              bytes[dash + 1] >= 0x41 && bytes[dash + 1] <= 0x5A else { return false }
        return arabicArticles.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<dash]), as: UTF8.self))
    }

    private static let arabicArticles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"]
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
