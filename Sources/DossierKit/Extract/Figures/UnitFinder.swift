/// Where the counted noun of a figure is, and what unit it gives.
struct UnitMatch: Sendable, Equatable {
    enum Place: Sendable, Equatable {
        /// A currency sign or code before the number ("$74 billion", "USD 5 million").
        case currency
        /// A unit glued to the number: "12%", "10km", "1,200 percent", "32-nation", "five-day".
        case attached(compound: Bool)
        /// The head noun of the phrase after the number: "1,500 North Korean soldiers" (tokens of
        /// the phrase `phraseStart…head`).
        case noun(phraseStart: Int, head: Int)
        /// A noun phrase before the number: "the death toll rose to 40".
        case before(start: Int, end: Int)
        /// No noun of its own: the unit comes from the context (`ElidedUnitFinder`), and so does
        /// the subject ("death toll", or the subject of the figure it was borrowed from).
        case elided(subject: String)
    }

    var unit: String
    var kind: Figure.UnitKind
    var place: Place
    /// Last token the surface covers ("soldiers" in "up to 12,000 soldiers").
    var surfaceEnd: Int
    /// The unit came from the lexicon, not from the plural-noun fallback.
    var fromLexicon: Bool
    /// What the number is divided by in `unit`: 100 for an amount in pence ("95p" = GBP 0.95).
    var divisor: Double = 1
}

/// A currency sign or code before a number, and the token it starts at.
struct CurrencyMatch: Sendable, Equatable {
    let code: String
    let start: Int
}

/// Finds the unit of a number: a currency before it, a percent sign or unit glued to it,
/// or the head noun of the noun phrase after it.
struct UnitFinder: Sendable {
    let v: FigureVocabulary

    /// "$", "US$", "€", "USD", "Rs." right before token `i`.
    func currency(before i: Int, in s: SentenceTokens) -> CurrencyMatch? {
        let p = i - 1
        if s.tokens.indices.contains(p), s.tokens[p].kind == .punct, let code = v.currencySigns[s.tokens[p].text] {
            if s.attached(p), s.isWord(p - 1), let prefixed = v.currencySignPrefixes[s.lows[p - 1]] {
                return CurrencyMatch(code: prefixed, start: p - 1)
            }
            return CurrencyMatch(code: code, start: p)
        }
        if let m = v.currencyCodes.longest(endingAt: p, in: s.lows), s.isWord(p - m.length + 1) {
            return CurrencyMatch(code: m.value, start: p - m.length + 1)
        }
        if let code = isoCode(at: p, in: s) { return CurrencyMatch(code: code, start: p) }
        if s.isWord(p), s.attached(i), let code = v.gluedCurrencyLetters[s.tokens[p].text] { return CurrencyMatch(code: code, start: p) }
        return nil
    }

    /// An ISO 4217 code written in capitals at `k` ("MNT 24.6 billion", "97 million GEL").
    func isoCode(at k: Int, in s: SentenceTokens) -> String? {
        guard s.isWord(k), s.lows[k].utf8.count == 3 else { return nil }
        let text = s.tokens[k].text
        return v.isoCodes.contains(text) ? text : nil
    }

