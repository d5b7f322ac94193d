/// The articles about one story. Articles carry `story:` in front matter; a corpus without it is
/// one story. Comparisons happen within a story.
public struct Story: Sendable {
    public let id: String
    public let slug: String
    public let title: String
    /// In reading order.
    public let articleIDs: [String]

    /// The story of articles that name none.
    public static let defaultID = ""
}

/// Groups articles (already in reading order) by story; stories sorted by id.
func makeStories(_ articles: [Article], dossierTitle: String) -> [Story] {
    var byID: [String: [Article]] = [:]
    for a in articles { byID[a.meta.story ?? Story.defaultID, default: []].append(a) }
    if byID.count == 1, let only = byID.first {
        return [Story(id: only.key, slug: "", title: dossierTitle, articleIDs: only.value.map(\.id))]
    }
    var taken = Set<String>()
    return byID.keys.sorted().map { id in
        let members = byID[id]!
        let title = id.isEmpty ? "Articles without a story" : (members.first?.title ?? id)
        return Story(id: id, slug: Slug.unique(Slug.make(id.isEmpty ? "unassigned" : id, fallback: "story"), in: &taken),
                     title: title, articleIDs: members.map(\.id))
    }
}
