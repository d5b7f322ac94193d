/// Stage 4, compare: what the outlets of each story agree on, where their figures differ, who
/// contradicts whom, which articles copy others, and the dated events of the story.
/// Runs per story (comparisons never cross stories), after all extraction.
public struct Comparer: Sendable {
    let copies: CopyDetector
    let synonyms: Synonyms
    let figures: FigureAlignment
    let headlines: HeadlineCheck

    let rulesFingerprint: String

    public init(rules: Rules) {
        rulesFingerprint = rules.fingerprint
        copies = CopyDetector(rules: rules)
        synonyms = Synonyms(rules: rules)
        figures = FigureAlignment(rules: rules, synonyms: synonyms)
        headlines = HeadlineCheck(rules: rules, synonyms: synonyms)
    }

    /// Compares every story; with a cache, a story none of whose inputs changed is not compared again.
    public func analyse(_ dossier: Dossier, cache: BuildCache? = nil) async throws -> Analysis {
        // Outlet name → reliability grade, made once for every story.
        let grades = Dictionary(dossier.outlets.map { ($0.name, $0.grade) }, uniquingKeysWith: { a, _ in a })
        let parts = try await parallelMap(dossier.stories) { story -> Analysis in
            guard let cache else { return self.analyse(story, in: dossier, grades: grades) }
            let key = self.key(story, dossier)
            if case .success(let cached) = cache.story(story.slug.isEmpty ? "_all" : story.slug, key: key) { return cached }
            let fresh = self.analyse(story, in: dossier, grades: grades)
            cache.store(fresh, story: story.slug.isEmpty ? "_all" : story.slug, key: key)
            return fresh
        }
        var result = Analysis()
        for p in parts {
            result.comparisons += p.comparisons
            result.clusters += p.clusters
            result.timeline += p.timeline
            for (k, v) in p.derivedFrom { result.derivedFrom[k] = v }
        }
        result.timeline.sort { ($0.date, $0.articleID, $0.claimID) < ($1.date, $1.articleID, $1.claimID) }
        return result
    }

    /// Everything a story's comparison depends on: the rules, and each article's text, outlet and grade.
    func key(_ story: Story, _ dossier: Dossier) -> String {
        var h = StableHash(rulesFingerprint)
        h.combine(story.id)
        for id in story.articleIDs {
            guard let a = dossier.article(id) else { continue }
            let o = dossier.outlet(ofArticle: id)
            h.combine(id); h.combine(a.contentHash); h.combine(o.name); h.combine(o.grade)
            h.combine(a.title); h.combine(a.meta.published?.description ?? "")
        }
        return h.hex()
    }

    /// The name an article's source is counted under: its outlet, or, for an article that does not
    /// say where it comes from, the article itself (two unattributed articles are two sources).
    static func sourceName(_ a: Article, _ dossier: Dossier) -> String {
        let outlet = dossier.outlet(ofArticle: a.id).name
        guard outlet == Outlet.unattributed else { return outlet }
        return "unattributed “\(Cleaner.shorten(a.title, words: 5))”"
    }

    func analyse(_ story: Story, in dossier: Dossier, grades: [String: String]) -> Analysis {
        let articles = story.articleIDs.compactMap { dossier.article($0) }
        var result = Analysis()
        // Copies first: they decide how many sources are independent.
        let links = copies.links(articles)
        var familyOf: [String: String] = [:]
        for l in links { result.derivedFrom[l.derived] = l }
        for a in articles {
            var root = a.id
            var steps = 0
            while let up = result.derivedFrom[root]?.original, steps < articles.count { root = up; steps += 1 }
            familyOf[a.id] = root
        }
        for l in links {
            let d = dossier.article(l.derived)?.title ?? l.derived, o = dossier.article(l.original)?.title ?? l.original
            result.comparisons.append(Comparison(kind: .copy, subject: "\(d) ← \(o)", claimIDs: [], storyID: story.id,
                                                 summary: "“\(d)” (\(dossier.outlet(ofArticle: l.derived).name)) is likely a \(l.kind) of “\(o)” (\(dossier.outlet(ofArticle: l.original).name))"))
        }
        var orderOf: [String: Int] = [:]
        for (i, id) in story.articleIDs.enumerated() { orderOf[id] = i }
        let ctx = StoryContext(story: story, claims: dossier.claims(in: story),
                               outletOf: Dictionary(uniqueKeysWithValues: articles.map { ($0.id, Self.sourceName($0, dossier)) }),
                               familyOf: familyOf,
                               publishedOf: Dictionary(uniqueKeysWithValues: articles.compactMap { a in a.meta.published.map { (a.id, $0) } }),
                               orderOf: orderOf,
                               gradeOf: grades)

        let stances = StanceComparison(synonyms: synonyms).compare(ctx)
        let figureResult = FigureComparison(alignment: figures).compare(ctx, denials: stances.denials)
        let quotes = QuoteComparison(synonyms: synonyms).compare(ctx)
        result.clusters = figureResult.0 + stances.clusters + quotes.0
        result.comparisons += figureResult.1 + stances.comparisons + quotes.1

        for a in articles {
            if let s = headlines.contradiction(a) {
                let ids = dossier.claims(of: a.id).filter { $0.inHeadline || $0.sentenceID == s.id }.map(\.id)
                result.comparisons.append(Comparison(
                    kind: .contradiction, subject: "Headline vs text: \(a.title)", claimIDs: ids, storyID: story.id,
                    summary: "The headline of “\(a.title)” (\(dossier.outlet(ofArticle: a.id).name)) says the opposite of its text: “\(s.text)”",
                    brief: "Headline contradicts its own article: “\(a.title)” (\(dossier.outlet(ofArticle: a.id).name))"))
            }
        }
        for c in ctx.claims where c.kind == .date {
            guard let d = c.date, let resolved = d.resolved else { continue }
            result.timeline.append(TimelineEvent(date: resolved, claimID: c.id, articleID: c.articleID, expression: d.expression, sentence: c.text))
        }
        result.comparisons.sort { ($0.isDispute ? 0 : 1, $0.kind.rawValue, $0.subject, $0.id) < ($1.isDispute ? 0 : 1, $1.kind.rawValue, $1.subject, $1.id) }
        return result
    }
}
