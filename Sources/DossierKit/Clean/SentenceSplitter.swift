/// Cuts a paragraph into sentences, by hand on the UTF-8 bytes (this runs over every word of the corpus).
///
/// A sentence ends at `.`, `!`, `?` or `…`, optionally followed by closing quotes or brackets (German “ and ‘
/// when they touch the stop), when
/// whitespace and then an uppercase letter, digit or opening quote follow. A full stop does not end a
/// sentence after a known abbreviation ("Gen.", "Sept."), a single initial ("John F. Kennedy", "U.S."),
/// or inside a number ("8.5").
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>
    /// Abbreviations only before a digit: "No. 10", but "who voted no. “Some …”" ends its sentence.
    let beforeDigits: Set<String>

    public init(abbreviations: Set<String>, beforeDigits: Set<String> = []) {
        self.abbreviations = abbreviations
        self.beforeDigits = beforeDigits
    }

    /// Returns the sentences' ranges in `text`, trimmed of surrounding spaces.
    public func split(_ text: String) -> [Range<String.Index>] {
        let utf8 = Array(text.utf8)
        var cuts: [Int] = []  // byte offsets where a new sentence starts
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            var end = -1
            if b == 0x2E || b == 0x21 || b == 0x3F {  // . ! ?
                end = i + 1
                while end < n, utf8[end] == 0x2E || utf8[end] == 0x21 || utf8[end] == 0x3F { end += 1 }
            } else if b == 0xE2, i + 2 < n, utf8[i + 1] == 0x80, utf8[i + 2] == 0xA6 {  // …
                end = i + 3
            }
            if end < 0 { i += 1; continue }
            // Closing quotes and brackets belong to the sentence that ends.
            var j = end
            while j < n {
                if utf8[j] == 0x22 || utf8[j] == 0x27 || utf8[j] == 0x29 || utf8[j] == 0x5D || utf8[j] == 0x2A || utf8[j] == 0x5F {
                    j += 1
                } else if j + 2 < n, utf8[j] == 0xE2, utf8[j + 1] == 0x80, utf8[j + 2] == 0x9D || utf8[j + 2] == 0x99 || utf8[j + 2] == 0xBA {
                    j += 3  // ” ’ ›
                } else if j == end, j + 2 < n, utf8[j] == 0xE2, utf8[j + 1] == 0x80, utf8[j + 2] == 0x9C || utf8[j + 2] == 0x98 {
                    j += 3  // German „…“ and ‚…‘: right after the stop, “ and ‘ close
                } else if j + 1 < n, utf8[j] == 0xC2, utf8[j + 1] == 0xBB {
                    j += 2  // »
                } else { break }
            }
            // Then whitespace, then the start of a new sentence.
            var k = j
            while k < n, utf8[k] == 0x20 || utf8[k] == 0x0A || utf8[k] == 0x09 { k += 1 }
            if k == j || k >= n { i = max(j, i + 1); continue }
            if !startsSentence(utf8, at: k) || (b == 0x2E && end == i + 1 && !endsSentence(utf8, stopAt: i, next: k) && !opensQuoteAfterTime(utf8, stopAt: i, next: k)) {
                i = k
                continue
            }
            cuts.append(k)
            i = k
        }
        var ranges: [Range<String.Index>] = []
        var start = 0
        for cut in cuts + [n] {
            if let r = trimmedRange(utf8, start, cut, in: text) { ranges.append(r) }
            start = cut
        }
        return ranges
    }

    private func trimmedRange(_ utf8: [UInt8], _ a: Int, _ b: Int, in text: String) -> Range<String.Index>? {
        var lo = a, hi = b
        while lo < hi, utf8[lo] == 0x20 || utf8[lo] == 0x0A || utf8[lo] == 0x09 { lo += 1 }
        while hi > lo, utf8[hi - 1] == 0x20 || utf8[hi - 1] == 0x0A || utf8[hi - 1] == 0x09 { hi -= 1 }
        guard lo < hi else { return nil }
        let u = text.utf8
        return u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)
    }

    /// Uppercase ASCII, a digit, an opening quote or bracket, or any non-ASCII letter (É, Ж, 한).
    private func startsSentence(_ utf8: [UInt8], at k: Int) -> Bool {
        let c = utf8[k]
        if (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) { return true }
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x2A || c == 0x5F { return true }
        if c == 0xE2, k + 2 < utf8.count, utf8[k + 1] == 0x80, [0x9C, 0x98, 0x9E, 0xB9].contains(utf8[k + 2]) { return true }  // “ ‘ „ ‹
        if c == 0xC2, k + 1 < utf8.count, utf8[k + 1] == 0xAB { return true }  // «
        // "„Who pays?“ – asked Beridze.": a dash before a lowercase word carries the sentence on
        // (translated Russian and Georgian put their attribution after a quote this way).
        if c == 0xE2, k + 2 < utf8.count, utf8[k + 1] == 0x80, utf8[k + 2] == 0x93 || utf8[k + 2] == 0x94 {
            var m = k + 3
            while m < utf8.count, utf8[m] == 0x20 { m += 1 }
            if m < utf8.count, utf8[m] >= 0x61, utf8[m] <= 0x7A { return false }
        }
        if c >= 0xC3 { return !isLowercaseNonASCII(utf8, at: k) }
        return false
    }

    private func isLowercaseNonASCII(_ utf8: [UInt8], at k: Int) -> Bool {
        // Latin-1 lowercase letters à…ÿ are C3 A0…C3 BF.
        utf8[k] == 0xC3 && k + 1 < utf8.count && utf8[k + 1] >= 0xA0
    }

    /// "… shortly after 10 p.m. “But I remain proud …”": lowercase dotted initials (a clock time's "a.m."/"p.m.")
    /// then an opening quote and a capital letter. A quotation opening a sentence of its own is far likelier
    /// there than one continuing the sentence, which would open lowercase or after a word like "called".
    private func opensQuoteAfterTime(_ utf8: [UInt8], stopAt stop: Int, next k: Int) -> Bool {
        var s = stop
        while s > 0, utf8[s - 1] != 0x20, utf8[s - 1] != 0x0A, utf8[s - 1] != 0x09 { s -= 1 }
        let word = utf8[s..<stop]
        guard word.count >= 3, word.contains(0x2E), word.allSatisfy({ $0 == 0x2E || ($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        var q = k
        if utf8[q] == 0x22 || utf8[q] == 0x27 { q += 1 }
        else if q + 2 < utf8.count, utf8[q] == 0xE2, utf8[q + 1] == 0x80, [0x9C, 0x98, 0x9E].contains(utf8[q + 2]) { q += 3 }
        else if q + 1 < utf8.count, utf8[q] == 0xC2, utf8[q + 1] == 0xAB { q += 2 }
        else { return false }
        return q < utf8.count && utf8[q] >= 0x41 && utf8[q] <= 0x5A
    }

    /// Whether the full stop at `stop` ends a sentence, judged by the word before it (and for "No." the
    /// character at `k` after it).
    private func endsSentence(_ utf8: [UInt8], stopAt stop: Int, next k: Int) -> Bool {
        var s = stop
        while s > 0, utf8[s - 1] != 0x20, utf8[s - 1] != 0x0A, utf8[s - 1] != 0x09, utf8[s - 1] != 0x28, utf8[s - 1] != 0x22 { s -= 1 }
        let word = utf8[s..<stop]
        if word.isEmpty { return true }
        // A single letter ("F.") or dotted initials ("U.S", "e.g") are abbreviations.
        if word.count == 1, let c = word.first, (c >= 0x41 && c <= 0x5A) { return false }
        if word.contains(0x2E), word.allSatisfy({ $0 == 0x2E || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) {
            return false
        }
        guard word.count <= 6 else { return true }
        let lower = String(decoding: word.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 }, as: UTF8.self)
        if beforeDigits.contains(lower) { return !(utf8[k] >= 0x30 && utf8[k] <= 0x39) }
        return !abbreviations.contains(lower)
    }
}
