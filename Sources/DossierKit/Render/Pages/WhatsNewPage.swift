/// whats-new.html and feed.xml: the story as coverage arrived. Articles in order of publication,
/// each with the claims it added, the figures it moved and the stances it changed compared with
/// the coverage published before it. Dates come from the articles, never from the clock.
struct WhatsNewPage {
    let dossier: Dossier
    let memo: PageMemo

    struct Entry {
        let article: Article
        var added: [String] = []
        var moved: [String] = []
        var changed: [String] = []
    }

    /// Walks each story in publication order, remembering what earlier articles said.
    func entries() -> [Entry] {
        var out: [Entry] = []
        for story in dossier.stories {
            var seenClusters = Set<String>()
            var firstVersion: [String: String] = [:]   // cluster → version label first reported
            for id in story.articleIDs {
                guard let a = dossier.article(id) else { continue }
                var e = Entry(article: a)
                for c in dossier.claims(of: id) {
                    guard let k = dossier.cluster(ofClaim: c.id) else {
                        if c.kind != .date { e.added.append(ClaimText.summary(c)) }
                        continue
                    }
                    let version = k.versions.first { $0.claimIDs.contains(c.id) }?.label ?? ""
                    if !seenClusters.contains(k.id) {
                        e.added.append(k.subject + ": " + version)
                        seenClusters.insert(k.id)
                        firstVersion[k.id] = version
                    } else if let first = firstVersion[k.id], first != version {
                        let line = "\(k.subject): \(version) (earlier: \(first))"
                        if c.kind == .figure { e.moved.append(line) } else if c.kind == .statement { e.changed.append(line) }
                    }
                }
                e.added = Self.unique(e.added)
                e.moved = Self.unique(e.moved)
                e.changed = Self.unique(e.changed)
                out.append(e)
            }
        }
        // Newest first across stories; undated articles at the end, in reading order.
        return out.enumerated().sorted { x, y in
            switch (x.element.article.meta.published, y.element.article.meta.published) {
            case let (a?, b?) where a != b: return a > b
            case (.some, .none): return true
            case (.none, .some): return false
            default: return x.offset < y.offset
            }
        }.map(\.element)
    }

    static func unique(_ list: [String]) -> [String] {
        var seen = Set<String>()
        return list.filter { seen.insert($0).inserted }
    }

    /// At most this many lines per kind of change and entry, so a long article does not drown the page.
    static let maxLines = 8
    /// Articles in feed.xml. A reader fetches the whole feed on every poll and only needs what is new
    /// since the last one; the full history is whats-new.html (10,000 entries made a 7 MB feed).
    static let feedEntries = 100

    func render(templates: TemplateSet) throws -> [OutputFile] {
        let entries = self.entries()
        let v = PageValues(path: Links.whatsNew, dossier: dossier)
        var values = v.layout(title: "What’s new", section: "briefing")
        values = values.merging([
            "entries": entries.map { e -> [String: Any] in
                var item = v.articleSummary(e.article)
                item["added"] = e.added.prefix(Self.maxLines).map { ["line": $0] }
                item["moved"] = e.moved.prefix(Self.maxLines).map { ["line": $0] }
                item["changed"] = e.changed.prefix(Self.maxLines).map { ["line": $0] }
                item["hasAdded"] = !e.added.isEmpty
                item["hasMoved"] = !e.moved.isEmpty
                item["hasChanged"] = !e.changed.isEmpty
                item["moreAdded"] = max(0, e.added.count - Self.maxLines)
                return item
            },
            "feedHref": v.link(Links.feed),
        ])
        let page = try templates.page(Links.whatsNew, "whats-new", values, memo: memo)

        // The Atom feed: the newest dated articles only; ids are URNs, links relative unless base_url is set.
        let base = dossier.config.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        let dated = Array(entries.lazy.filter { $0.article.meta.published != nil }.prefix(Self.feedEntries))
        let feed: [String: Any] = [
            "title": dossier.config.title,
            "id": "urn:dossier:" + StableHash.hex(dossier.config.title, length: 16),
            "updated": dated.first.map { Self.atomDate($0.article.meta.published!) } ?? "1970-01-01T00:00:00Z",
            "selfHref": base + Links.feed,
            "pageHref": base + Links.whatsNew,
            "entries": dated.map { e -> [String: Any] in
                ["title": e.article.title, "id": "urn:dossier:article:" + e.article.id,
                 "updated": Self.atomDate(e.article.meta.published!), "href": base + Links.article(e.article.id),
                 "outlet": dossier.outlet(ofArticle: e.article.id).name,
                 "summary": (e.added.prefix(Self.maxLines).map { "New: " + $0 } + e.moved.map { "Moved: " + $0 } + e.changed.map { "Changed: " + $0 }).joined(separator: "\n")]
            },
        ]
        let xml = try templates.page(Links.feed, "feed", feed, memo: memo)
        return [page, xml]
    }

    static func atomDate(_ d: Day) -> String { d.description + "T00:00:00Z" }
}
