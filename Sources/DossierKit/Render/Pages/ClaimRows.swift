/// The values of one claim as a row in a list (claims pages, speaker pages, article sidebars).
extension PageValues {
    /// A short row for speaker pages: what was said, where, with a link to the sentence.
    func speakerRow(_ c: Claim) -> [String: Any] {
        let outlet = dossier.outlet(ofArticle: c.articleID)
        return [
            "id": c.id,
            "summary": ClaimText.summary(c),
            "sentenceHref": link(Links.article(c.articleID), fragment: c.sentenceID),
            "outlet": outlet.name,
            "outletHref": link(Links.outlet(outlet.slug)),
            "articleTitle": dossier.article(c.articleID)?.title ?? c.articleID,
            "stance": c.statement.map { ClaimText.stanceLabel($0.stance) } ?? "",
            "isStatement": c.kind == .statement,
        ]
    }

    /// A row of a claims page. Kept lean: every value a row template reads costs time on pages
    /// that list thousands of claims, so the kind-specific wording is composed here.
    func claimRow(_ c: Claim) -> [String: Any] {
        let article = dossier.article(c.articleID)
        let outlet = dossier.outlet(ofArticle: c.articleID)
        let who = ClaimText.attribution(c)
        let speaker = dossier.speakers.speaker(named: who)
        var detail = ""
        if let f = c.figure {
            detail = (f.subject.isEmpty ? "" : " — " + f.subject) + " · interval " + ClaimText.interval(f) + (f.isUpdate ? " · reported as an update" : "")
        } else if let d = c.date {
            detail = " → " + (d.resolved ?? "unresolved")
        }
        if c.inHeadline { detail += " (headline)" }
        return [
            "id": c.id,
            "kind": c.kind.rawValue,
            "kindLabel": ClaimText.kindLabel(c.kind),
            "summary": ClaimText.summary(c),
            "detail": detail,
            "stanceClass": c.statement.map { "stance-" + $0.stance.rawValue.replacingBytes(" ", with: "-") } ?? "",
            "sentenceHref": link(Links.article(c.articleID), fragment: c.sentenceID),
            "articleTitle": article?.title ?? c.articleID,
            "outlet": outlet.name,
            "outletHref": link(Links.outlet(outlet.slug)),
            "attribution": who ?? "",
            "attributionLabel": c.kind == .quote ? "said by" : "source:",
            "hasAttribution": who != nil && speaker != nil,
            "speakerHref": speaker.map { link(Links.speaker($0.slug)) } ?? "",
        ]
    }
}
