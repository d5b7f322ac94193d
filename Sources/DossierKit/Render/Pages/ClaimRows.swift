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

    func claimRow(_ c: Claim) -> [String: Any] {
        let article = dossier.article(c.articleID)
        let outlet = dossier.outlet(ofArticle: c.articleID)
        let story = dossier.story(ofArticle: c.articleID)
        let speaker = dossier.speakers.speaker(named: ClaimText.attribution(c))
        var row: [String: Any] = [
            "id": c.id,
            "kind": c.kind.rawValue,
            "kindLabel": ClaimText.kindLabel(c.kind),
            "summary": ClaimText.summary(c),
            "surface": c.surface,
            "sentence": c.text,
            "sentenceHref": link(Links.article(c.articleID), fragment: c.sentenceID),
            "claimHref": link(Links.claims(c.kind, story), fragment: c.id),
            "articleTitle": article?.title ?? c.articleID,
            "articleHref": link(Links.article(c.articleID)),
            "outlet": outlet.name,
            "outletHref": link(Links.outlet(outlet.slug)),
            "published": article?.meta.published?.readable ?? "undated",
            "inHeadline": c.inHeadline,
            "attribution": ClaimText.attribution(c) ?? "",
            "hasAttribution": ClaimText.attribution(c) != nil,
            "speakerHref": speaker.map { link(Links.speaker($0.slug)) } ?? "",
            "hasSpeakerPage": speaker != nil,
            "isFigure": c.kind == .figure, "isQuote": c.kind == .quote,
            "isStatement": c.kind == .statement, "isDate": c.kind == .date,
            "subject": "", "interval": "", "qualifier": "", "unit": "", "stance": "", "stanceClass": "",
            "quote": "", "resolved": "", "isUpdate": false, "proposition": "", "cue": "",
        ]
        if let f = c.figure {
            row["subject"] = f.subject
            row["interval"] = ClaimText.interval(f)
            row["qualifier"] = f.qualifier?.rawValue ?? "none"
            row["unit"] = f.unit
            row["isUpdate"] = f.isUpdate
        }
        if let q = c.quote { row["quote"] = q.text }
        if let s = c.statement {
            row["stance"] = ClaimText.stanceLabel(s.stance)
            row["stanceClass"] = "stance-" + s.stance.rawValue.replacingBytes(" ", with: "-")
            row["proposition"] = s.proposition
            row["cue"] = s.cue
        }
        if let d = c.date { row["resolved"] = d.resolved ?? "unresolved" }
        return row
    }
}