    /// The unit of number `n`; nil when nothing countable follows (nor, with `lookBack`, precedes).
    /// `start` is the first token of the figure (its qualifier or currency sign).
    func unit(of n: ParsedNumber, start: Int, currency: CurrencyMatch?, in s: SentenceTokens) -> UnitMatch? {
        let k = n.last + 1
        if let currency {
            // "$5 million USD": a currency word after the number belongs to the same figure.
            var end = n.last
            if let m = v.units.longest(startingAt: k, in: s.lows), m.value.kind == .money { end = k + m.length - 1 }
            return UnitMatch(unit: currency.code, kind: .money, place: .currency, surfaceEnd: end, fromLexicon: true)
        }
        // "95p", "1.7p a share", "240 pence", "nine cents": hundredths of a currency, counted in the currency.
        if !n.isSpelled || s.low(k).count > 1, let code = hundredths(at: k, in: s) {
            return UnitMatch(unit: code, kind: .money, place: .attached(compound: false), surfaceEnd: k, fromLexicon: true, divisor: 100)
        }
        // "18 U.S. cents", "72.4 US cents": a country's letters before the word give the currency.
        if s.isWord(k), s.lows[k].count > 1, let code = v.currencySignPrefixes[s.lows[k]], hundredths(at: k + 1, in: s) != nil {
            return UnitMatch(unit: code, kind: .money, place: .attached(compound: false), surfaceEnd: k + 1, fromLexicon: true, divisor: 100)
        }
        if let noun = n.compoundNoun { return compoundUnit(noun, at: n.last) }
        if !n.isSpelled, s.attached(k), s.isWord(k) {
            // "10km", "5kg", "100m": a unit written without a space; other glued letters ("5G") are no unit.
            // A capital letter alone is no unit symbol: "5G", "3D", "100M".
            guard let m = v.units.longest(startingAt: k, in: s.lows), !(m.length == 1 && s.lows[k].count == 1 && s.capitalized(k)) else { return nil }
            return UnitMatch(unit: m.value.unit, kind: m.value.kind, place: .attached(compound: false), surfaceEnd: k + m.length - 1, fromLexicon: true)
        }
        if s.isPunct(k, SentenceTokens.hyphenMarks), s.attached(k), s.isWord(k + 1), s.attached(k + 1) {
            return compoundUnit(s.lows[k + 1], at: k + 1)  // "32-nation", "10-km"
        }
        if let m = v.units.longest(startingAt: k, in: s.lows), m.value.kind == .percent {
            return UnitMatch(unit: m.value.unit, kind: .percent, place: .attached(compound: false), surfaceEnd: k + m.length - 1, fromLexicon: true)
        }
        if let code = isoCode(at: k, in: s) {
            return UnitMatch(unit: code, kind: .money, place: .noun(phraseStart: k, head: k), surfaceEnd: k, fromLexicon: true)
        }
        // "4,350 won (US$3.10)": a count with grouped thousands before a money word that is also a verb.
        if !n.isSpelled, !n.hasScale, n.value >= 1000, s.isWord(k), let code = v.groupedMoney[s.lows[k]],
           s.tokens[n.first].text.contains(where: { !$0.isNumber }) {
            return UnitMatch(unit: code, kind: .money, place: .noun(phraseStart: k, head: k), surfaceEnd: k, fromLexicon: true)
        }
        // "a mother of three": nothing counted after the number, a parent before "of".
        if s.low(start - 1) == "of", s.isWord(start - 2), v.parents.contains(s.lows[start - 2]), !s.isWord(k) || v.functionWords.contains(s.lows[k]) {
            return UnitMatch(unit: "children", kind: .people, place: .elided(subject: "children"), surfaceEnd: n.last, fromLexicon: true)
        }
        // "1.5 times earnings": a fraction of a time is a multiplier, never a count of occurrences.
        if n.value.rounded() != n.value, s.isWord(k), v.occurrenceNouns.contains(s.lows[k]) { return nil }
        if isOccurrenceCount(at: k, in: s) {
            return UnitMatch(unit: s.lows[k], kind: .object, place: .noun(phraseStart: k, head: k), surfaceEnd: k, fromLexicon: false)
        }
        // "Cases rose to nearly three times as many": a ratio, whatever noun stands before it.
        if s.isWord(k), v.multipliers.contains(s.lows[k]) { return nil }
        return nounUnit(after: n, in: s) ?? unitBefore(start: start, numberEnd: n.last, in: s)
    }

