/// Numbers that stand for a whole noun phrase whose noun was given before (the "fused heads" of
/// English grammar), as the subject of a clause: a bare number, then a verb.
/// "Thieves stole three paintings; two have since been recovered", "31 MPs voted against and a
/// further 19 abstained", "Red pandas are endangered, and fewer than 10,000 remain in the wild";
/// a part and its whole are one subject ("Five of the eight said").
/// The noun is that of the count given last in the sentence, else the plural noun of the clause
/// before, else that of the count given last in the paragraph or the article.
extension ElidedUnitFinder {
    /// Punctuation after which a clause (and so its subject) can start.
    private static let clauseBreaks: Set<String> = [",", ";", ":", "—", "–", "(", "\"", "“", "‘", "'"]

    func fusedHead(_ n: ParsedNumber, start: Int, in s: SentenceTokens, earlier: [EarlierFigure], context: FigureContext) -> UnitMatch? {
        guard let opener = clauseStart(before: partStart(ofWholeAt: start, in: s) ?? start, in: s),
              isVerb(at: afterWhole(ofPartEndingAt: n.last, in: s) ?? n.last + 1, in: s) else { return nil }
        let end = n.last
        if let f = earlier.last(where: { FigureContext.isCount($0.figure) }) { return borrowed(f.figure, end: end) }
        // After "that" (or a speech verb) the noun before is most often who reports ("Officials said
        // that 12 were …", "The firm said the first four would …").
        if s.low(opener) != "that", !v.reportingOpeners.contains(s.low(opener)), let m = pluralNoun(before: opener, in: s, end: end) { return m }
        return (context.paragraphFigures.last(where: FigureContext.isCount) ?? context.lastCount).map { borrowed($0, end: end) }
    }

    /// "Five of the eight said": the token after the whole ("eight") of a part ending at `last`, or nil.
    private func afterWhole(ofPartEndingAt last: Int, in s: SentenceTokens) -> Int? {
        guard s.low(last + 1) == "of" else { return nil }
        var j = last + 2
        if s.low(j) == "the" { j += 1 }
        return v.isCountNumber(j, in: s) ? j + 1 : nil
    }

    /// "Five of the eight said": the part ("Five") of the whole starting at `start`, or nil.
    private func partStart(ofWholeAt start: Int, in s: SentenceTokens) -> Int? {
        var p = start - 1
        if s.low(p) == "the" { p -= 1 }
        return s.low(p) == "of" && v.isCountNumber(p - 1, in: s) ? p - 1 : nil
    }

    /// The token that opens the clause whose subject starts at `start` (its lead words, "all",
    /// "a further", skipped): -1 at the start of the sentence; nil when the number opens no clause.
    private func clauseStart(before start: Int, in s: SentenceTokens) -> Int? {
        let p = tokenBeforeLeads(start, in: s)
        if p < 0 { return -1 }
        // "tram lines 2 and 4 are diverted": a number joined to a number before it names, with it.
        if s.isWord(p) {
            return (v.clauseOpeners.contains(s.lows[p]) || v.reportingOpeners.contains(s.lows[p])) && !s.isNumber(p - 1) ? p : nil
        }
        return s.isPunct(p, Self.clauseBreaks) ? p : nil
    }

    /// A finite verb at `k`: an auxiliary or common verb from the lexicon, or a regular past tense.
    private func isVerb(at k: Int, in s: SentenceTokens) -> Bool {
        guard s.isWord(k), !s.capitalized(k) else { return false }
        let w = s.lows[k]
        if v.fusedHeadVerbs.contains(w) { return true }
        return w.count > 4 && w.hasSuffix("ed") && !v.functionWords.contains(w) && v.units[w] == nil
    }

    /// The nearest plural noun of people or things before the clause opener at `p` ("Red pandas are
    /// endangered, and …"), in the same sentence.
    private func pluralNoun(before p: Int, in s: SentenceTokens, end: Int) -> UnitMatch? {
        var j = p - 1
        while j >= 0 {
            if units.looksPlural(s, j) {
                // A plural measure ("percent", "kilometres") is no noun a number can stand for.
                let e = v.units[s.lows[j]] ?? UnitEntry(unit: s.lows[j], kind: .object)
                guard e.kind == .people || e.kind == .object else { return nil }
                return UnitMatch(unit: e.unit, kind: e.kind, place: .elided(subject: s.span(j, j)), surfaceEnd: end, fromLexicon: false)
            }
            j -= 1
        }
        return nil
    }
}
