/// What each page made from one story depends on, hashed without making the page's values.
///
/// A page's fingerprint (PageMemo) needs its values, and making them is most of a rebuild's cost.
/// A page made from one story can only change when that story's articles, claims, outlets or
/// speaker links change, or something every page shows changes (templates, rules, dossier.yml,
/// notes, the list of stories, the article count). When this hash equals the last build's and the
/// file is in place, the page is kept without making its values; otherwise the fingerprint decides.
struct PageInputs: Sendable {
    private let site: StableHash
    private let stories: [String: UInt64]

    init(dossier: Dossier, salt: String) {
        var h = StableHash(salt)
        let c = dossier.config
        h.combine(c.title); h.combine(c.summary); h.combine(c.baseURL ?? "\u{0}"); h.combine(c.searchFullText ? 1 : 0)
        for name in c.outlets.keys.sorted() {
            let o = c.outlets[name]!
            h.combine(name); h.combine(o.grade); h.combine(o.url ?? "\u{0}"); h.combine(o.note ?? "\u{0}")
        }
        for n in dossier.notes {
            h.combine(n.id); h.combine(n.title); h.combine(n.placement.rawValue); h.combine(n.order); h.combine(n.markdown)
        }
        h.combine(dossier.articles.count)
        for s in dossier.stories { h.combine(s.id); h.combine(s.slug); h.combine(s.title); h.combine(s.articleIDs.count) }
        site = h
        var keys: [String: UInt64] = [:]
        for s in dossier.stories { keys[s.id] = Self.story(s, in: dossier, site: h) }
        stories = keys
    }

    /// The story's articles as its pages show them, and where its claims link (outlets, speakers).
    private static func story(_ s: Story, in dossier: Dossier, site: StableHash) -> UInt64 {
        var h = site
        h.combine(s.id)
        for id in s.articleIDs {
            guard let a = dossier.article(id) else { continue }
            let o = dossier.outlet(ofArticle: id)
            h.combine(id); h.combine(a.contentHash); h.combine(a.title); h.combine(a.sourceFile)
            h.combine(o.name); h.combine(o.slug); h.combine(o.grade)
            for claim in dossier.claims(of: id) {
                h.combine(dossier.speakers.speaker(named: ClaimText.attribution(claim))?.slug ?? "\u{0}")
            }
        }
        return h.value
    }

    /// Pages made from the story alone: its briefing, claims, coverage and timeline pages.
    func story(_ s: Story) -> UInt64 { stories[s.id] ?? 0 }

    /// An article's page: its story, and the titles of the articles before and after it.
    func article(_ a: Article, in dossier: Dossier) -> UInt64 {
        var h = page(a.id, of: dossier.story(ofArticle: a.id))
        if let i = dossier.position(of: a.id) {
            for j in [i - 1, i + 1] where dossier.articles.indices.contains(j) {
                h.combine(j - i); h.combine(dossier.articles[j].id); h.combine(dossier.articles[j].title)
            }
        }
        return h.value
    }

    /// A speaker's page: who they are, and each of their claims as its row shows it (what was said, the
    /// sentence it links to, the article's title and outlet). Not the rest of the article: editing another
    /// sentence of it leaves the page of everyone quoted there as it was.
    func speaker(_ s: SpeakerIndex.Speaker, in dossier: Dossier) -> UInt64 {
        var h = site
        h.combine(s.name); h.combine(s.slug); h.combine(s.kind?.rawValue ?? "\u{0}")
        h.combine(s.roles.count); for r in s.roles { h.combine(r) }
        h.combine(s.variants.count); for n in s.variants { h.combine(n) }
        for id in s.claimIDs {
            h.combine(id)
            guard let c = dossier.claim(id), let a = dossier.article(c.articleID) else { continue }
            let o = dossier.outlet(ofArticle: a.id)
            h.combine(a.id); h.combine(c.sentenceID); h.combine(c.kind.rawValue); h.combine(ClaimText.summary(c))
            h.combine(a.title); h.combine(o.name); h.combine(o.slug)
        }
        return h.value
    }

    /// A disputed point's page: its story.
    func comparison(_ c: Comparison, in dossier: Dossier) -> UInt64 {
        page(c.id, of: dossier.story(id: c.storyID)).value
    }

    /// One page's hash: its story's, then the page's own id.
    private func page(_ id: String, of s: Story) -> StableHash {
        var h = StableHash()
        h.combine(Int(bitPattern: UInt(story(s))))
        h.combine(id)
        return h
    }
}
