/// When a speech verb's word is a noun or a noun's modifier instead: "a conference call", "though state
/// guidelines are …". `AttributionParser.isVerb` and the backward phrase reader consult these.
extension AttributionParser {
    /// "though state guidelines are …", "North Korean state media said": a verb's base form (its "-s" form is
    /// a verb too) after a clause word, a sentence start or a capitalised adjective, then a noun and a verb,
    /// modifies that noun. A subject that would make it a verb ("they state …") is a pronoun or a noun.
    func modifiesANoun(_ s: TokenSentence, _ i: Int) -> Bool {
        let l = s.lower(i)
        guard vocab.speechVerbBases.contains(l), i + 2 < s.tokens.count,
              s.isWord(i + 1), !s.tokens[i + 1].isCapitalized, !s.has(i + 1, [.determiners, .boundaries, .pronounWords, .cutWords, .listeners]),
              s.has(i + 2, [.speechVerbs, .beForms, .modal]) else { return false }
        // With no subject before it ("though state guidelines are …") the word cannot be the verb.
        if i == 0 || s.has(i - 1, [.subordinators, .coordinators]) { return true }
        // After a capitalised word or a mark, only in the shape "North Korean state media said": else the
        // capitalised word or the parenthesis is the subject's ("Doctors in Gaza say supplies are …",
        // "Residents, however, say prices are …").
        let p = s.tokens[i - 1]
        return (p.kind == .punct || (p.isCapitalized && i - 1 > 0)) && s.has(i + 2, .speechVerbs)
    }

    /// "said satellite estimates “tend to struggle”", "warned that police reports …": an "-s" speech word after a
    /// bare lowercase noun that opens a reported clause (right after a verb of speech or "that") is a plural noun,
    /// the reported clause's subject, not a verb with that noun for subject.
    func isPluralNounOpeningAClause(_ s: TokenSentence, _ i: Int) -> Bool {
        guard i >= 2, s.lower(i).hasSuffix("s"), s.isWord(i - 1), !s.tokens[i - 1].isCapitalized else { return false }
        // The verb that opens the clause is a finite one: "said", "warns" (in "because state guidance tells" the
        // base form "state" is a noun's modifier).
        func reports(_ j: Int) -> Bool {
            s.isWord(j) && !s.tokens[j].isCapitalized && s.has(j, .speechVerbs)
                && (vocab.speechVerbPastForms.contains(s.lower(j)) || s.lower(j).hasSuffix("s"))
        }
        // "said that estimates …": right after "that", with no subject between, the word is the clause's subject.
        // ("and that estimates …": a second clause of the same verb.)
        if s.lower(i - 1) == "that", reports(i - 2) || s.lower(i - 2) == "and" { return true }
        guard !s.lower(i - 1).hasSuffix("s"), !s.has(i - 1, [.determiners, .boundaries, .pronounWords, .cutWords, .adverbs]),
              s.isWord(i - 2) else { return false }
        return s.lower(i - 2) == "that" || reports(i - 2)
    }

    /// "a conference call", "the first distress call": a verb's base form (its "-s" form is a verb too) after a
    /// singular noun that an article opens is the head of a noun phrase. A singular subject would need "calls".
    /// After "the" and one word, only when an auxiliary or a verb of speech follows ("the full report would").
    func endsNounCompound(_ s: TokenSentence, _ i: Int) -> Bool {
        let l = s.lower(i)
        guard vocab.speechVerbBases.contains(l) else { return false }
        let noun = s.lower(i - 1)
        guard s.isWord(i - 1), !noun.hasSuffix("s") || noun.hasSuffix("ss"), !vocab.quantitySubjects.contains(noun) else { return false }
        // "in its last report", "their own statement": after a possessive determiner the words up to the
        // speech word are one noun phrase, whatever the word between ("last" also cuts a clause elsewhere).
        if i >= 2, s.isWord(i - 2), vocab.possessiveDeterminers.contains(s.lower(i - 2)), !s.tokens[i - 1].isCapitalized { return true }
        var j = i - 1
        while j >= 0, i - j <= 3, s.isWord(j), !s.tokens[j].isCapitalized,
              !s.has(j, [.determiners, .boundaries, .pronounWords, .cutWords]), !isAuxiliary(s.lower(j)), !s.lower(j).hasSuffix("ed") { j -= 1 }
        guard j >= 0, i - j <= 3, s.isWord(j) else { return false }
        let article = s.lower(j)
        // "the police report that …" is a verb, but "the full report would", "the same report warned" are not:
        // a verb is not followed by an auxiliary or another verb of speech.
        let verbFollows = i + 1 < s.tokens.count && s.isWord(i + 1) && !s.tokens[i + 1].isCapitalized
            // (The auxiliaries that open a question are all of them: "would", "will", "can", "is", "has".)
            && (isAuxiliary(s.lower(i + 1)) || vocab.questionOpeners.contains(s.lower(i + 1)) || s.has(i + 1, [.speechVerbs, .reportingVerbs]))
        return article == "a" || article == "an" || (article == "the" && (i - j >= 3 || verbFollows)) || vocab.possessiveDeterminers.contains(article)
    }

