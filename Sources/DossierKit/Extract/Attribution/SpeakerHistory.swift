/// Speakers found in what came before rather than in the phrase: "he"/"she" (`pronoun`), "they"/"it"
/// (`recent(in:)`) and an age or description standing for someone (`recentPerson`). Each looks back through
/// the speakers resolved so far (`history`, latest first, a few paragraphs deep) and the people the article
/// names as a sentence's subject (`Mentions.occurrences`), and takes whichever fitting one came later;
/// `SpeakerResolver.speaker` calls these once the phrase itself names nobody.
extension SpeakerResolver {
    /// The latest speaker of this paragraph that passes `test` ("they", "it" reach no further).
    func recent(in paragraph: Int, _ test: (Speaker) -> Bool) -> Speaker? {
        guard let h = history.last, h.paragraph == paragraph, test(h.speaker) else { return nil }
        return h.speaker
    }

    /// The latest person spoken or named as a subject before `pos` that passes `test`, as `pronoun` picks
    /// one, without a gender to check: only the last person who spoke counts.
    func recentPerson(at pos: TextPosition, paragraph: Int, _ test: (Int) -> Bool) -> Speaker? {
        latestSpeakerOrSubject(at: pos, paragraph: paragraph, subject: test) { sp in
            guard let p = sp.person else { return .skip }
            return test(p) ? .take(person(p)) : .stop
        }?.speaker
    }

    /// "he"/"she": the most recent fitting person, gender permitting: the last speaker of the last few
    /// paragraphs or the last person named as a sentence's subject, whichever came later; failing both,
    /// the last person named at all. ("Yoon said after talks with President Duda. “…,” he said" → Yoon.)
    func pronoun(_ g: SpeakerGender, at pos: TextPosition, paragraph: Int) -> Speaker? {
        func fits(_ p: Int) -> Bool { mentions.people[p].gender == nil || mentions.people[p].gender == g }
        let found = latestSpeakerOrSubject(at: pos, paragraph: paragraph, subject: fits) { sp in
            if let p = sp.person { return fits(p) ? .take(sp) : .skip }
            // A full name of unknown kind that spoke as a subject ("Keith Armitage, said …") is someone.
            if sp.kind == nil, mentions.speakingNames.contains(where: { $0.name == sp.name }) { return .take(Speaker(name: sp.name, kind: .person)) }
            // "Kim Jong Un's sister … as she accused them"
            let fitsUnnamed = sp.gender == g || (sp.kind == .unnamed || sp.kind == .person) && !sp.isPlural && sp.gender == nil
            return fitsUnnamed ? .take(sp) : .skip
        }
        var chosen = found?.speaker
        // "A father of three … asked us not to use his name. “…,” he said.": a person described without a name,
        // opening a sentence after the one found (and in this paragraph or the one before).
        if let u = mentions.unnamedSubjects.last(where: { $0.position < pos }), paragraph - u.paragraph <= 1,
           found.map({ $0.position < u.position }) ?? true, let sp = described(u.sentence, u.phrase), sp.gender == nil || sp.gender == g {
            return sp
        }
        // In a feature about one person, "she" (of that person's gender) means them rather than someone of
        // unknown gender last met two or more paragraphs back ("the council's culture lead, Cllr Tom Hale, said").
        if let f = found, paragraph - f.paragraph >= 2, f.speaker.person.map({ mentions.people[$0].gender != g }) ?? (f.speaker.gender != g),
           let subject = ProfileSubject.subject(mentions, pronouns: narrationPronouns), subject != f.speaker.person,
           mentions.people[subject].gender == g {
            chosen = person(subject)
        }
        if chosen == nil, let any = mentions.occurrences.last(where: { $0.position < pos && fits($0.person) }) {
            chosen = person(any.person)
        }
        // "Mark Lund said …. “…,” he said.": with no person to mean, the name that last spoke.
        if chosen == nil, let named = mentions.speakingNames.last(where: { $0.position < pos }) {
            chosen = Speaker(name: named.name, kind: .person)
        }
        return chosen
    }

    /// What `latestSpeakerOrSubject` does with a speaker of the history, latest first.
    private enum HistoryPick { case take(Speaker), skip, stop }

    /// The later of two: the first speaker of the last few paragraphs' history (latest first) that `pick`
    /// takes, and the last person named as a sentence's subject before `pos` that passes `subject`.
    /// Also the paragraph and position where the one chosen spoke or was named.
    private func latestSpeakerOrSubject(at pos: TextPosition, paragraph: Int, subject fits: (Int) -> Bool,
                                        _ pick: (Speaker) -> HistoryPick) -> (speaker: Speaker, paragraph: Int, position: TextPosition)? {
        var spoken: (position: TextPosition, speaker: Speaker, paragraph: Int)?
        search: for h in history.reversed() {
            guard paragraph - h.paragraph <= AttributionLimits.pronounSpeakerParagraphs else { break }
            switch pick(h.speaker) {
            case .take(let sp): spoken = (h.position, sp, h.paragraph); break search
            case .stop: break search
            case .skip: continue
            }
        }
        let subject = mentions.occurrences.last(where: { $0.position < pos && $0.isSubject && fits($0.person) })
        if let sub = subject, spoken == nil || spoken!.position < sub.position { return (person(sub.person), sub.paragraph, sub.position) }
        return spoken.map { ($0.speaker, $0.paragraph, $0.position) }
    }
}
