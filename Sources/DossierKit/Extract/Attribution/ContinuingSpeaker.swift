/// Fallback: journalists attribute a run of quotes once. A quote with no attribution of its own that opens
/// its paragraph as speech (`FallbackContext.standsAlone`) goes on with the speaker of the nearest quote
/// before it, when that quote has a speaker, stands at most `AttributionLimits.continuingParagraphs`
/// paragraphs back, and no other voice enters in between or in the rest of the paragraph.
///
/// Not in a dialogue: when the two paragraphs before hold quotes of two different speakers, the next
/// unattributed quote may be either's, and it stays without one.
struct ContinuingSpeaker {
    let context: FallbackContext

    func speaker(for q: Int, in records: [QuoteRecord]) -> Speaker? {
        let r = records[q]
        guard context.standsAlone(r), !r.piece.isOnlyQuestion(in: context.paragraph(r)), q > 0 else { return nil }
        let prev = records[q - 1]
        guard let sp = prev.speaker, r.paragraph - prev.paragraph <= AttributionLimits.continuingParagraphs,
              !Self.isDialogue(records[..<q]) else { return nil }
        guard !context.voices.introduceOther(from: context.end(prev), to: context.start(r), than: sp, attributionTail: true),
              context.restIsQuiet(r, for: sp) else { return nil }
        return sp
    }
}

extension ContinuingSpeaker {
    /// Whether the last quote of `before` and a quote in its paragraph or the one before it have different
    /// speakers: two people taking turns, where the next unattributed quote may be either's.
    static func isDialogue(_ before: ArraySlice<QuoteRecord>) -> Bool {
        guard let last = before.last, let sp = last.speaker else { return false }
        return before.dropLast().contains { other in
            other.paragraph >= last.paragraph - 1 && other.speaker != nil && other.speaker?.name != sp.name
        }
    }
}
