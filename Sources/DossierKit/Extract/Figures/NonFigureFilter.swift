/// Numbers that do not count anything: dates and years, clock times, ages, ordinals, phone numbers
/// and codes, names of products and laws ("Windows 7", "F-16", "Article 5"). Each check looks at a
/// few tokens around the number only.
struct NonFigureFilter: Sendable {
    /// Qualifiers that bound a duration ("in less than six hours").
    private static let durationBounds: Set<Figure.Qualifier> = [.lessThan, .atMost, .nearly, .moreThan]

    let v: FigureVocabulary

    private static let joiners: Set<String> = [":", "/", "."]
    private static let codeMarks: Set<String> = ["+", "#", "№"]
    private static let apostrophes: Set<String> = ["'", "’", "‘"]
    private static let openers: Set<String> = ["\"", "“", "‘", "'", "«", "„", "(", "[", "—", "–", "-", ":"]

    /// True when the number `n` (starting at token `n.first`) is not a figure, whatever follows it.
    func rejects(_ s: SentenceTokens, _ n: ParsedNumber, titleCase: Bool) -> Bool {
        let i = n.first
        let after = n.last + 1
        if !n.isSpelled {
            // "+44 20…", "#1": phone numbers, rankings, hashtags.
            if s.isPunct(i - 1, Self.codeMarks), s.attached(i) { return true }
            // "10:30", "24/7", "3/4", "5.1.2": times, ratios, fractions, versions and numeric dates.
            if s.isPunct(after, Self.joiners), s.attached(after), s.isNumber(after + 1), s.attached(after + 1) { return true }
            if s.isPunct(i - 1, Self.joiners), s.attached(i), s.isNumber(i - 2), s.attached(i - 1) { return true }
            // "76th", "1990s", "3D", "5G": letters glued to the digits that are no unit.
            if s.isWord(after), s.attached(after), v.ordinalSuffixes.contains(s.lows[after]) { return true }
            // "F-16", "COVID-19", "Su-27": a name with a number.
            if s.isPunct(i - 1, SentenceTokens.hyphenMarks), s.attached(i), s.isWord(i - 2), s.attached(i - 1) { return true }
            // "the '90s"
            if s.isPunct(i - 1, Self.apostrophes), s.attached(i) { return true }
            // A run of numbers ("555 123 4567", "(02) 9555 1234"): phone numbers and codes.
            if s.isNumber(after) || (s.isPunct(after, [")"]) && s.isNumber(after + 1)) { return true }
            if s.isNumber(i - 1) || (s.isPunct(i - 1, [")", "("]) && s.isNumber(i - 2)) { return true }
        }
        // "two too many", "one too few": a figure of speech, nothing counted.
        if s.low(after) == "too" { return true }
        if isTime(s, after) || isHourOfDay(s, n) || isReading(s, n) || isAge(s, n) || isDatePart(s, n) || isReference(s, n, titleCase: titleCase) { return true }
        return false
    }

    /// "10 a.m.", "3pm", "15:00 GMT", "9 o'clock".
    private func isTime(_ s: SentenceTokens, _ after: Int) -> Bool {
        v.timeAfter.length(startingAt: after, in: s.lows) > 0
    }

    /// "at 19 hours", "from 20 hours", "between 20 hours and 6 hours": an hour of the day written as hours.
    private func isHourOfDay(_ s: SentenceTokens, _ n: ParsedNumber) -> Bool {
        let i = n.first, after = n.last + 1
        guard !n.isSpelled, !n.hasScale, n.value <= 24, n.value == n.value.rounded(), after < s.count, s.lows[after] == "hours" else { return false }
        // "at 4 hours of the morning": translated, the part of the day makes it an hour ("4 hours in the morning"
        // is how long).
        if after + 3 < s.count, s.lows[after + 1] == "of", s.lows[after + 2] == "the",
           Self.partsOfDay.contains(s.lows[after + 3]) { return true }
        if i >= 1, v.clockHourBefore.contains(s.lows[i - 1]) {
            guard s.lows[i - 1] == "from" else { return true }
            let toAnother = after + 2 < s.count && s.lows[after + 1] == "to" && s.isNumber(after + 2)
            return !toAnother && v.changeVerbs.length(endingAt: i - 2, in: s.lows) == 0 && !["down", "up"].contains(s.low(i - 2))
        }
        // "between 20 hours and 6 hours": a span that runs past midnight, read from either of its numbers.
        let other: Int? = i >= 4 && s.lows[i - 1] == "and" && s.lows[i - 2] == "hours" && s.lows[i - 4] == "between" ? i - 3
            : i >= 1 && s.lows[i - 1] == "between" && after + 3 < s.count && s.lows[after + 1] == "and" && s.lows[after + 3] == "hours" ? after + 2 : nil
        guard let o = other, s.isNumber(o), let partner = Double(s.tokens[o].text) else { return false }
        return o < i ? partner > n.value && partner <= 24 : partner < n.value
    }

