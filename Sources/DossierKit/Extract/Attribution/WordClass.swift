/// The lexicon sections a word belongs to, as bits: every word of a sentence is looked up once
/// (`AttributionVocabulary.classes`), and the rules then test bits instead of hashing the word again.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    // speech-verbs.txt
    static let speechVerbs = WordClass(rawValue: 1 << 0)
    static let reportingVerbs = WordClass(rawValue: 1 << 1)
    static let namingVerbs = WordClass(rawValue: 1 << 2)
    static let toldVerbs = WordClass(rawValue: 1 << 3)
    static let listeners = WordClass(rawValue: 1 << 4)
    // titles.txt / honorifics.txt
    static let titles = WordClass(rawValue: 1 << 5)
    static let titleModifiers = WordClass(rawValue: 1 << 6)
    static let honorifics = WordClass(rawValue: 1 << 7)
    static let maleWords = WordClass(rawValue: 1 << 8)
    static let femaleWords = WordClass(rawValue: 1 << 9)
    static let relatives = WordClass(rawValue: 1 << 10)
    /// A title or its plural ("official", "officials"): `AttributionVocabulary.isRoleNoun`.
    static let roleNoun = WordClass(rawValue: 1 << 11)
    // pronouns.txt
    static let malePronouns = WordClass(rawValue: 1 << 12)
    static let femalePronouns = WordClass(rawValue: 1 << 13)
    static let thingPronouns = WordClass(rawValue: 1 << 14)
    static let pluralPronouns = WordClass(rawValue: 1 << 15)
    static let firstPerson = WordClass(rawValue: 1 << 16)
    static let pronounWords: WordClass = [.malePronouns, .femalePronouns, .thingPronouns, .pluralPronouns, .firstPerson]
    // organisations.txt
    static let bodies = WordClass(rawValue: 1 << 17)
    static let documents = WordClass(rawValue: 1 << 18)
    // clause-words.txt
    static let determiners = WordClass(rawValue: 1 << 19)
    static let boundaries = WordClass(rawValue: 1 << 20)
    static let adverbs = WordClass(rawValue: 1 << 21)
    static let cutWords = WordClass(rawValue: 1 << 22)
    static let timeWords = WordClass(rawValue: 1 << 23)
    static let weekdays = WordClass(rawValue: 1 << 24)
    static let clauseJoiners = WordClass(rawValue: 1 << 25)
    // stance.txt
    static let denial = WordClass(rawValue: 1 << 26)
    static let rejection = WordClass(rawValue: 1 << 27)
    static let denialVerbs: WordClass = [.denial, .rejection]
    static let claimNouns = WordClass(rawValue: 1 << 28)
    static let dismissive = WordClass(rawValue: 1 << 29)
    static let confirmation = WordClass(rawValue: 1 << 30)
    static let negation = WordClass(rawValue: 1 << 31)
    static let decline = WordClass(rawValue: 1 << 32)
    static let noConfirmation = WordClass(rawValue: 1 << 33)
    static let hedge = WordClass(rawValue: 1 << 34)
    static let hedgePassive = WordClass(rawValue: 1 << 35)
    static let unconfirmed = WordClass(rawValue: 1 << 36)
    static let modal = WordClass(rawValue: 1 << 37)
    static let anonymousSources = WordClass(rawValue: 1 << 38)
    static let beForms = WordClass(rawValue: 1 << 39)
    static let relativePronouns = WordClass(rawValue: 1 << 40)
    static let quoteMarkers = WordClass(rawValue: 1 << 41)
    static let affiliations = WordClass(rawValue: 1 << 42)
    static let generic = WordClass(rawValue: 1 << 43)
    static let hedgeVerbs = WordClass(rawValue: 1 << 44)
    static let characterising = WordClass(rawValue: 1 << 45)
    static let withholding = WordClass(rawValue: 1 << 46)
    static let nonResponse = WordClass(rawValue: 1 << 47)
    static let estimating = WordClass(rawValue: 1 << 48)
    static let evidence = WordClass(rawValue: 1 << 49)
    static let evidenceVerbs = WordClass(rawValue: 1 << 50)
    static let hearing = WordClass(rawValue: 1 << 51)
    static let warningVerbs = WordClass(rawValue: 1 << 52)
    static let warningPrepositions = WordClass(rawValue: 1 << 53)
    static let subordinators = WordClass(rawValue: 1 << 54)
    static let tentative = WordClass(rawValue: 1 << 55)
    static let estimateNouns = WordClass(rawValue: 1 << 56)
    static let estimateFrames = WordClass(rawValue: 1 << 57)
    static let coordinators = WordClass(rawValue: 1 << 58)
    /// "neither" (… nor) and "no" (confirmation): words that open a stance cue of their own.
    static let negators = WordClass(rawValue: 1 << 59)
    /// "according" (to X).
    static let according = WordClass(rawValue: 1 << 60)
    /// Verbs of belief and inference ("believe", "suggest"): what they report is hedged.
    static let belief = WordClass(rawValue: 1 << 61)
}
