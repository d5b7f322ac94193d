/// coverage.html (claims × outlets: reports / contradicts / silent), timeline.html and grades.html.
struct CoveragePages {
    let dossier: Dossier
    let memo: PageMemo

    func render(templates: TemplateSet) async throws -> [OutputFile] {
        var files = try await parallelMap(dossier.stories) { story in
            [try self.coverage(story, templates: templates), try self.timeline(story, templates: templates)]
        }.flatMap { $0 }
        files.append(try grades(templates: templates))
        return files
    }

    private func coverage(_ story: Story, templates: TemplateSet) throws -> OutputFile {
        let path = Links.coverage(story)
        return try templates.page(path, "coverage", memo: memo, inputs: memo.inputs?.story(story)) { coverageValues(story, path) }
    }

    private func coverageValues(_ story: Story, _ path: String) -> [String: Any] {
        let v = PageValues(path: path, dossier: dossier)
        // Columns are sources as the comparison counts them (each unattributed article on its own).
        let outlets = Array(Set(story.articleIDs.compactMap { dossier.article($0) }.map { Comparer.sourceName($0, dossier) })).sorted()
        let clusters = dossier.clusters(in: story).sorted { ($0.isDisputed ? 0 : 1, -$0.reporting.count, $0.subject) < ($1.isDisputed ? 0 : 1, -$1.reporting.count, $1.subject) }
        let values = v.layout(title: "Coverage" + (story.slug.isEmpty ? "" : " · " + story.title), section: "briefing",
                              crumbs: [("Briefing", Links.briefing(story))])
        return values.merging([
            "outlets": outlets.map { ["name": $0] },
            "rows": clusters.map { k -> [String: Any] in
                var row = v.clusterItem(k)
                row["cells"] = outlets.map { o -> [String: Any] in
                    let state = k.contradicting.contains(o) ? "contradicts" : k.reporting.contains(o) ? "reports" : "silent"
                    let version = k.versions.first { $0.outlets.contains(o) }?.label ?? ""
                    return ["state": state, "label": state == "silent" ? "silent" : state + ": " + version]
                }
                return row
            },
            "hasRows": !clusters.isEmpty,
            "gradesHref": v.link(Links.grades),
        ])
    }

    private func timeline(_ story: Story, templates: TemplateSet) throws -> OutputFile {
        let path = Links.timeline(story)
        return try templates.page(path, "timeline", memo: memo, inputs: memo.inputs?.story(story)) { timelineValues(story, path) }
    }

    private func timelineValues(_ story: Story, _ path: String) -> [String: Any] {
        let v = PageValues(path: path, dossier: dossier)
        let events = dossier.timeline(in: story)
        let values = v.layout(title: "Timeline" + (story.slug.isEmpty ? "" : " · " + story.title), section: "timeline",
                              crumbs: story.slug.isEmpty ? [] : [("Briefing", Links.briefing(story))])
        return values.merging([
            "events": events.map { e -> [String: Any] in
                let outlet = dossier.outlet(ofArticle: e.articleID)
                return ["date": e.date, "expression": e.expression, "sentence": e.sentence, "outlet": outlet.name,
                        "href": v.link(Links.article(e.articleID), fragment: dossier.claim(e.claimID)?.sentenceID)]
            },
            "hasEvents": !events.isEmpty,
            // Publication order with the figures each article reported, so changes over time show.
            "publications": story.articleIDs.compactMap { dossier.article($0) }.map { a -> [String: Any] in
                var item = v.articleSummary(a)
                let figures = dossier.claims(of: a.id).compactMap { $0.figure }.filter { $0.unitKind == .people || $0.unitKind == .money || $0.unitKind == .object }
                item["figures"] = figures.prefix(6).map(ClaimText.figure).joined(separator: "; ")
                item["hasFigures"] = !figures.isEmpty
                return item
            },
            "undatedCount": story.articleIDs.count { dossier.article($0)?.meta.published == nil },
        ])
    }

    private func grades(templates: TemplateSet) throws -> OutputFile {
        let v = PageValues(path: Links.grades, dossier: dossier)
        var values = v.layout(title: "How grades are given", section: "briefing")
        values = values.merging([
            "rule": Grading.rule.map { ["line": $0] },
            "outletGrades": ["A", "B", "C", "D", "E", "F"].map { ["grade": $0, "meaning": Outlet.gradeMeanings[$0] ?? ""] },
            "outlets": dossier.outlets.map { ["name": $0.name, "grade": $0.grade, "gradeMeaning": $0.gradeMeaning, "href": v.link(Links.outlet($0.slug))] },
        ])
        return try templates.page(Links.grades, "grades", values, memo: memo)
    }
}
