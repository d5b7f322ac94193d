/// A person the article describes by family or sex rather than by name or role, opening a sentence: "A father
/// of three who lives near the front of the park asked us not to use his name. … “…,” he said." Such a person
/// is someone the next "he" or "she" may mean, as a named subject would be (`SpeakerHistory.pronoun`). Roles
/// ("A spokesperson for the council said") are left out: they speak for a body, and a later "she" in a profile
/// more often means the person profiled.
struct UnnamedSubject: Sendable {
    let position: TextPosition
    let paragraph: Int
    let sentence: TokenSentence
    /// "A father of three": the determiner, at most a few modifiers, the noun and a count of children.
    let phrase: Range<Int>

    /// Words that may stand between "A" and the noun ("A Carters Beach man", "A retired nurse").
    private static let maxModifiers = 3

    /// The described person opening sentence `s`, or nil. Not one something happens to ("A man was arrested"):
    /// a passive or linking verb right after the phrase makes them no speaker.
    static func find(in s: TokenSentence, quoted mask: [Bool], vocab: AttributionVocabulary) -> UnnamedSubject? {
        let toks = s.tokens
        guard toks.count > 3, s.isWord(0), !mask[0], ["a", "an"].contains(s.lower(0)) else { return nil }
        var head: Int?
        for j in 1...(1 + maxModifiers) where j < toks.count {
            guard s.isWord(j), !mask[j] else { return nil }
            let l = s.lower(j)
            if vocab.relatives.contains(l) || vocab.epithets.contains(l) {
                head = j
                break
            }
            if vocab.isRoleNoun(l) || s.has(j, [.determiners, .boundaries]) { return nil }
        }
        guard let h = head else { return nil }
        var end = h + 1
        // "A father of three", "a mother of two".
        if end + 1 < toks.count, s.lower(end) == "of", toks[end + 1].kind == .number || vocab.familyCounts.contains(s.lower(end + 1)) {
            end += 2
        }
        guard end < toks.count, !["was", "were", "is"].contains(s.lower(end)) else { return nil }
        return UnnamedSubject(position: TextPosition(sentence: s.index, token: 0), paragraph: s.paragraph, sentence: s, phrase: 0..<end)
    }
}
