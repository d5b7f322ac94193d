/// "The Ministry of Transport has issued a statement denying …": a sentence whose subject issues a
/// document (statement, letter, communiqué). A later "“…,” the statement said" is that subject's words,
/// though the sentence that issued it quoted nothing.
struct IssuedDocument: Sendable {
    let position: TextPosition
    let paragraph: Int
    /// The document word, lowercased ("statement").
    let document: String
    let sentence: TokenSentence
    /// The subject phrase, before the verb of issuing.
    let author: Range<Int>

    /// The subject, a verb of issuing (organisations.txt [issuing]; "has"/"have" before it allowed), an article
    /// and the document word, outside quotation marks.
    static func find(in s: TokenSentence, quoted mask: [Bool], vocab: AttributionVocabulary) -> IssuedDocument? {
        guard s.allClasses.contains(.documents) else { return nil }
        let toks = s.tokens
        for v in 1..<max(1, toks.count - 2) where !mask[v] && s.isWord(v) && s.lower(v) != "in" && vocab.issuingWords.contains(s.lower(v)) {
            var d = v + 1
            guard s.isWord(d), ["a", "an", "the"].contains(s.lower(d)) else { continue }
            d += 1
            if d + 1 < toks.count, s.isWord(d), !s.has(d, .documents), s.isWord(d + 1), s.has(d + 1, .documents) { d += 1 }  // "a joint statement"
            guard d < toks.count, s.isWord(d), s.has(d, .documents) else { continue }
            var end = v
            while end > 0, s.isWord(end - 1), ["has", "have", "had"].contains(s.lower(end - 1)) { end -= 1 }
            guard end > 0, (0..<end).allSatisfy({ !mask[$0] && (toks[$0].kind != .punct || toks[$0].text == "'") }) else { return nil }
            return IssuedDocument(position: TextPosition(sentence: s.index, token: v), paragraph: s.paragraph,
                                  document: s.lower(d), sentence: s, author: 0..<end)
        }
        return nil
    }
}
