/// Fallback: in a feature about one person, an unattributed quote in which someone talks about themselves
/// ("I", "my", "we") is that person's, when they are the last person the text named or quoted before it
/// and no other voice enters after that (`InterveningVoices`). When the quote speaks as one person ("I", "my"),
/// bodies and groups named in between do not count as other voices: neither says "I".
///
/// An article is about one person when that person's names (full name or surname) and the pronouns of their
/// gender make up at least `AttributionLimits.minProfileShare` of all names and "he"/"she" in the narration,
/// and at least `AttributionLimits.minProfileMentions` of them.
struct ProfileSubject {
    let context: FallbackContext

    func speaker(for q: Int, in records: [QuoteRecord]) -> Speaker? {
        let r = records[q]
        let para = context.paragraph(r)
        guard let p = context.profileSubject, !para[0].isHeadline, !r.piece.isOnlyQuestion(in: para),
              speaksOfThemselves(r) else { return nil }
        let sp = context.mentions.speaker(p)
        let start = context.start(r)
        // Where the subject was last named, or last quoted, before this quote.
        let named = context.mentions.occurrences.last { $0.person == p && $0.position < start }?.position
        let quoted = records[..<q].last { $0.speaker?.person == p }.map { context.end($0) }
        guard let anchor = [named, quoted].compactMap({ $0 }).max() else { return nil }
        // Words in the first person singular are one person's: a body or a group mentioned since is no rival.
        let onePerson = speaksAsOnePerson(r)
        guard !context.voices.introduceOther(from: anchor, to: start, than: sp, attributionTail: anchor == quoted, onePerson: onePerson),
              context.restIsQuiet(r, for: sp, onePerson: onePerson) else { return nil }
        return sp
    }

    /// How many times the narration (outside quotes and headline) says "he"/"him"/"his" and "she"/"her".
    static func narrationPronouns(_ document: AttributionDocument) -> [SpeakerGender: Int] {
        var pronouns: [SpeakerGender: Int] = [:]
        for s in document.tokens.sentences where !s.isHeadline && !s.allClasses.isDisjoint(with: [.malePronouns, .femalePronouns]) {
            let mask = document.mask(of: s)
            for i in s.tokens.indices where !mask[i] && s.isWord(i) {
                if s.has(i, .malePronouns) { pronouns[.male, default: 0] += 1 }
                if s.has(i, .femalePronouns) { pronouns[.female, default: 0] += 1 }
            }
        }
        return pronouns
    }

    /// The person the article is about, if one dominates its mentions (the people as known so far): their names
    /// and, when their gender is known, the "he"/"she" of their gender in the narration (`pronouns`, from
    /// `narrationPronouns`), against every name and every "he"/"she".
    static func subject(_ mentions: Mentions, pronouns: [SpeakerGender: Int]) -> Int? {
        var counts = [Int](repeating: 0, count: mentions.people.count)
        for o in mentions.occurrences { counts[o.person] += 1 }
        guard let top = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return nil }
        let own = counts[top] + (mentions.people[top].gender.map { pronouns[$0] ?? 0 } ?? 0)
        let all = mentions.occurrences.count + pronouns.values.reduce(0, +)
        return own >= AttributionLimits.minProfileMentions && Double(own) / Double(all) >= AttributionLimits.minProfileShare ? top : nil
    }

    /// Whether the quoted words include "I", "my", "we" or the like.
    private func speaksOfThemselves(_ r: QuoteRecord) -> Bool {
        !quotedWords(r, in: context.vocab.selfReference).isEmpty
    }

    /// Whether the quoted words say "I" or "my": a person speaking, perhaps for a group ("I want to know when we
    /// last looked"), but never a body or a group speaking.
    private func speaksAsOnePerson(_ r: QuoteRecord) -> Bool {
        !quotedWords(r, in: context.vocab.singularSelfReference).isEmpty
    }

    /// The quote's words (lowercased) that are in `words`.
    private func quotedWords(_ r: QuoteRecord, in words: Set<String>) -> [String] {
        let para = context.paragraph(r)
        let mask = context.document.quotes[r.paragraph].mask
        var found: [String] = []
        for si in r.piece.openSentence...r.piece.closeSentence {
            let s = para[si]
            let lo = si == r.piece.openSentence ? r.piece.openToken + 1 : 0
            let hi = si == r.piece.closeSentence ? (r.piece.closeToken ?? s.tokens.count) : s.tokens.count
            guard lo < hi else { continue }
            for i in lo..<hi where mask[si][i] && s.isWord(i) && words.contains(s.lower(i)) { found.append(s.lower(i)) }
        }
        return found
    }
}