    /// "spoke with him more than 40 times", "kicked it a thousand times": "times" counts occurrences,
    /// unless a comparison follows, which makes the number a multiplier ("three times as many",
    /// "four times higher", "twice the size" has no number).
    private func isOccurrenceCount(at k: Int, in s: SentenceTokens) -> Bool {
        guard s.isWord(k), v.occurrenceNouns.contains(s.lows[k]), !s.capitalized(k) else { return false }
        guard s.isWord(k + 1) else { return true }
        let next = s.lows[k + 1]
        // "three times a day", "four times a year": how often, not a multiplier of "a …".
        if next == "a" || next == "an", s.isWord(k + 2), v.frequencyPeriods.contains(s.lows[k + 2]) { return true }
        if v.comparisonStarts.contains(next) { return false }
        // A comparative: "higher", "faster", "bigger" (not "over", "after": function words).
        return !(next.count >= 4 && next.hasSuffix("er") && !v.functionWords.contains(next))
    }

    /// Tokens of a mark that both ends of a range repeat, at `k`: "%" glued to the number, "percent",
    /// "per cent", or pence ("between 3p and 4p"); 0 when none.
    func rangeMarkLength(at k: Int, in s: SentenceTokens) -> Int {
        rangeMark(at: k, in: s)?.length ?? 0
    }

    /// Whether both ends of a range carry the same kind of mark ("12% to 15%", not "6.4% to 238p").
    func sameRangeMarks(at k: Int, and l: Int, in s: SentenceTokens) -> Bool {
        guard let a = rangeMark(at: k, in: s), let b = rangeMark(at: l, in: s) else { return false }
        return a.isHundredths == b.isHundredths
    }

    private func rangeMark(at k: Int, in s: SentenceTokens) -> (length: Int, isHundredths: Bool)? {
        if hundredths(at: k, in: s) != nil { return (1, true) }
        guard let m = v.units.longest(startingAt: k, in: s.lows), m.value.kind == .percent, s.isWord(k) || s.attached(k) else { return nil }
        return (m.length, false)
    }

    /// The currency of a hundredths word at `k` after a number ("95p", "240 pence"): a one-letter form only
    /// glued to the digits, and not a video's resolution ("1080p").
    private func hundredths(at k: Int, in s: SentenceTokens) -> String? {
        guard s.isWord(k), let code = v.hundredths[s.lows[k]], s.attached(k) || s.lows[k].count > 1 else { return nil }
        return k > 0 && v.notHundredths.contains(s.tokens[k - 1].text + s.lows[k]) ? nil : code
    }

    /// "32-nation" → nations, "five-day" → days, "10-km" → km. Not "two-way", "34-year-old".
    private func compoundUnit(_ noun: String, at end: Int) -> UnitMatch? {
        if noun.utf8.contains(0x2D) {
            // "2,000-cubic-metre", "50-square-metre": a unit of several words joined by hyphens, or no unit.
            guard let e = v.units[noun.split(separator: "-").joined(separator: " ")] else { return nil }
            return UnitMatch(unit: e.unit, kind: e.kind, place: .attached(compound: true), surfaceEnd: end, fromLexicon: true)
        }
        guard !v.compoundNotCount.contains(noun), !v.ageAfter.contains(noun),
              noun.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
        if let e = v.units[noun] {
            return UnitMatch(unit: e.unit, kind: e.kind, place: .attached(compound: true), surfaceEnd: end, fromLexicon: true)
        }
        guard noun.count >= 2 else { return nil }
        return UnitMatch(unit: FigureVocabulary.plural(noun), kind: .object, place: .attached(compound: true), surfaceEnd: end, fromLexicon: false)
    }

