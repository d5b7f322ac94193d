/// One quote claim as the attribution rules left it: where it stands, its speaker, and whether any rule
/// found words saying who speaks. Words that resolve to nobody ("I said", "The message was simple:")
/// are an answer too: the quote keeps no speaker, and no fallback second-guesses them.
struct QuoteRecord {
    let claim: Int
    let paragraph: Int
    let piece: QuotePiece
    var speaker: Speaker?
    let explained: Bool
    /// The quote goes on from one left open at the end of the paragraph before, and has that quote's speaker.
    var continuesOpenQuote = false
}

/// The fallbacks for quotes every specific rule left without a speaker, in the order they are tried.
/// Each rests on how news copy is written and stands aside at any sign of another voice (`InterveningVoices`).
enum QuoteFallback: CaseIterable, Sendable {
    /// A run of quotes attributed once: `ContinuingSpeaker`.
    case continuingSpeaker
    /// In a feature about one person, their words about themselves: `ProfileSubject`.
    case profileSubject
    /// A quote led into by the sentence before it, whose subject is its only person: `IntroducingSentence`.
    case introducingSentence
}

/// Gives quotes with no speaker and no attribution of their own the speaker a fallback finds, one quote at
/// a time in text order, so that a quote given a speaker may carry it on to the next.
struct UnattributedQuotes {
    let vocab: AttributionVocabulary
    let parser: AttributionParser

    func assign(_ records: inout [QuoteRecord], document: AttributionDocument, mentions: Mentions) {
        // Most articles have no quote left for the fallbacks: skip the context (its profile-subject count
        // reads every sentence).
        guard records.contains(where: { $0.speaker == nil && !$0.explained }) else { return }
        let context = FallbackContext(vocab: vocab, parser: parser, document: document, mentions: mentions)
        for q in records.indices where records[q].speaker == nil && !records[q].explained {
            for f in QuoteFallback.allCases {
                if let sp = context.speaker(by: f, for: q, in: records) { records[q].speaker = sp; break }
            }
            // A quote running on over the next paragraphs ("…\n\n“And …”") is the same speaker's throughout.
            guard let sp = records[q].speaker else { continue }
            var n = q + 1
            while n < records.count, records[n].continuesOpenQuote, records[n].speaker == nil {
                records[n].speaker = sp
                n += 1
            }
        }
    }

    /// For measuring a fallback: what it would give every quote, attributed or not, reading the speakers the
    /// rules gave the quotes before. Quotes it gives nobody are left out.
    func probe(_ f: QuoteFallback, _ records: [QuoteRecord], document: AttributionDocument, mentions: Mentions) -> [(record: Int, speaker: Speaker)] {
        let context = FallbackContext(vocab: vocab, parser: parser, document: document, mentions: mentions)
        return records.indices.compactMap { q in context.speaker(by: f, for: q, in: records).map { (q, $0) } }
    }
}

/// What every fallback reads: the article's tokens and quotes, its people, and the check for other voices.
struct FallbackContext {
    init(vocab: AttributionVocabulary, parser: AttributionParser, document: AttributionDocument, mentions: Mentions) {
        self.vocab = vocab
        self.parser = parser
        self.document = document
        self.mentions = mentions
        profileSubject = ProfileSubject.subject(mentions, pronouns: document.narrationPronouns)
    }

    let vocab: AttributionVocabulary
    let parser: AttributionParser
    let document: AttributionDocument
    let mentions: Mentions
    /// The person the article is about, if any (`ProfileSubject.subject`).
    let profileSubject: Int?
    var voices: InterveningVoices { InterveningVoices(vocab: vocab, parser: parser, document: document, mentions: mentions) }

    func speaker(by f: QuoteFallback, for q: Int, in records: [QuoteRecord]) -> Speaker? {
        switch f {
        case .continuingSpeaker: return ContinuingSpeaker(context: self).speaker(for: q, in: records)
        case .profileSubject: return ProfileSubject(context: self).speaker(for: q, in: records)
        case .introducingSentence: return IntroducingSentence(context: self).speaker(for: q, in: records)
        }
    }

    func paragraph(_ r: QuoteRecord) -> [TokenSentence] { document.tokens.paragraphs[r.paragraph] }

    /// Where the quote's opening mark stands.
    func start(_ r: QuoteRecord) -> TextPosition {
        TextPosition(sentence: paragraph(r)[r.piece.openSentence].index, token: r.piece.openToken)
    }

    /// Just after the quote's closing mark (or its paragraph's end, for a quote left open).
    func end(_ r: QuoteRecord) -> TextPosition {
        let s = paragraph(r)[r.piece.closeSentence]
        return TextPosition(sentence: s.index, token: r.piece.closeToken.map { $0 + 1 } ?? s.tokens.count)
    }

    /// A quote that opens its paragraph and ends its sentence, or fills the paragraph: speech, not a title or a
    /// scare-quoted word inside narration (“Operation Dawn” began at six).
    func standsAlone(_ r: QuoteRecord) -> Bool {
        guard r.piece.openSentence == 0, r.piece.openToken == 0, !paragraph(r)[0].isHeadline else { return false }
        return document.isAllQuotation(r.paragraph) || r.piece.endsItsSentence(in: paragraph(r))
    }

    /// The rest of the quote's paragraph after it, outside quotes, brings in no voice but `speaker`'s.
    func restIsQuiet(_ r: QuoteRecord, for speaker: Speaker, onePerson: Bool = false) -> Bool {
        let para = paragraph(r)
        let last = para[para.count - 1]
        return !voices.introduceOther(from: end(r), to: TextPosition(sentence: last.index, token: last.tokens.count),
                                      than: speaker, attributionTail: false, onePerson: onePerson)
    }
}
