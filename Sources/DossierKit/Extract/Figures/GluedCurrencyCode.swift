/// "RM150", "QR200", "KD50": a currency code written against bare digits stays one word for the
/// tokenizer, as model names do ("MH17", "PS5", "F16"). Only the codes listed in units.txt
/// [glued-currency-codes] are cut off their digits, for the figure scanner alone.
extension SentenceTokens {
    func splittingGluedCurrencyCodes(_ codes: Set<String>) -> SentenceTokens {
        // Cheap test first: a word ending in a digit is rare.
        guard tokens.contains(where: { $0.kind == .word && Self.isDigit($0.text.utf8.last) }) else { return self }
        var out: [Token] = []
        out.reserveCapacity(tokens.count + 1)
        var changed = false
        for t in tokens {
            if t.kind == .word, let parts = Self.gluedCode(t, codes) {
                out += parts
                changed = true
            } else {
                out.append(t)
            }
        }
        return changed ? SentenceTokens(text, tokens: out) : self
    }

    private static func isDigit(_ c: UInt8?) -> Bool { c.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

    /// The code and the number of `t` ("RM" and "150"), or nil: two or three capitals, then digits only.
    private static func gluedCode(_ t: Token, _ codes: Set<String>) -> [Token]? {
        let bytes = Array(t.text.utf8)
        guard let cut = bytes.firstIndex(where: { isDigit($0) }), (2...3).contains(cut),
              bytes[..<cut].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), bytes[cut...].allSatisfy({ isDigit($0) }),
              codes.contains(String(t.lower.prefix(cut))) else { return nil }
        var code = Token(kind: .word, text: String(t.text.prefix(cut)), start: t.start, end: t.start + cut)
        code.attached = t.attached
        var number = Token(kind: .number, text: String(t.text.dropFirst(cut)), start: t.start + cut, end: t.end)
        number.attached = true
        return [code, number]
    }
}