    private static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// "44.6 degrees", "forty-degree heat", "rated 3 on a scale of 5": a temperature, an angle, a rating.
    private func isReading(_ s: SentenceTokens, _ n: ParsedNumber) -> Bool {
        if let c = n.compoundNoun { return v.readings.contains(c) }
        return v.readings.length(startingAt: n.last + 1, in: s.lows) > 0
    }

    /// "aged 70", "a 34-year-old man", "70 years old", "aged between 18 and 30".
    private func isAge(_ s: SentenceTokens, _ n: ParsedNumber) -> Bool {
        var before = n.first - 1
        if ["between", "of", "over", "under", "about", "around"].contains(s.low(before)) { before -= 1 }
        if v.ageBefore.contains(s.low(before)) { return true }
        if let c = n.compoundNoun, v.ageAfter.contains(c) { return true }
        var after = n.last + 1
        // "Giuseppe Bongiovanni, 68 years, trifolau of …": translated copy gives a person's age between
        // commas after the name.
        if n.isPlainInteger, s.isPunct(n.first - 1, [","]), s.isWord(n.first - 2), s.tokens[n.first - 2].isCapitalized,
           s.low(after) == "years", s.isPunct(after + 1, [","]) { return true }
        if s.isPunct(after, SentenceTokens.hyphenMarks), s.attached(after) { after += 1 }
        return v.ageAfter.length(startingAt: after, in: s.lows) > 0
    }

    /// "June 19", "Sept. 25", "19 June", "the 19th of June".
    private func isDatePart(_ s: SentenceTokens, _ n: ParsedNumber) -> Bool {
        guard n.isPlainInteger, let day = Int(s.tokens[n.first].text), (1...DateLimits.maxDayOfMonth).contains(day) else { return false }
        let i = n.first
        if v.isMonth(s, i - 1) || (s.isPunct(i - 1, ["."]) && v.isMonth(s, i - 2)) { return true }
        var after = n.last + 1
        if s.attached(after), v.ordinalSuffixes.contains(s.low(after)) { after += 1 }
        if s.low(after) == "of" { after += 1 }
        return v.isMonth(s, after)
    }

    /// "Article 5", "No. 10", "Resolution 2231", "Boeing 737", "Windows 7".
    private func isReference(_ s: SentenceTokens, _ n: ParsedNumber, titleCase: Bool) -> Bool {
        var p = n.first - 1
        if s.isPunct(p, ["."]) { p -= 1 }
        guard s.isWord(p) else { return false }
        let word = s.lows[p]
        if v.referenceBefore.contains(word) {
            // "gave her street 20 minutes to leave": a lowercase noun before a number with a unit of
            // its own is no name ("Route 66", "Article 5" are capitalised, or stand alone).
            return s.capitalized(p) || !hasOwnUnit(s, n)
        }
        // A capitalised name right before a bare number names a model or an item. Not at the start
        // of a sentence or a quotation ("About 400…", "“Nearly 300…"), not in title case, and not
        // for numbers that only counts have ("1,500", "2.5 million").
        guard !n.isSpelled, n.isPlainInteger, !titleCase, s.capitalized(p), p > 0, !s.isPunct(p - 1, Self.openers) else { return false }
        // ("Sh 300", "Rs 500": a currency's letters before the amount.)
        if v.functionWords.contains(word) || v.qualifiers[word] != nil || v.dateWords.contains(word) || v.units[word] != nil
            || v.currencyCodes.longest(endingAt: p, in: s.lows) != nil || v.isoCodes.contains(s.tokens[p].text) { return false }
        // "told Reuters 40 people had died": models are not followed by people.
        if v.units.longest(startingAt: n.last + 1, in: s.lows)?.value.kind == .people { return false }
        return true
    }

    /// A unit from the lexicon right after the number ("20 minutes", "300 people"); not a single letter.
    private func hasOwnUnit(_ s: SentenceTokens, _ n: ParsedNumber) -> Bool {
        guard let m = v.units.longest(startingAt: n.last + 1, in: s.lows) else { return false }
        return m.length > 1 || s.low(n.last + 1).count > 1
    }

