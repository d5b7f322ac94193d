/// The briefing: key findings first, then the disputed points, then everything else, with the
/// analyst's notes where they put them. The front page of a one-story corpus; for several
/// stories, one page each and a front page that lists them.
struct BriefingPage {
    let dossier: Dossier
    let memo: PageMemo
    /// The dossier summary and each note as HTML, made once: every story's briefing shows them.
    let summaryHTML: String
    let noteHTML: [String: String]

    init(dossier: Dossier, memo: PageMemo) {
        self.dossier = dossier
        self.memo = memo
        let cmark = Cmark()
        summaryHTML = cmark.html(dossier.config.summary).demotingHeadings()
        noteHTML = Dictionary(dossier.notes.map { ($0.id, cmark.html($0.markdown).demotingHeadings()) }, uniquingKeysWith: { a, _ in a })
    }
    /// The briefing keeps to the essentials; the full lists are one click away.
    static let maxFindings = 8

    func render(templates: TemplateSet) async throws -> [OutputFile] {
        var files = try await parallelMap(dossier.stories) { try self.story($0, templates: templates) }
        if dossier.hasManyStories { files.append(try front(templates: templates)) }
        return files
    }

    private func notes(_ placement: Note.Placement, _ v: PageValues) -> [[String: Any]] {
        dossier.notes.filter { $0.placement == placement }.map {
            ["title": $0.title, "bodyHTML": noteHTML[$0.id] ?? "", "href": v.link(Links.note($0.id))]
        }
    }

    private func story(_ story: Story, templates: TemplateSet) throws -> OutputFile {
        let path = Links.briefing(story)
        return try templates.page(path, "index", memo: memo, inputs: memo.inputs?.story(story)) { storyValues(story, path) }
    }

    private func storyValues(_ story: Story, _ path: String) -> [String: Any] {
        let v = PageValues(path: path, dossier: dossier)
        let comparisons = dossier.comparisons(in: story)
        let disputes = comparisons.filter(\.isDispute)
        let clusters = dossier.clusters(in: story)
        // Findings: the disputes, then the points most independent sources agree on.
        let findings = (disputes + dossier.agreedFindings(comparisons)).prefix(Self.maxFindings)
        var values = v.layout(title: story.slug.isEmpty ? "Briefing" : story.title, section: "briefing",
                              crumbs: story.slug.isEmpty ? [] : [("Briefing", Links.index)])
        let articles = story.articleIDs.compactMap { dossier.article($0) }
        let outlets = Set(articles.map { dossier.outlet(ofArticle: $0.id).name })
        return values.merging([
            "storyTitle": story.slug.isEmpty ? dossier.config.title : story.title,
            "summaryHTML": story.slug.isEmpty ? summaryHTML : "",
            "hasSummary": story.slug.isEmpty && !dossier.config.summary.isEmpty,
            "overview": "\(articles.count) articles from \(outlets.count) outlets; \(dossier.claims(in: story).count) claims; \(disputes.count) disputed points.",
            "findings": findings.map(v.comparisonItem),
            "hasFindings": !findings.isEmpty,
            "disputes": disputes.map(v.comparisonItem),
            "hasDisputes": !disputes.isEmpty,
            "others": comparisons.filter { !$0.isDispute }.map(v.comparisonItem),
            "hasOthers": comparisons.contains { !$0.isDispute },
            "notesTop": notes(.top, v), "notesFindings": notes(.findings, v), "notesDisputes": notes(.disputes, v),
            "notesPages": dossier.notes.filter { $0.placement == .page }.map { ["title": $0.title, "href": v.link(Links.note($0.id))] },
            "hasNotesPages": dossier.notes.contains { $0.placement == .page },
            "sources": articles.map(v.articleSummary),
            "coverageHref": v.link(Links.coverage(story)),
            "timelineHref": v.link(Links.timeline(story)),
            "claimsHref": v.link(Links.claimsIndex(story)),
            "gradesHref": v.link(Links.grades),
            "whatsNewHref": v.link(Links.whatsNew),
            "clusterCount": clusters.count,
        ])
    }

    /// For several stories: the front page lists them with their disputed points.
    private func front(templates: TemplateSet) throws -> OutputFile {
        let v = PageValues(path: Links.index, dossier: dossier)
        var values = v.layout(title: "Briefing", section: "briefing")
        values = values.merging([
            "summaryHTML": summaryHTML,
            "hasSummary": !dossier.config.summary.isEmpty,
            "stories": dossier.stories.map { s -> [String: Any] in
                let disputes = dossier.comparisons(in: s).filter(\.isDispute)
                return ["title": s.title, "href": v.link(Links.briefing(s)), "articleCount": s.articleIDs.count,
                        "disputeCount": disputes.count, "topDispute": disputes.first?.summary ?? "", "hasDispute": !disputes.isEmpty]
            },
            "notesTop": notes(.top, v),
        ])
        return try templates.page(Links.index, "stories-briefing", values, memo: memo)
    }
}

/// disputes/index.html and one page per disputed point, the versions side by side.
struct DisputePages {
    let dossier: Dossier
    let memo: PageMemo

    func render(templates: TemplateSet) throws -> [OutputFile] {
        let disputes = dossier.analysis.comparisons.filter(\.isDispute)
        let iv = PageValues(path: Links.disputesIndex, dossier: dossier)
        var index = iv.layout(title: "Disputed points", section: "disputes")
        index["disputes"] = disputes.map(iv.comparisonItem)
        index["hasDisputes"] = !disputes.isEmpty
        var files = [try templates.page(Links.disputesIndex, "disputes", index, memo: memo)]
        for c in disputes {
            let path = Links.comparison(c.id)
            files.append(try templates.page(path, "dispute", memo: memo, inputs: memo.inputs?.comparison(c, in: dossier)) { values(c, path) })
        }
        return files
    }

    private func values(_ c: Comparison, _ path: String) -> [String: Any] {
        let v = PageValues(path: path, dossier: dossier)
        var values = v.layout(title: c.subject, section: "disputes", crumbs: [("Disputes", Links.disputesIndex)])
        let cluster = c.claimIDs.first.flatMap { dossier.cluster(ofClaim: $0) }
        // Without a cluster (a headline check), each claim is its own version.
        let versions = cluster?.versions ?? c.claimIDs.compactMap { id in dossier.claim(id).map {
            ClaimCluster.Version(label: ClaimText.summary($0), claimIDs: [id], outlets: [dossier.outlet(ofArticle: $0.articleID).name],
                                 independent: 1, conflicts: false)
        } }
        values = values.merging(v.comparisonItem(c))
        return values.merging([
            "versions": versions.map(v.versionItem),
            "gradeReason": cluster?.gradeReason ?? "",
            "gradesHref": v.link(Links.grades),
            "coverageHref": v.link(Links.coverage(v.storyOf(c)), fragment: cluster?.id ?? ""),
            "hasCluster": cluster != nil,
            "hasJSONLD": true,
            "jsonLD": StructuredData.claim(c, dossier: dossier),
        ])
    }
}