    /// The head noun of the phrase after the number: the first unit from the lexicon, or else the
    /// first plural noun, within a few modifier words ("1,500 North Korean soldiers",
    /// "2,000 of the protesters", "a dozen armed drones").
    private func nounUnit(after n: ParsedNumber, in s: SentenceTokens) -> UnitMatch? {
        var j = n.last + 1
        // Partitive: "2,000 of the soldiers", "300 of its workers", "312 of the 450 seats",
        // "2,400 of the mine's workers", "40 of Chile's miners" (the possessor is not what is counted).
        // "Eleven of 14 economists": a part of a counted whole.
        // "11 of more than 300 bait grounds": the whole with a qualifier of its own.
        let wholeQualifier = s.low(j) == "of" ? (v.qualifiers.longest(startingAt: j + 1, in: s.lows)?.length ?? 0) : 0
        if s.low(j) == "of", v.determiners.contains(s.low(j + 1)) || possessorEnd(from: j + 1, in: s) != nil || s.isPlainDigits(j + 1 + wholeQualifier) {
            j += 1
            if v.determiners.contains(s.low(j)) { j += 1 }
            if let p = possessorEnd(from: j, in: s) { j = p + 1 }
            if s.isPlainDigits(j + wholeQualifier) { j += wholeQualifier }
            // ("Two of the nine board members": the whole spelled out.)
            if v.isCountNumber(j, in: s) { j += 1 }
        }
        // "4,2 millions of euros": a scaled amount of money.
        if n.hasScale, s.low(j) == "of", let m = v.units.longest(startingAt: j + 1, in: s.lows), m.value.kind == .money {
            return UnitMatch(unit: m.value.unit, kind: .money, place: .noun(phraseStart: j + 1, head: j + m.length),
                             surfaceEnd: j + m.length, fromLexicon: true)
        }
        let phraseStart = j
        var modifiers = 0
        while s.isWord(j), modifiers <= FigureLimits.maxModifierWords {
            // A model name among the modifiers: "12 Hwasong-19 missiles", "8 million Windows 10 users".
            if s.isPunct(j + 1, SentenceTokens.hyphenMarks), s.attached(j + 1), s.isNumber(j + 2), s.attached(j + 2), s.isWord(j + 3) {
                modifiers += 1
                j += 3
                continue
            }
            if s.capitalized(j), s.isPlainDigits(j + 1), s.isWord(j + 2) {
                modifiers += 1
                j += 2
                continue
            }
            if n.hasScale, let m = v.scaledMoney.longest(startingAt: j, in: s.lows) {
                return UnitMatch(unit: m.value, kind: .money, place: .noun(phraseStart: phraseStart, head: j + m.length - 1),
                                 surfaceEnd: j + m.length - 1, fromLexicon: true)
            }
            let w = s.lows[j]
            // Another number starts a phrase of its own: "a family of five cannot fit three weeks of …".
            if v.numbers.cardinals[w] != nil || v.numbers.tens[w] != nil { return nil }
            // Single letters ("m", "t") are units only when glued to the digits.
            if let m = v.units.longest(startingAt: j, in: s.lows), m.length > 1 || w.count > 1 {
                let head = j + m.length - 1
                // "12 trapped miners", "40 rescued dogs": a state before a plural noun modifies it.
                if v.states.contains(s.lows[head]), looksPlural(s, head + 1) {
                    modifiers += 1
                    j = head + 1
                    continue
                }
                // "special forces troops", "staff members": a unit before another plural one modifies it
                // (but "40 people injured": a participle after the noun is no noun).
                if m.value.kind == .people || m.value.kind == .object, let next = v.units.longest(startingAt: head + 1, in: s.lows),
                   next.value.kind == m.value.kind, looksPlural(s, head + next.length) {
                    let last = head + next.length
                    return UnitMatch(unit: next.value.unit, kind: next.value.kind, place: .noun(phraseStart: phraseStart, head: last),
                                     surfaceEnd: last, fromLexicon: true)
                }
                return UnitMatch(unit: m.value.unit, kind: m.value.kind, place: .noun(phraseStart: phraseStart, head: head),
                                 surfaceEnd: head, fromLexicon: true)
            }
            // "600 bus drivers", "400 gas stations": a word that only looks plural is a modifier
            // when a noun of the phrase follows it.
            if v.notUnits.contains(w), !v.functionWords.contains(w), !s.capitalized(j), looksPlural(s, j + 1) || v.units[s.low(j + 1)] != nil {
                modifiers += 1
                j += 1
                continue
            }
            // "12 current and former officials", "212 silky and oceanic whitetip sharks": modifiers
            // joined by "and"/"or" before the noun they share.
            if modifiers > 0, isModifierConjunction(at: j, in: s) {
                j += 1
                continue
            }
            if v.functionWords.contains(w) || v.notUnits.contains(w) || v.scaledMoney[w] != nil { return nil }
            if looksPlural(s, j) {
                // "20 Reuters journalists", "300 aid workers": a plural noun followed by another is its modifier.
                var head = j
                if looksPlural(s, j + 1), v.units[s.lows[j + 1]] != nil || !s.capitalized(j + 1) {
                    head = j + 1
                }
                let kind: Figure.UnitKind = v.units[s.lows[head]]?.kind ?? (isDemonym(s, head) ? .people : .object)
                let unit = v.units[s.lows[head]]?.unit ?? s.lows[head]
                return UnitMatch(unit: unit, kind: kind, place: .noun(phraseStart: phraseStart, head: head),
                                 surfaceEnd: head, fromLexicon: v.units[s.lows[head]] != nil)
            }
            modifiers += 1
            j += 1
        }
        return nil
    }