    /// "the new rules were", "their claims have": an "-s" form right before a be-, have- or modal verb is a
    /// plural noun, the subject of that verb; the verb "rules" takes "that" or an object, never "were".
    func isPluralSubject(_ s: TokenSentence, _ i: Int) -> Bool {
        let l = s.lower(i)
        guard l.hasSuffix("s"), vocab.speechVerbBases.contains(String(l.dropLast())) || vocab.speechVerbBases.contains(String(l.dropLast(2))),
              i + 1 < s.tokens.count, s.isWord(i + 1) else { return false }
        return s.has(i + 1, [.beForms, .modal]) || Self.haveForms.contains(s.lower(i + 1))
    }

    /// "calling reports in the trade press “…”", "dismissed claims that": a speech word right after a speech
    /// verb is that verb's object, a noun.
    func followsASpeechVerb(_ s: TokenSentence, _ i: Int) -> Bool {
        guard i > 0, s.isWord(i - 1), !s.tokens[i - 1].isCapitalized, s.has(i - 1, .speechVerbs) else { return false }
        // Only after a form that can only be a verb: "the report described" has a noun before the verb.
        // ("a warning stating that …": after an article the "-ing" word is a noun and the participle a verb.)
        let previous = s.lower(i - 1), word = s.lower(i)
        guard isPastOrParticiple(previous), !word.hasSuffix("ed"), !word.hasSuffix("ing") else { return false }
        return i < 2 || !s.isWord(i - 2) || !s.has(i - 2, .determiners)
    }

    /// "said cost estimates based on …", "told reporters staff claims were …": an "-s" form after one plain
    /// word that follows a past form of speech is the head of the reported clause's subject; a singular
    /// bare subject with a verb ("said management estimates that") takes "that", an article or a pronoun next.
    func endsReportedSubject(_ s: TokenSentence, _ i: Int) -> Bool {
        let word = s.lower(i)
        guard i >= 2, word.hasSuffix("s"), !word.hasSuffix("ss"), s.isWord(i - 1), !s.tokens[i - 1].isCapitalized,
              !s.has(i - 1, [.determiners, .boundaries, .pronounWords, .cutWords, .adverbs]), !isAuxiliary(s.lower(i - 1)),
              s.isWord(i - 2), !s.tokens[i - 2].isCapitalized, s.has(i - 2, .speechVerbs), isPastOrParticiple(s.lower(i - 2)),
              i + 1 < s.tokens.count, s.isWord(i + 1), !s.tokens[i + 1].isCapitalized,
              !s.has(i + 1, [.determiners, .pronounWords]), s.lower(i + 1) != "that" else { return false }
        return true
    }

    /// "said", "added", "warning": a form of a speech verb that can only be a verb (neither its base form
    /// nor its "-s" form, which double as nouns).
    func isPastOrParticiple(_ l: String) -> Bool {
        l.hasSuffix("ing") || l.hasSuffix("ed") || vocab.speechVerbPastForms.contains(l)
    }

    /// "the village post office", "a call centre": a speech word's base form between "the"/"a" and a noun
    /// modifies the noun after it. A verb there would take "that", an object or an adverb; this is read as a
    /// noun only when the word after it is a plain lowercase word that is none of those.
    func isCompoundModifier(_ s: TokenSentence, _ i: Int) -> Bool {
        guard i >= 2, i + 1 < s.tokens.count, vocab.speechVerbBases.contains(s.lower(i)),
              s.isWord(i - 2), ["the", "a", "an"].contains(s.lower(i - 2)), s.isWord(i - 1), !s.tokens[i - 1].isCapitalized,
              s.isWord(i + 1), !s.tokens[i + 1].isCapitalized else { return false }
        let next = s.lower(i + 1)
        return !next.hasSuffix("ly") && !s.has(i + 1, [.determiners, .boundaries, .cutWords, .pronounWords, .adverbs, .affiliations, .beForms, .modal, .speechVerbs])
    }

    static let haveForms: Set<String> = ["has", "have", "had"]
    static let doForms: Set<String> = ["do", "does", "did"]

    /// "will", "has", "was", "did": a verb after one is a verb, whatever comes before.
    func isAuxiliary(_ l: String) -> Bool {
        vocab.modal.contains(l) || vocab.beForms.contains(l) || Self.haveForms.contains(l) || Self.doForms.contains(l)
    }
}
