/// Spanish and Portuguese (and their machine translations) put the attribution inside the quotation, between
/// dashes: `«We will count every vote again if necessary —declared Lucía Ferrer Gil—. Nobody …»`.
extension QuoteAttribution {
    /// The phrase after a verb of speech that follows a dash inside the quote and ends at the next dash (or a
    /// comma). Only in the Spanish layout: a space before the opening dash and none after it, the closing dash
    /// glued to the phrase and followed by punctuation or a space, and a name or a role for a phrase. English
    /// asides between dashes ("The plan — announced last week — will cost …") name no speaker.
    func dashAside(_ piece: QuotePiece, in para: [TokenSentence]) -> SpeakerPhrase? {
        for si in piece.openSentence...piece.closeSentence {
            let s = para[si]
            let toks = s.tokens
            let lo = si == piece.openSentence ? piece.openToken + 1 : 0
            let hi = si == piece.closeSentence ? (piece.closeToken ?? toks.count) : toks.count
            var i = lo
            while i + 2 < hi {
                defer { i += 1 }
                let v = i + 1
                guard Self.isDash(toks[i].text), !toks[i].attached, toks[v].attached, s.isWord(v), !toks[v].isCapitalized,
                      parser.isVerb(s, v, in: .speechVerbs) || parser.isVerb(s, v, in: .reportingVerbs) || vocab.invertedVerbs.contains(s.lower(v)),
                      let end = ((v + 1)..<hi).first(where: { Self.isDash(toks[$0].text) || toks[$0].text == "," }),
                      end > v + 1, end - v - 1 <= AttributionLimits.maxSpeakerTokens,
                      ((v + 1)..<end).allSatisfy({ toks[$0].kind != .punct || toks[$0].text == "." && toks[$0].attached }),
                      toks[end].attached, end + 1 == toks.count || toks[end + 1].kind == .punct || !toks[end + 1].attached,
                      toks[v + 1].isCapitalized || s.has(v + 1, .determiners) else { continue }
                return SpeakerPhrase(sentence: s, range: (v + 1)..<end)
            }
        }
        return nil
    }

    private static func isDash(_ t: String) -> Bool { t == "—" || t == "–" }
}
