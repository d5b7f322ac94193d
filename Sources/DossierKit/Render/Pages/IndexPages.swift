/// sources.html, outlets/index.html, outlets/<slug>.html and notes/<id>.html.
struct IndexPages {
    let dossier: Dossier
    let memo: PageMemo
    let cmark = Cmark()

    func sources(templates: TemplateSet) throws -> OutputFile {
        let v = PageValues(path: Links.sources, dossier: dossier)
        var values = v.layout(title: "Sources", section: "sources")
        values["sources"] = dossier.articles.map(v.articleSummary)
        return try templates.page(Links.sources, "sources", values, memo: memo)
    }

    func outlets(templates: TemplateSet) throws -> [OutputFile] {
        let iv = PageValues(path: Links.outletsIndex, dossier: dossier)
        var index = iv.layout(title: "Outlets", section: "outlets")
        index["outlets"] = dossier.outlets.map { o -> [String: Any] in
            ["name": o.name, "href": iv.link(Links.outlet(o.slug)), "grade": o.grade, "gradeMeaning": o.gradeMeaning,
             "articleCount": o.articleIDs.count]
        }
        var files = [try templates.page(Links.outletsIndex, "outlets", index, memo: memo)]
        for o in dossier.outlets {
            let path = Links.outlet(o.slug)
            let v = PageValues(path: path, dossier: dossier)
            var values = v.layout(title: o.name, section: "outlets", crumbs: [("Outlets", Links.outletsIndex)])
            values = values.merging([
                "name": o.name,
                "grade": o.grade,
                "gradeMeaning": o.gradeMeaning,
                "url": o.url ?? "",
                "hasURL": o.url != nil,
                "note": o.note ?? "",
                "hasNote": o.note != nil,
                "articles": o.articleIDs.compactMap { dossier.article($0) }.sorted(by: Dossier.readingOrder).map(v.articleSummary),
            ])
            files.append(try templates.page(path, "outlet", values, memo: memo))
        }
        return files
    }

    func notes(templates: TemplateSet) throws -> [OutputFile] {
        try dossier.notes.map { n in
            let path = Links.note(n.id)
            let v = PageValues(path: path, dossier: dossier)
            var values = v.layout(title: n.title, section: "briefing", crumbs: [("Briefing", Links.index)])
            values = values.merging(["title": n.title, "bodyHTML": cmark.html(n.markdown).demotingHeadings(), "sourceFile": n.sourceFile])
            return try templates.page(path, "note", values, memo: memo)
        }
    }
}
