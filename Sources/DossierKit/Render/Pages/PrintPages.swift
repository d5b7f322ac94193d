/// search.html, print.html (the whole briefing on paper: key findings, disputes, points by grade,
/// sources with their addresses written out) and, with `base_url`, sitemap.xml.
struct PrintPages {
    let dossier: Dossier
    let memo: PageMemo

    func render(templates: TemplateSet) throws -> [OutputFile] {
        let sv = PageValues(path: Links.search, dossier: dossier)
        var files = [try templates.page(Links.search, "search", sv.layout(title: "Search", section: "search"), memo: memo)]
        let v = PageValues(path: Links.printEdition, dossier: dossier)
        var values = v.layout(title: "Print edition", section: "briefing", crumbs: [("Briefing", Links.index)])
        let comparisons = dossier.analysis.comparisons
        let byGrade = Dictionary(grouping: dossier.analysis.clusters, by: \.grade)
        values = values.merging([
            "summaryHTML": Cmark().html(dossier.config.summary).demotingHeadings(),
            "hasSummary": !dossier.config.summary.isEmpty,
            "findings": dossier.agreedFindings(comparisons).prefix(BriefingPage.maxFindings).map(v.comparisonItem),
            "disputes": comparisons.filter(\.isDispute).map { c -> [String: Any] in
                var item = v.comparisonItem(c)
                let cluster = c.claimIDs.first.flatMap { dossier.cluster(ofClaim: $0) }
                item["versions"] = (cluster?.versions ?? []).map { ["label": $0.label, "outlets": $0.outlets.joined(separator: ", ")] }
                return item
            },
            "grades": (1...6).compactMap { g -> [String: Any]? in
                guard let list = byGrade[g], !list.isEmpty else { return nil }
                return ["grade": g, "meaning": Grading.meanings[g] ?? "",
                        "points": list.sorted { $0.subject < $1.subject }.map { ["subject": $0.subject, "reason": $0.gradeReason] }]
            },
            "sources": dossier.articles.map(v.articleSummary),
            "copies": comparisons.filter { $0.kind == .copy }.map { ["summary": $0.summary] },
            "hasCopies": comparisons.contains { $0.kind == .copy },
        ])
        files.append(try templates.page(Links.printEdition, "print", values, memo: memo))
        if let base = dossier.config.baseURL { files.append(sitemap(base)) }
        return files
    }

    /// Written only with `base_url`: a sitemap needs absolute addresses.
    private func sitemap(_ base: String) -> OutputFile {
        var paths = [Links.index, Links.sources, Links.outletsIndex, Links.speakersIndex, Links.disputesIndex, Links.grades, Links.whatsNew]
        paths += dossier.articles.map { Links.article($0.id) }
        paths += dossier.outlets.map { Links.outlet($0.slug) }
        paths += dossier.speakers.speakers.map { Links.speaker($0.slug) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in paths { xml += "<url><loc>" + HTML.escape(PageValues.absolute(base, p)) + "</loc></url>\n" }
        return OutputFile(path: Links.sitemap, text: xml + "</urlset>\n")
    }
}

extension String {
    /// Markdown inside a page (notes, the summary) sits below the page's own `<h1>`: its headings
    /// move one level down so every page keeps a single h1 and no gaps.
    func demotingHeadings() -> String {
        guard containsBytes("<h") else { return self }
        var s = self
        for level in stride(from: 5, through: 1, by: -1) {
            s = s.replacingBytes("<h\(level)>", with: "<h\(level + 1)>").replacingBytes("</h\(level)>", with: "</h\(level + 1)>")
        }
        return s
    }
}
