/// Conversions between plain text and Markdown source that the cleaner and renderer need.
/// This is not a Markdown parser: cmark renders; these only keep plain text literal and
/// give extraction a readable sentence.
enum MarkdownText {
    /// Escapes plain text so that cmark shows it literally (quotes stay unescaped for smart punctuation).
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        var digits = 0
        for b in text.utf8 {
            if atStart {
                if b >= 0x30 && b <= 0x39 { digits += 1; out.append(b); continue }
                // "1." or "1)" at the start would open a list; "-", "+", "=" a list or heading.
                if digits > 0, b == 0x2E || b == 0x29 { out.append(0x5C) }
                if digits == 0, b == 0x2D || b == 0x2B || b == 0x3D { out.append(0x5C) }
                atStart = false
            }
            switch b {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x21, 0x7C, 0x7E, 0x26, 0x7B, 0x7D:
                out.append(0x5C)
                out.append(b)
            default:
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII punctuation, which a backslash makes literal in CommonMark.
    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// Readable text of inline Markdown: link text without targets, no emphasis marks, no escapes.
    static func plain(_ md: String) -> String {
        // Only \ * _ [ ` < & ! can start Markdown syntax or an entity; most sentences have none.
        guard md.utf8.contains(where: { b in b == 0x5C || b == 0x2A || b == 0x5F || b == 0x5B || b == 0x60 || b == 0x3C || b == 0x26 || b == 0x21 })
        else { return md }
        let s = Array(md.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            switch c {
            case "\\":
                if i + 1 < s.count, Self.escapable.contains(s[i + 1]) {
                    out.append(s[i + 1])
                    i += 2
                    continue
                }
                out.append(c)
            case "*", "`":
                break
            case "_":
                // Emphasis only at a word's edge: snake_case stays.
                let prevWord = i > 0 && (s[i - 1].properties.isAlphabetic || s[i - 1].properties.numericType != nil)
                let nextWord = i + 1 < s.count && (s[i + 1].properties.isAlphabetic || s[i + 1].properties.numericType != nil)
                if prevWord && nextWord { out.append(c) }
            case "!" where i + 1 < s.count && s[i + 1] == "[":
                break
            case "]":
                // Drop a link target: ](…) or ][ref]
                if i + 1 < s.count, s[i + 1] == "(" || s[i + 1] == "[" {
                    let close: Unicode.Scalar = s[i + 1] == "(" ? ")" : "]"
                    var j = i + 2
                    var depth = 1
                    while j < s.count, depth > 0 {
                        if s[j] == s[i + 1] { depth += 1 } else if s[j] == close { depth -= 1 }
                        j += 1
                    }
                    i = j
                    continue
                }
            case "[":
                break
            case "<":
                // Autolinks keep their text; inline HTML tags go.
                var j = i + 1
                while j < s.count, s[j] != ">", s[j] != " " { j += 1 }
                if j < s.count, s[j] == ">" {
                    let inner = String(String.UnicodeScalarView(s[(i + 1)..<j]))
                    if inner.contains(":") && !inner.hasPrefix("/") { out.append(contentsOf: inner.unicodeScalars) }
                    i = j + 1
                    continue
                }
                out.append(c)
            case "&":
                if let (decoded, length) = entity(s, at: i) {
                    out.append(contentsOf: decoded.unicodeScalars)
                    i += length
                    continue
                }
                out.append(c)
            default:
                out.append(c)
            }
            i += 1
        }
        return String(out)
    }

    private static let entities: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "mdash": "—", "ndash": "–", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“"]

    private static func entity(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = i + 1
        while j < s.count, j - i < 10, s[j] != ";" { j += 1 }
        guard j < s.count, s[j] == ";" else { return nil }
        let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        if let v = entities[name] { return (v, j - i + 1) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let u = Unicode.Scalar(value) { return (String(u), j - i + 1) }
        }
        return nil
    }
}
