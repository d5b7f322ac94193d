/// Whether the narration between two places brings in a voice other than a given speaker's.
///
/// The fallbacks for unattributed quotes (`ContinuingSpeaker`, `ProfileSubject`) give a quote to someone who
/// spoke or was named earlier; news copy re-attributes as soon as another voice enters, so any sign of
/// one blocks them: a person the article names other than the speaker, a role or body noun ("a neighbour",
/// "the council"), a relative ("her husband"), a third-person pronoun that cannot mean the speaker, or a
/// speech verb whose subject is not the speaker. Words inside quotation marks are the speaker's own, not narration.
struct InterveningVoices {
    let vocab: AttributionVocabulary
    let parser: AttributionParser
    let document: AttributionDocument
    /// The article's people, with the genders the attribution pass learnt from "he said"/"she said".
    let mentions: Mentions

    /// Whether tokens from `a` (inclusive) to `b` (exclusive), outside quotation marks, bring in another voice.
    /// With `attributionTail`, the sentence of `a` is the earlier quote's own attribution ("said Ada Lind, the
    /// mayor"): only other named people count there, as its role words describe the speaker.
    ///
    /// With `onePerson` the quote speaks as one person ("I", "my"): a body ("the council") or a group
    /// ("volunteers") in between is no other voice, as neither says "I"; named people and single roles still are.
    func introduceOther(from a: TextPosition, to b: TextPosition, than speaker: Speaker, attributionTail: Bool, onePerson: Bool = false) -> Bool {
        if mentions.occurrences.contains(where: { a <= $0.position && $0.position < b && $0.person != speaker.person }) { return true }
        guard a.sentence <= b.sentence else { return false }
        // The speaker's own name and role words ("the coach, Dario Conti") describe the speaker, not someone new.
        var own = Set(speaker.name.lowercased().split(separator: " ").map(String.init))
        if let p = speaker.person { own.formUnion(mentions.people[p].roleWords) }
        for si in a.sentence...b.sentence where si < document.tokens.sentences.count {
            if attributionTail, si == a.sentence { continue }
            let s = document.tokens.sentences[si]
            let mask = document.mask(of: s)
            let lo = si == a.sentence ? a.token : 0
            let hi = si == b.sentence ? min(b.token, s.tokens.count) : s.tokens.count
            guard lo < hi else { continue }
            for i in lo..<hi where !mask[i] && s.isWord(i) {
                if s.has(i, [.roleNoun, .relatives, .bodies]), !own.contains(s.lower(i)), !isPredicate(s, i), !isOwnRelativeInList(s, i, speaker),
                   !(onePerson && (vocab.isPluralRoleNoun(s.lower(i)) || (s.has(i, .bodies) && !s.has(i, [.roleNoun, .relatives])))) { return true }
                // "It" in narration is mostly "it was …", not a body: only personal pronouns are checked.
                if s.has(i, Self.personal), !canMean(speaker, pronounAt: i, in: s) { return true }
                // ("went backstage to ask how …": an infinitive has the subject of the verb before it.)
                if parser.isVerb(s, i, in: [.speechVerbs, .reportingVerbs]), !(i > 0 && s.lower(i - 1) == "to") {
                    guard let subj = parser.subject(s, before: i, mask: mask),
                          subj.contains(where: { s.isWord($0) && (own.contains(s.lower($0)) || canMean(speaker, pronounAt: $0, in: s)) })
                    else { return true }
                }
            }
        }
        return false
    }

    private static let personal: WordClass = [.malePronouns, .femalePronouns, .pluralPronouns]

    /// "he has buried two of his old teachers, his father and …": the speaker's own relative, in a list or at
    /// a clause's end, is someone talked about; followed by a verb ("his father died", "his wife says") they
    /// may speak.
    private func isOwnRelativeInList(_ s: TokenSentence, _ i: Int, _ speaker: Speaker) -> Bool {
        guard s.has(i, .relatives), i >= 2 else { return false }
        let p = i - 1
        let gender = speaker.person.flatMap { mentions.people[$0].gender } ?? speaker.gender
        let fits = s.lower(p) == "his" ? gender != .female : s.lower(p) == "her" ? gender != .male : false
        guard fits, speaker.kind != .organisation, !speaker.isPlural,
              s.isWord(p - 1) || s.tokens[p - 1].text == "," else { return false }
        guard i + 1 < s.tokens.count else { return true }
        return [",", ".", ";"].contains(s.tokens[i + 1].text) || s.isWord(i + 1) && s.has(i + 1, .coordinators)
    }

    /// "she trained as a nurse", "he was a lorry driver", "became an apprentice": a role after "as" or a verb of
    /// being and "a"/"an" says what someone already named is, and brings in nobody.
    private func isPredicate(_ s: TokenSentence, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, i - j <= 2, s.isWord(j), !s.tokens[j].isCapitalized, !s.has(j, .determiners) { j -= 1 }
        guard j >= 1, s.isWord(j), ["a", "an"].contains(s.lower(j)), s.isWord(j - 1) else { return false }
        let verb = s.lower(j - 1)
        return verb == "as" || s.has(j - 1, .beForms) || vocab.becomingVerbs.contains(verb)
    }

    /// Whether the word at `i` is a third-person pronoun that can mean `speaker`: "he"/"she" of the speaker's
    /// gender (or either, when it is unknown) for one person or unnamed speaker; "it" or "they" for a body.
    func canMean(_ speaker: Speaker, pronounAt i: Int, in s: TokenSentence) -> Bool {
        let gender = speaker.person.flatMap { mentions.people[$0].gender } ?? speaker.gender
        let one = speaker.kind != .organisation && !speaker.isPlural
        if s.has(i, .malePronouns) { return one && gender != .female }
        if s.has(i, .femalePronouns) { return one && gender != .male }
        if s.has(i, .pluralPronouns) { return speaker.isPlural || speaker.kind == .organisation }
        if s.has(i, .thingPronouns) { return speaker.kind == .organisation }
        return false
    }
}
