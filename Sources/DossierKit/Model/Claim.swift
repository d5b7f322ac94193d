/// Something an article asserts, tied to the exact sentence it came from.
public struct Claim: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case figure, quote, statement, date }

    /// `c-` + hash of article, kind, sentence and surface: stable across rebuilds.
    public let id: String
    public let kind: Kind
    public let articleID: String
    public let sentenceID: String
    /// The whole sentence (plain text).
    public let text: String
    /// The exact words of `text` the claim covers ("up to 12,000 soldiers"); highlighted on the page.
    public let surface: String
    public var figure: Figure?
    public var quote: Quote?
    public var statement: Statement?
    public var date: DateMention?
    /// True when the claim is in the headline.
    public var inHeadline: Bool = false

    /// `occurrence`: how many claims of the same kind and surface the sentence had before this one
    /// ("the first four … and the remaining four"), so that each gets an id of its own.
    public init(kind: Kind, articleID: String, sentence: Sentence, surface: String, occurrence: Int = 0,
                figure: Figure? = nil, quote: Quote? = nil, statement: Statement? = nil, date: DateMention? = nil) {
        var h = StableHash()
        h.combine(articleID)
        h.combine(kind.rawValue)
        h.combine(sentence.id)
        h.combine(surface)
        if occurrence > 0 { h.combine(String(occurrence)) }
        self.id = "c-" + h.hex(10)
        self.kind = kind
        self.articleID = articleID
        self.sentenceID = sentence.id
        self.text = sentence.text
        self.surface = surface
        self.figure = figure
        self.quote = quote
        self.statement = statement
        self.date = date
        self.inHeadline = sentence.block < 0
    }
}

/// A number that counts something concrete: "up to 12,000 soldiers".
public struct Figure: Sendable, Hashable {
    public enum Qualifier: String, Sendable, CaseIterable {
        case about, nearly, upTo = "up to", moreThan = "more than", atLeast = "at least",
             lessThan = "less than", atMost = "at most", between, exactly, none
    }

    /// What kind of quantity the unit measures; figures are only compared within one kind.
    public enum UnitKind: String, Sendable {
        case people, money, percent, distance, area, weight, volume, duration, object, other
    }

    public var value: Double
    /// Normalised unit: "soldiers", "USD", "percent", "km", "containers".
    public var unit: String
    public var unitKind: UnitKind
    /// What is counted, as a phrase from the sentence: "North Korean soldiers sent to Russia".
    public var subject: String
    /// nil when the number stands bare ("1,500 soldiers").
    public var qualifier: Qualifier?
    /// The interval the qualifier implies; nil bound = unbounded ("more than 13,000" → low 13,000, high nil).
    public var low: Double?
    public var high: Double?
    /// Whether the bounds themselves are excluded ("more than" excludes its number).
    public var lowExclusive: Bool = false
    public var highExclusive: Bool = false
    /// The sentence reports a change to a new figure ("rose to", "so far", "has soared to").
    public var isUpdate: Bool = false

    public init(value: Double, unit: String, unitKind: UnitKind, subject: String, qualifier: Qualifier?,
                low: Double?, high: Double?, lowExclusive: Bool = false, highExclusive: Bool = false, isUpdate: Bool = false) {
        self.value = value
        self.unit = unit
        self.unitKind = unitKind
        self.subject = subject
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.lowExclusive = lowExclusive
        self.highExclusive = highExclusive
        self.isUpdate = isUpdate
    }
}

/// Words inside quotation marks, with who said them.
public struct Quote: Sendable, Hashable {
    public enum SpeakerKind: String, Sendable { case person, organisation, unnamed }

    /// The words inside the marks.
    public var text: String
    /// Canonical speaker name within the article (the fullest form: "Yoon Suk Yeol"); nil when unresolved.
    public var speaker: String?
    public var speakerKind: SpeakerKind?
    /// The speaker's role as the article gives it ("South Korean President"), if any.
    public var speakerRole: String?

    public init(text: String, speaker: String?, speakerKind: SpeakerKind? = nil, speakerRole: String? = nil) {
        self.text = text
        self.speaker = speaker
        self.speakerKind = speakerKind
        self.speakerRole = speakerRole
    }
}

/// A reported proposition and the stance its source takes towards it.
public struct Statement: Sendable, Hashable {
    public enum Stance: String, Sendable, CaseIterable {
        case asserted, confirmed, denied, notConfirmed = "not confirmed", hedged
    }

    public var stance: Stance
    /// Who asserts, confirms, denies or fails to confirm ("the South Korean secret service", "NATO and the USA").
    public var source: String?
    /// What is asserted or denied, as a phrase from the sentence ("reports of troop deployments").
    public var proposition: String
    /// The words that signal the stance ("deny", "neither … nor … confirmed", "reportedly").
    public var cue: String

    public init(stance: Stance, source: String?, proposition: String, cue: String) {
        self.stance = stance
        self.source = source
        self.proposition = proposition
        self.cue = cue
    }
}

/// An explicit or relative date ("June 19, 2024", "on Tuesday", "since August 2023").
public struct DateMention: Sendable, Hashable {
    public enum Granularity: String, Sendable { case day, month, year }

    /// The words as written.
    public var expression: String
    /// Resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by granularity; nil when it cannot be resolved.
    public var resolved: String?
    public var granularity: Granularity
    /// Relative expressions ("last week", "on Tuesday") need the publication date to be resolved.
    public var isRelative: Bool
    /// "since August 2023": the start of a period that lasts until publication.
    public var isStartOfPeriod: Bool = false

    public init(expression: String, resolved: String?, granularity: Granularity, isRelative: Bool, isStartOfPeriod: Bool = false) {
        self.expression = expression
        self.resolved = resolved
        self.granularity = granularity
        self.isRelative = isRelative
        self.isStartOfPeriod = isStartOfPeriod
    }
}
