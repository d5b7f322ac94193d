/// schema.org JSON-LD for article pages (NewsArticle) and disputed points (Claim with its
/// appearances). Inserted into a `<script type="application/ld+json">` element: JSONWriter
/// escapes `<`, so no content can close the element. URLs appear only when known (the original
/// article's address) or when dossier.yml sets `base_url` (the dossier's own pages).
enum StructuredData {
    static func newsArticle(_ a: Article, outlet: String, base: String?) -> String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("@context", "https://schema.org")
        w.field("@type", "NewsArticle")
        w.field("headline", a.title)
        if let d = a.meta.published { w.field("datePublished", d.description) }
        if outlet != Outlet.unattributed {
            w.beginObject("publisher")
            w.field("@type", "Organization")
            w.field("name", outlet)
            w.endObject()
        }
        if let url = a.meta.sourceURL { w.field("url", url) }
        if let base { w.field("mainEntityOfPage", PageValues.absolute(base, Links.article(a.id))) }
        if let lang = a.meta.language { w.field("inLanguage", lang) }
        w.endObject()
        return w.text
    }

    /// A disputed point as a Claim, one appearance per outlet article, the earliest first.
    static func claim(_ c: Comparison, dossier: Dossier) -> String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.field("@context", "https://schema.org")
        w.field("@type", "Claim")
        w.field("name", c.subject)
        w.field("text", c.summary)
        let articles = Array(Set(c.claimIDs.compactMap { dossier.claim($0)?.articleID })).compactMap { dossier.article($0) }
            .sorted(by: Dossier.readingOrder)
        func work(_ a: Article, key: String? = nil) {
            w.beginObject(key)
            w.field("@type", "NewsArticle")
            w.field("headline", a.title)
            let outlet = dossier.outlet(ofArticle: a.id).name
            if outlet != Outlet.unattributed {
                w.beginObject("publisher"); w.field("@type", "Organization"); w.field("name", outlet); w.endObject()
            }
            if let d = a.meta.published { w.field("datePublished", d.description) }
            if let url = a.meta.sourceURL { w.field("url", url) }
            w.endObject()
        }
        if let first = articles.first { work(first, key: "firstAppearance") }
        w.beginArray("appearance")
        for a in articles { work(a) }
        w.endArray()
        w.endObject()
        return w.text
    }
}