    /// A four-digit number in the range of years is a year unless a unit from the lexicon follows
    /// and no year cue or month stands before it ("sent 2000 soldiers" but "in 2022 protesters").
    func isYear(_ s: SentenceTokens, _ n: ParsedNumber, unitFromLexicon: Bool) -> Bool {
        guard n.isPlainInteger, s.tokens[n.first].text.utf8.count == 4, let y = Int(s.tokens[n.first].text),
              FigureLimits.plausibleYears.contains(y) else { return false }
        if !unitFromLexicon { return true }
        let p = n.first - 1
        // "Sept. 25, 2024 …": a year after the day of a date.
        let afterDay = s.isPunct(p, [","]) && s.isPlainDigits(p - 1) && (v.isMonth(s, p - 2) || s.isPunct(p - 2, ["."]))
        return v.yearCues.length(endingAt: p, in: s.lows) > 0 || v.isMonth(s, p) || afterDay
    }

    /// A duration that places an event in time rather than measuring it: "over the past two years",
    /// "in the next three days", "two years ago", "within 48 hours". `qualifier` starts at `start`.
    func isTimeWindow(_ s: SentenceTokens, start: Int, qualifier: Figure.Qualifier?, unitEnd: Int) -> Bool {
        var p = start - 1
        let betweenEvents = isBetweenEvents(s, unitEnd: unitEnd)
        if v.windowPreposition.contains(s.low(p)) {
            // "gathered 6,100 signatures in 60 days after the paper reported …": measured from an event.
            if betweenEvents { return false }
            // "fell in less than six hours", "sold out in just over an hour": a bound on a duration
            // after a past event measures how long it took; "is in less than two weeks", "will
            // open in under an hour" are windows, and so are "in two weeks", "in about a month".
            // "within" is a bound of its own: "fixed within 48 hours", but "will reply within 48 hours".
            if v.boundingPrepositions.contains(s.low(p)) { return !isPastBound(before: p, in: s) }
            return !Self.durationBounds.contains(qualifier ?? .none) || isFuture(before: p, in: s)
        }
        if v.windowBefore.contains(s.low(p)) { return !isDurationVerb(s, p) }
        if v.determiners.contains(s.low(p)) { p -= 1 }
        if v.windowBefore.contains(s.low(p)) { return true }
        guard v.windowAfter.length(startingAt: unitEnd + 1, in: s.lows) > 0, !betweenEvents else { return false }
        // "it will take 36 to 48 hours before …", "waited three hours before …": a length of time.
        return v.durationObjects.length(endingAt: start - 1, in: s.lows) == 0
    }

    /// "about 20 minutes after she unplugged it", "two hours before the exam began": "before" or
    /// "after" with a second event after it makes the duration the time between two events, which
    /// is measured; with nothing after it ("three days after.") it is an offset like "later".
    private func isBetweenEvents(_ s: SentenceTokens, unitEnd: Int) -> Bool {
        let n = v.eventAnchors.length(startingAt: unitEnd + 1, in: s.lows)
        return n > 0 && s.isWord(unitEnd + 1 + n)
    }

    /// "will last six weeks", "and last about 18 months": the window word is the verb, measuring a duration.
    private func isDurationVerb(_ s: SentenceTokens, _ p: Int) -> Bool {
        guard v.windowVerbs.contains(s.low(p)) else { return false }
        let lead = s.low(p - 1)
        return v.verbLeads.contains(lead) || v.futureMarkers.contains(lead) || s.endsInContractedWill(p - 1)
    }

    /// "the company fixed it within 48 hours", "were seen within four hours": "within" (token `p`)
    /// after a past event measures how long it took. With no past verb in the words before it, or
    /// with a future, present or condition marker among them ("will reply within", "if they did not
    /// pay within"), it gives a deadline: a window.
    private func isPastBound(before p: Int, in s: SentenceTokens) -> Bool {
        var past = false
        var k = p - 1
        while k >= 0, p - k <= FigureLimits.maxClauseWords, s.isWord(k) {
            let w = s.lows[k]
            if v.futureMarkers.contains(w) { return false }
            if v.pastMarkers.contains(w) || (w.utf8.count >= FigureLimits.minRegularPastLength && w.hasSuffix("ed")) { past = true }
            k -= 1
        }
        return past
    }

    /// A future or present-tense marker among the few words before token `p` ("is", "will", "due").
    private func isFuture(before p: Int, in s: SentenceTokens) -> Bool {
        var k = p - 1
        while k >= 0, p - k <= FigureLimits.maxLinkingWords, s.isWord(k) {
            if v.futureMarkers.contains(s.lows[k]) { return true }
            k -= 1
        }
        return false
    }
}