    /// Whether the "and"/"or" at `j` joins two modifiers of one noun: lowercase content words on
    /// both sides (not an adverb before it: "arrived quickly and officials said"), and a plural noun
    /// within a few words after it.
    private func isModifierConjunction(at j: Int, in s: SentenceTokens) -> Bool {
        guard s.lows[j] == "and" || s.lows[j] == "or", s.isWord(j - 1), !s.lows[j - 1].hasSuffix("ly") else { return false }
        for k in (j + 1)...(j + FigureLimits.maxConjoinedModifierWords) {
            guard s.isWord(k), !s.capitalized(k), !v.functionWords.contains(s.lows[k]),
                  v.numbers.cardinals[s.lows[k]] == nil else { return false }
            if k > j + 1, looksPlural(s, k) || v.units[s.lows[k]] != nil { return true }
        }
        return false
    }

    /// "cuts weekly sailings from 21 to 14", "cut the number of homes from 620 to 450": a change with
    /// no noun after its numbers counts the plural noun right before "from" (`start` is the first
    /// token of the first number's figure).
    func nounBeforeChange(start: Int, numberEnd: Int, in s: SentenceTokens) -> UnitMatch? {
        let head = start - 2
        guard s.low(start - 1) == "from", looksPlural(s, head) || v.units[s.low(head)] != nil else { return nil }
        let entry = v.units[s.lows[head]]
        guard entry == nil || entry?.kind == .people || entry?.kind == .object else { return nil }
        var first = head
        while first > 0, head - first < FigureLimits.maxModifierWords, s.isWord(first - 1), !v.functionWords.contains(s.lows[first - 1]),
              !v.determiners.contains(s.lows[first - 1]), !s.capitalized(first - 1) {
            first -= 1
        }
        return UnitMatch(unit: entry?.unit ?? s.lows[head], kind: entry?.kind ?? .object, place: .elided(subject: s.span(first, head)),
                         surfaceEnd: numberEnd, fromLexicon: entry != nil)
    }

    /// The possessive mark closing a possessor of one or two words starting at `j` ("the mine's",
    /// "Chile's", "the state company's"), or nil.
    private func possessorEnd(from j: Int, in s: SentenceTokens) -> Int? {
        for k in j...(j + 1) where s.isWord(k) {
            if s.tokens.indices.contains(k + 1), s.tokens[k + 1].kind == .possessive { return k + 1 }
            if v.functionWords.contains(s.lows[k]) { return nil }
        }
        return nil
    }

