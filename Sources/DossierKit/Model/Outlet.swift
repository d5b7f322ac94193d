/// A publication, with the articles of the corpus it published.
public struct Outlet: Sendable {
    public let name: String
    public let slug: String
    /// Admiralty source reliability A–F from dossier.yml; F ("cannot be judged") when not given.
    public let grade: String
    public let url: String?
    public let note: String?
    public let articleIDs: [String]

    /// The outlet name shown for articles that do not say where they come from.
    public static let unattributed = "Unattributed"

    public static let gradeMeanings: [String: String] = [
        "A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
        "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged",
    ]

    public var gradeMeaning: String { Outlet.gradeMeanings[grade] ?? "" }
}

/// Groups articles by outlet; outlet slugs are unique and stable (sorted by name).
public func makeOutlets(_ articles: [Article], config: DossierConfig) -> [Outlet] {
    var byName: [String: [String]] = [:]
    for a in articles { byName[a.meta.outlet ?? Outlet.unattributed, default: []].append(a.id) }
    var taken = Set<String>()
    return byName.keys.sorted().map { name in
        let c = config.outlets[name] ?? OutletConfig()
        return Outlet(name: name, slug: Slug.unique(Slug.make(name, fallback: "outlet"), in: &taken),
                      grade: c.grade, url: c.url, note: c.note, articleIDs: byName[name]!.sorted())
    }
}
