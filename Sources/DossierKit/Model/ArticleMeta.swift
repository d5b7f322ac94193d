/// What is known about an article besides its text: from front matter, dossier.yml, or the text itself.
public struct ArticleMeta: Sendable, Hashable {
    public var title: String?
    public var outlet: String?
    public var sourceURL: String?
    public var published: Day?
    public var language: String?
    public var translatedFrom: String?
    /// True when the text says it was machine-translated ("automatically translated").
    public var machineTranslated: Bool = false
    public var story: String?

    public init(title: String? = nil, outlet: String? = nil, sourceURL: String? = nil, published: Day? = nil,
                language: String? = nil, translatedFrom: String? = nil, machineTranslated: Bool = false,
                story: String? = nil) {
        self.title = title
        self.outlet = outlet
        self.sourceURL = sourceURL
        self.published = published
        self.language = language
        self.translatedFrom = translatedFrom
        self.machineTranslated = machineTranslated
        self.story = story
    }

    /// Fills every field that is still empty from `other`.
    public func filling(from other: ArticleMeta) -> ArticleMeta {
        var m = self
        m.title = m.title ?? other.title
        m.outlet = m.outlet ?? other.outlet
        m.sourceURL = m.sourceURL ?? other.sourceURL
        m.published = m.published ?? other.published
        m.language = m.language ?? other.language
        m.translatedFrom = m.translatedFrom ?? other.translatedFrom
        m.machineTranslated = m.machineTranslated || other.machineTranslated
        m.story = m.story ?? other.story
        return m
    }
}
