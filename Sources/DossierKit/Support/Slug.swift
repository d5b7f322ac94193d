import Foundation

/// File-name-safe slugs: lowercase ASCII letters and digits joined by single hyphens.
/// A slug never contains `/` or `.`, so a page named after one can never leave its folder.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 60, fallback: String = "item") -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var pendingHyphen = false
        for c in folded.unicodeScalars {
            let ascii: String
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                ascii = String(c)
            } else if let letter = letters[c] {
                ascii = letter
            } else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !out.isEmpty { out.append("-") }
            pendingHyphen = false
            out += ascii
            if out.utf8.count >= maxLength { break }
        }
        return out.isEmpty ? fallback : out
    }

    /// Letters that folding diacritics leaves as they are (they are letters of their own, not
    /// letters with a mark), spelled the way they are usually written in ASCII.
    static let letters: [Unicode.Scalar: String] = [
        "đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i", "ħ": "h",
    ]

    /// Makes `slug` unique within `taken` by appending -2, -3, …
    public static func unique(_ slug: String, in taken: inout Set<String>) -> String {
        var candidate = slug
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(slug)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
