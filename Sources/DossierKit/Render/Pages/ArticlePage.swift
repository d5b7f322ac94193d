/// articles/<id>.html: the cleaned article with sentence anchors, its metadata and what cleaning removed.
struct ArticlePage {
    let dossier: Dossier
    let memo: PageMemo
    let body = ArticleBody()

    func render(_ a: Article, templates: TemplateSet) throws -> OutputFile {
        let path = Links.article(a.id)
        let v = PageValues(path: path, dossier: dossier)
        // The body's HTML is the costly part: made only when the page needs rendering. Its inputs are
        // the article's text (contentHash) and the claims, which the values already hold.
        return try templates.page(path, "article", memo: memo, inputs: memo.inputs?.article(a, in: dossier), extra: a.contentHash,
                                  values: { values(a, v) }) { values in
            let highlights = Self.highlights(dossier.claims(of: a.id), v: v, story: dossier.story(ofArticle: a.id))
            values["headlineHTML"] = a.headline.isEmpty ? HTML.escape(a.title) : body.headline(a.headline, highlights: highlights)
            values["bodyHTML"] = body.html(a.blocks, highlights: highlights)
        }
    }

    private func values(_ a: Article, _ v: PageValues) -> [String: Any] {
        let outlet = dossier.outlet(ofArticle: a.id)
        let claims = dossier.claims(of: a.id)
        let story = dossier.story(ofArticle: a.id)
        let copies = dossier.copies(of: a.id)
        let comparisons = Set(claims.flatMap { dossier.comparisons(ofClaim: $0.id) })
        var values = v.layout(title: a.title, section: "sources",
                              crumbs: [("Sources", Links.sources), (outlet.name, Links.outlet(outlet.slug))])
        values = values.merging(v.articleSummary(a))
        values = values.merging([
            "id": a.id,
            "titleIsDerived": a.headline.isEmpty,
            "claims": Claim.Kind.allCases.compactMap { kind -> [String: Any]? in
                let rows = claims.filter { $0.kind == kind }.map { c -> [String: Any] in
                    let who = ClaimText.attribution(c)
                    return ["summary": ClaimText.summary(c), "sentenceHref": "#" + c.sentenceID, "kindLabel": ClaimText.kindLabel(c.kind),
                            "claimHref": v.link(Links.claims(c.kind, story), fragment: c.id),
                            "attribution": who ?? "", "hasAttribution": who != nil]
                }
                return rows.isEmpty ? nil : ["label": ClaimText.kindPlural(kind), "rows": rows, "count": rows.count]
            },
            "hasClaims": !claims.isEmpty,
            "derivedFrom": derivedFrom(a, v),
            "hasDerivedFrom": dossier.analysis.derivedFrom[a.id] != nil,
            "copies": copies.map { l -> [String: Any] in
                ["title": dossier.article(l.derived)?.title ?? l.derived, "href": v.link(Links.article(l.derived)),
                 "outlet": dossier.outlet(ofArticle: l.derived).name, "kind": l.kind]
            },
            "hasCopies": !copies.isEmpty,
            "comparisons": comparisons.sorted { $0.id < $1.id }.map(v.comparisonItem),
            "hasComparisons": !comparisons.isEmpty,
            "claimCount": claims.count,
            "sourceFile": a.sourceFile,
            "outletGrade": outlet.grade,
            "outletGradeMeaning": outlet.gradeMeaning,
            "language": a.meta.language ?? "",
            "hasLanguage": a.meta.language != nil,
            "wordCount": a.wordCount,
            "removed": a.removed.map { ["text": $0.text, "reason": $0.reason] },
            "hasRemoved": !a.removed.isEmpty,
            "removedCount": a.removed.count,
            "hasJSONLD": true,
            "jsonLD": StructuredData.newsArticle(a, outlet: outlet.name, base: dossier.config.baseURL),
        ])
        return values.merging(neighbours(a, v))
    }

    /// Previous and next article in publication order.
    private func neighbours(_ a: Article, _ v: PageValues) -> [String: Any] {
        guard let i = dossier.position(of: a.id) else { return [:] }
        let prev = i > 0 ? dossier.articles[i - 1] : nil
        let next = i + 1 < dossier.articles.count ? dossier.articles[i + 1] : nil
        return ["hasPrev": prev != nil, "prevTitle": prev?.title ?? "", "prevHref": prev.map { v.link(Links.article($0.id)) } ?? "",
                "hasNext": next != nil, "nextTitle": next?.title ?? "", "nextHref": next.map { v.link(Links.article($0.id)) } ?? ""]
    }

    private func derivedFrom(_ a: Article, _ v: PageValues) -> [String: Any] {
        guard let l = dossier.analysis.derivedFrom[a.id] else { return ["title": "", "href": "", "outlet": "", "kind": ""] }
        return ["title": dossier.article(l.original)?.title ?? l.original, "href": v.link(Links.article(l.original)),
                "outlet": dossier.outlet(ofArticle: l.original).name, "kind": l.kind]
    }

    /// Figures and dates are marked where their words stand; quotes and statements get a
    /// labelled link after their sentence (their span is long and may contain the others).
    static func highlights(_ claims: [Claim], v: PageValues, story: Story) -> [String: [ArticleBody.Highlight]] {
        var out: [String: [ArticleBody.Highlight]] = [:]
        for c in claims {
            let href = v.link(Links.claims(c.kind, story), fragment: c.id)
            let inline = c.kind == .figure || c.kind == .date
            let label: String
            switch c.kind {
            case .quote: label = "quote" + (c.quote?.speaker.map { " · " + $0 } ?? "")
            case .statement: label = c.statement.map { ClaimText.stanceLabel($0.stance).lowercased() } ?? "statement"
            default: label = ClaimText.kindLabel(c.kind).lowercased()
            }
            out[c.sentenceID, default: []].append(ArticleBody.Highlight(
                surface: inline ? c.surface : "", href: href, cssClass: "claim " + c.kind.rawValue,
                title: ClaimText.kindLabel(c.kind) + ": " + ClaimText.summary(c), label: label))
        }
        return out
    }
}
