/// Fallback: a quote that opens its sentence right after a sentence whose only person is its subject
/// ("Morrow had a simple explanation." / "Then Morrow remembered the flood:") is that person's. A sentence
/// ending in a colon leads into what follows whatever its length; without a colon only a short one does
/// (`AttributionLimits.maxIntroducingTokens`), and the quote must be a whole sentence of its own, not a word
/// quoted inside narration. The quote's paragraph must bring in no other voice after it.
struct IntroducingSentence {
    let context: FallbackContext

    func speaker(for q: Int, in records: [QuoteRecord]) -> Speaker? {
        let r = records[q]
        let para = context.paragraph(r)
        guard !para[0].isHeadline, para[r.piece.openSentence].opens(at: r.piece.openToken),
              !r.piece.isOnlyQuestion(in: para), let before = sentenceBefore(r),
              !context.document.mask(of: before).contains(true) else { return nil }
        let people = context.mentions.occurrences.filter { $0.position.sentence == before.index }
        guard let first = people.first, first.isSubject, people.allSatisfy({ $0.person == first.person }) else { return nil }
        let sp = context.mentions.speaker(first.person)
        let colon = before.tokens.last?.text == ":"
        guard colon || (before.tokens.count <= AttributionLimits.maxIntroducingTokens && isWholeSentence(r)) else { return nil }
        guard !context.voices.introduceOther(from: first.position, to: context.start(r), than: sp, attributionTail: false),
              context.restIsQuiet(r, for: sp) else { return nil }
        return sp
    }

    /// The sentence right before the quote's: in its paragraph, or the last of the paragraph before when the
    /// quote opens its paragraph.
    private func sentenceBefore(_ r: QuoteRecord) -> TokenSentence? {
        if r.piece.openSentence > 0 { return context.paragraph(r)[r.piece.openSentence - 1] }
        guard r.piece.openToken == 0, r.paragraph > 0, let last = context.document.tokens.paragraphs[r.paragraph - 1].last,
              !last.isHeadline else { return nil }
        return last
    }

    /// The quote fills its sentence or sentences: nothing but punctuation after the closing mark.
    private func isWholeSentence(_ r: QuoteRecord) -> Bool {
        r.piece.isClosed ? r.piece.endsItsSentence(in: context.paragraph(r)) : r.piece.openToken == 0
    }
}