    /// A plural-looking noun: "drones", "NGOs", "fighter-jets"; not "this", "was", "its", "Paris".
    func looksPlural(_ s: SentenceTokens, _ j: Int) -> Bool {
        guard s.isWord(j) else { return false }
        let w = s.lows[j]
        // "14 fishermen", "three gunmen": the plural of a "-man" noun ("specimen" and "abdomen" never follow a count).
        if w.count >= 6, w.hasSuffix("men"), !s.capitalized(j), w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
           !v.functionWords.contains(w), !v.notUnits.contains(w) { return true }
        guard w.count >= 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"),
              !v.functionWords.contains(w), !v.notUnits.contains(w),
              w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return false }
        return true
    }

    /// English demonyms in the plural end in -ans ("Ukrainians", "Americans"): people.
    private func isDemonym(_ s: SentenceTokens, _ j: Int) -> Bool {
        s.capitalized(j) && s.lows[j].hasSuffix("ans")
    }

    /// A noun phrase before the number holding a unit from the lexicon, joined to it by linking
    /// words only: "the death toll rose to 40", "the number of evacuees stood at 1,200".
    private func unitBefore(start: Int, numberEnd: Int, in s: SentenceTokens) -> UnitMatch? {
        var p = start - 1
        var skipped = 0
        var agent = false, passive = false
        while s.isWord(p), skipped < FigureLimits.maxLinkingWords,
              v.linking.contains(s.lows[p]) || v.changeVerbs.contains(s.lows[p]) {
            agent = agent || v.agentVerbs.contains(s.lows[p])
            passive = passive || v.passiveAuxiliaries.contains(s.lows[p])
            p -= 1
            skipped += 1
        }
        // "Police estimated 300 had gathered": the police estimate, they are not what is counted.
        guard skipped > 0, !agent || passive else { return nil }
        // The phrase right before the linking words, and those before it joined by prepositions
        // ("the death toll from the floods in Spain"): the first one is the head of the whole.
        var phrases: [(first: Int, end: Int)] = []
        var end = p
        while phrases.count < FigureLimits.maxBackPhrases, let first = phraseStart(endingAt: end, in: s) {
            phrases.insert((first, end), at: 0)
            var q = first - 1
            if v.determiners.contains(s.low(q)) { q -= 1 }
            guard v.tailPrepositions.contains(s.low(q)) else { break }
            end = q - 1
        }
        guard let last = phrases.last?.end else { return nil }
        // "the number of confirmed cases stood at 1,024": a count noun of a plural counts that plural.
        if phrases.count >= 2, v.countNouns.contains(s.lows[phrases[0].end]), s.low(phrases[1].first - 1) == "of" {
            var j = phrases[1].end
            while j >= phrases[1].first, !looksPlural(s, j) { j -= 1 }
            if j >= phrases[1].first {
                let entry = v.units[s.lows[j]]
                return UnitMatch(unit: entry?.unit ?? s.lows[j], kind: entry?.kind ?? .object, place: .before(start: phrases[0].first, end: last),
                                 surfaceEnd: numberEnd, fromLexicon: entry != nil)
            }
        }
        var state: UnitMatch?
        for phrase in phrases {
            // The rightmost unit of the phrase is its head ("number of evacuees" → evacuees); a state
            // after a noun is its participle ("the number of people evacuated" → people).
            var j = phrase.end
            while j >= phrase.first {
                if let m = v.units.longest(startingAt: j, in: s.lows), j + m.length - 1 <= phrase.end,
                   m.length > 1 || s.lows[j].count > 1, m.value.kind == .people || m.value.kind == .object {
                    let found = UnitMatch(unit: m.value.unit, kind: m.value.kind, place: .before(start: phrase.first, end: last),
                                          surfaceEnd: numberEnd, fromLexicon: true)
                    guard v.states.contains(s.lows[j]) else { return found }
                    state = state ?? found
                }
                j -= 1
            }
        }
        return state
    }

    /// First token of the run of content words (at most a few) ending at `end`; nil when `end` is no such word.
    private func phraseStart(endingAt end: Int, in s: SentenceTokens) -> Int? {
        guard s.isWord(end), !v.functionWords.contains(s.lows[end]) else { return nil }
        var first = end
        while s.isWord(first - 1), end - (first - 1) < FigureLimits.maxBackWords, !v.functionWords.contains(s.lows[first - 1]) {
            first -= 1
        }
        return first
    }
}
