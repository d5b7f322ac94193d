/// Every numeric threshold of the figure extractor, with where it comes from.
enum FigureLimits {
    /// Longest digit string read as a number. A Double holds every integer of up to 15 digits
    /// exactly (2^53 ≈ 9.0e15); longer strings are identifiers or garbage, not counts.
    static let maxDigits = 15

    /// Words allowed between a number and the noun it counts. English noun phrases rarely stack
    /// more than three modifiers ("1,500 North Korean special forces"); one more leaves room.
    static let maxModifierWords = 4

    /// Words read after an "and" joining two modifiers to reach the noun they share ("current and
    /// former fisheries observers", "elementary and junior high schools"): the second modifier and
    /// a compound noun of up to three words.
    static let maxConjoinedModifierWords = 4

    /// Longest subject phrase, in words. The brief asks for the counted noun phrase plus a short
    /// participle/prepositional phrase, "≤ ~8 words".
    static let maxSubjectWords = 8

    /// Words of the object of that prepositional phrase ("to the Far East", "in Russia's Kursk region").
    static let maxTailObjectWords = 3

    /// Words of a noun phrase read before a number that has no noun after it ("the death toll rose to 40").
    static let maxBackWords = 3

    /// Noun phrases joined by prepositions read back from there: "the death toll | from the floods |
    /// in eastern Spain" has three; more is rare in a subject and risks crossing into another clause.
    static let maxBackPhrases = 3

    /// Linking words ("was estimated at", "has now risen to") skipped between such a noun phrase and its number.
    static let maxLinkingWords = 4

    /// Words read back from "within" for the verb of its clause ("could develop into a tropical
    /// depression within 48 hours"): a verb and an object of a few words, as in `maxModifierWords`
    /// plus the verb, its auxiliary and a preposition.
    static let maxClauseWords = 7

    /// Shortest word read as a regular past form in -ed: "fixed", "ended", "saved" have five letters
    /// or more; shorter ones are mostly other words ("bed", "red", "need", "shed").
    static let minRegularPastLength = 5

    /// Words between an estimate verb and its "at" ("put the size of the crowd at 9,500"): a short
    /// noun phrase with one "of" phrase, as the object of such verbs runs in news copy.
    static let maxEstimateObjectWords = 5

    /// "about v" → [v·(1 − t), v·(1 + t)] and "nearly v" → [v·(1 − t), v]: the brief's ±10 %.
    static let aboutTolerance = 0.1
    static let nearlyTolerance = 0.1

    /// Share of capitalised words above which a sentence is in title case ("Floods Kill 40 In Spain",
    /// `[Token].isTitleCase`; the attribution rules read no names from such a headline),
    /// so that a capitalised word before a number says nothing about a product name. Headlines in
    /// title case capitalise every content word (over three quarters of the words); running text
    /// rarely has more than half.
    static let titleCaseShare = 0.6

    /// Years: four-digit numbers in this range are read as years unless a known unit follows
    /// (same range as the date extractor).
    static var plausibleYears: ClosedRange<Int> { DateLimits.plausibleYears }
}
