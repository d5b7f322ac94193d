/// The vocabulary of cleaning, read from Resources/lexicon/furniture.txt and abbreviations.txt.
public struct CleanRules: Sendable {
    let labels: Set<String>
    let tailStarts: [String]
    let blockLabels: Set<String>
    /// Link-list headings that go on with a section's name ("More from Football").
    let blockPrefixes: [String]
    let media: Set<String>
    let notices: [String]
    let captionStarts: [String]
    let captionCredits: [String]
    let photoAgencies: [String]
    let sourceLabels: [String]
    public let splitter: SentenceSplitter

    /// Headings are short; a "paragraph" in the header zone that is longer than this is body text.
    static let maxHeadingWords = 14
    /// Labels, notices, credits and links to other stories are short: a longer block is text.
    static let maxLabelWords = 20
    /// A link-list heading with a section's name ("More from Football") is a few words, no sentence.
    static let maxSectionLabelWords = 5
    /// A first line longer than this (words) is a lead paragraph, not a title.
    static let maxTitleWords = 20
    /// A derived title keeps at most this many words.
    static let derivedTitleWords = 14

    public init(furniture: Lexicon, abbreviations: Lexicon) {
        labels = furniture.set("label")
        tailStarts = furniture["tail"].map { $0.lowercased() }
        blockLabels = furniture.set("block")
        blockPrefixes = furniture["block-prefix"].map { $0.lowercased() }
        media = furniture.set("media")
        notices = furniture["notice"].map { $0.lowercased() }
        captionStarts = furniture["caption-start"].map { $0.lowercased() }
        captionCredits = furniture["caption-credit"].map { $0.lowercased() }
        photoAgencies = furniture["photo-agency"].map { $0.lowercased() }
        sourceLabels = furniture["source-label"].map { $0.lowercased() }
        splitter = SentenceSplitter(abbreviations: abbreviations.set(), beforeDigits: abbreviations.set("before-digits"))
    }
}
