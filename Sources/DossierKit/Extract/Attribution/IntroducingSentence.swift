/// Fallback: a quote that opens its sentence right after a sentence whose only person is its subject
/// ("Morrow had a simple explanation." / "Then Morrow remembered the flood:") is that person's. A sentence
/// ending in a colon leads into what follows whatever its length, and so does one where that person reports
/// ("Teague says a starter set now costs $95."); otherwise only a short one does
/// (`AttributionLimits.maxIntroducingTokens`), and the quote must be a whole sentence of its own, not a word
/// quoted inside narration. The quote's paragraph must bring in no other voice after it.
/// A short sentence with "he"/"she" as its subject ("She laughs.") leads in the words of the last person
/// quoted, when that person fits the pronoun and spoke at most a few paragraphs back.
struct IntroducingSentence {
    let context: FallbackContext

    func speaker(for q: Int, in records: [QuoteRecord]) -> Speaker? {
        let r = records[q]
        let para = context.paragraph(r)
        guard !para[0].isHeadline, para[r.piece.openSentence].opens(at: r.piece.openToken),
              !r.piece.isOnlyQuestion(in: para), let before = sentenceBefore(r),
              !context.document.mask(of: before).contains(true) else { return nil }
        let colon = before.tokens.last?.text == ":"
        let short = before.tokens.count <= AttributionLimits.maxIntroducingTokens && isWholeSentence(r)
        guard context.mentions.occurrences.contains(where: { $0.position.sentence == before.index }) else {
            return short ? lastQuoted(before, q, records) ?? namedBeforePronouns(before, r) : nil
        }
        return soleSubject(of: before, leadingInto: r) { first in colon || short || reports(before, from: first.position.token) }
    }

    /// The person of sentence `s` when they are its only person and its subject, `accept` agrees, and nobody
    /// else speaks between them and quote `r` nor after it in its paragraph.
    private func soleSubject(of s: TokenSentence, leadingInto r: QuoteRecord,
                             _ accept: (_ first: (position: TextPosition, person: Int, isSubject: Bool, paragraph: Int)) -> Bool) -> Speaker? {
        let people = context.mentions.occurrences.filter { $0.position.sentence == s.index }
        guard let first = people.first, first.isSubject, people.allSatisfy({ $0.person == first.person }), accept(first) else { return nil }
        let sp = context.mentions.speaker(first.person)
        guard !context.voices.introduceOther(from: first.position, to: context.start(r), than: sp, attributionTail: false),
              context.restIsQuiet(r, for: sp) else { return nil }
        return sp
    }

    /// A verb of speech within a few words after the subject named at `token`, whose subject that name is
    /// ("Teague says", "Kerr later told"; not "Teague bought a shop critics say …").
    private func reports(_ s: TokenSentence, from token: Int) -> Bool {
        (token + 1..<min(s.tokens.count, token + 1 + AttributionLimits.maxSpeakerTokens / 2)).contains { v in
            context.parser.isVerb(s, v, in: .speechVerbs) && !s.lower(v).hasSuffix("ing")
                && context.parser.subject(s, before: v, mask: nil)?.contains(token) == true
        }
    }

    /// "She laughs.": a "he"/"she" subject opening the sentence stands for the speaker of the last quote with
    /// one, a person of that gender (or of none known) quoted at most `continuingParagraphs` + 1 paragraphs back.
    private func lastQuoted(_ s: TokenSentence, _ q: Int, _ records: [QuoteRecord]) -> Speaker? {
        guard s.isWord(0), ["he", "she"].contains(s.lower(0)), s.tokens.count > 2, s.isWord(1),
              !s.tokens[1].isCapitalized, !s.has(1, .pronounWords) else { return nil }
        let g: SpeakerGender = s.lower(0) == "she" ? .female : .male
        guard let prev = records[..<q].last(where: { $0.speaker != nil }), let sp = prev.speaker,
              sp.kind == .person || sp.kind == nil && sp.name.contains(" "),
              (sp.person.flatMap { context.mentions.people[$0].gender } ?? sp.gender).map({ $0 == g }) ?? true,
              records[q].paragraph - prev.paragraph <= AttributionLimits.continuingParagraphs + 1,
              !context.voices.introduceOther(from: context.end(prev), to: context.start(records[q]), than: sp, attributionTail: true),
              context.restIsQuiet(records[q], for: sp) else { return nil }
        return sp
    }

    /// "Pask does not like talking about that. When he does, he talks quietly.": a short sentence whose only
    /// people are "he" or "she" goes on about the subject of the sentence before it in its paragraph, when that
    /// subject is its only person and of the pronouns' gender (or of none known).
    private func namedBeforePronouns(_ s: TokenSentence, _ r: QuoteRecord) -> Speaker? {
        let pronouns = s.tokens.indices.filter { s.isWord($0) && s.has($0, .pronounWords) && !s.has($0, .firstPerson) }
        let genders = Set(pronouns.map { s.has($0, .malePronouns) ? SpeakerGender.male : s.has($0, .femalePronouns) ? .female : nil })
        guard genders.count == 1, let only = genders.first, let g = only, s.index > 0 else { return nil }
        let prev = context.document.tokens.sentences[s.index - 1]
        guard prev.paragraph == s.paragraph, !prev.isHeadline, !context.document.mask(of: prev).contains(true) else { return nil }
        return soleSubject(of: prev, leadingInto: r) { first in context.mentions.people[first.person].gender.map { $0 == g } ?? true }
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
