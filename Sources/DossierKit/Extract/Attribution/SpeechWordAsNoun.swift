/// When a speech verb's word is a noun or a noun's modifier instead: "a conference call", "though state
/// guidelines are …". `AttributionParser.isVerb` and the backward phrase reader consult these.
extension AttributionParser {
    /// "though state guidelines are …", "North Korean state media said": a verb's base form (its "-s" form is
    /// a verb too) after a clause word, a sentence start or a capitalised adjective, then a noun and a verb,
    /// modifies that noun. A subject that would make it a verb ("they state …") is a pronoun or a noun.
    func modifiesANoun(_ s: TokenSentence, _ i: Int) -> Bool {
        let l = s.lower(i)
        guard vocab.speechVerbs.contains(l + "s") || vocab.speechVerbs.contains(l + "es"), i + 2 < s.tokens.count,
              s.isWord(i + 1), !s.tokens[i + 1].isCapitalized, !s.has(i + 1, [.determiners, .boundaries, .pronounWords, .cutWords, .listeners]),
              s.has(i + 2, [.speechVerbs, .beForms, .modal]) else { return false }
        if i == 0 { return true }
        let p = s.tokens[i - 1]
        return p.kind == .punct || s.has(i - 1, [.subordinators, .coordinators]) || (p.isCapitalized && i - 1 > 0)
    }

    /// "a conference call", "the first distress call": a verb's base form (its "-s" form is a verb too) after a
    /// singular noun that an article opens is the head of a noun phrase. A singular subject would need "calls".
    func endsNounCompound(_ s: TokenSentence, _ i: Int) -> Bool {
        let l = s.lower(i)
        guard vocab.speechVerbs.contains(l + "s") || vocab.speechVerbs.contains(l + "es") else { return false }
        let noun = s.lower(i - 1)
        guard s.isWord(i - 1), !noun.hasSuffix("s") || noun.hasSuffix("ss") else { return false }
        var j = i - 1
        while j >= 0, i - j <= 3, s.isWord(j), !s.tokens[j].isCapitalized,
              !s.has(j, [.determiners, .boundaries, .pronounWords, .cutWords]), !isAuxiliary(s.lower(j)), !s.lower(j).hasSuffix("ed") { j -= 1 }
        guard j >= 0, i - j <= 3, s.isWord(j) else { return false }
        let article = s.lower(j)
        return article == "a" || article == "an" || (article == "the" && i - j >= 3)
    }

    /// "will", "has", "was", "did": a verb after one is a verb, whatever comes before.
    func isAuxiliary(_ l: String) -> Bool {
        vocab.modal.contains(l) || vocab.beForms.contains(l) || ["has", "have", "had", "do", "does", "did"].contains(l)
    }
}
