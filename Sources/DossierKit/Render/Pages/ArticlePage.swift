/// articles/<id>.html: the cleaned article with sentence anchors, its metadata and what cleaning removed.
struct ArticlePage {
    let dossier: Dossier
    let body = ArticleBody()

    func render(_ a: Article, templates: TemplateSet) throws -> OutputFile {
        let path = Links.article(a.id)
        let v = PageValues(path: path, dossier: dossier)
        let outlet = dossier.outlet(ofArticle: a.id)
        var values = v.layout(title: a.title, section: "sources",
                              crumbs: [("Sources", Links.sources), (outlet.name, Links.outlet(outlet.slug))])
        values = values.merging(v.articleSummary(a))
        values = values.merging([
            "id": a.id,
            "headlineHTML": body.inline(a.headline.isEmpty ? MarkdownText.escape(a.title) : a.headline.map(\.markdown).joined(separator: " ")),
            "headlineAnchor": a.headline.first?.id ?? "top",
            "titleIsDerived": a.headline.isEmpty,
            "bodyHTML": body.html(a.blocks),
            "sourceFile": a.sourceFile,
            "outletGrade": outlet.grade,
            "outletGradeMeaning": outlet.gradeMeaning,
            "language": a.meta.language ?? "",
            "hasLanguage": a.meta.language != nil,
            "wordCount": a.wordCount,
            "removed": a.removed.map { ["text": $0.text, "reason": $0.reason] },
            "hasRemoved": !a.removed.isEmpty,
            "removedCount": a.removed.count,
        ])
        return OutputFile(path: path, text: try templates.render("article", values))
    }
}
