/// data/search-index.js: everything the offline search can find, as a script that sets one global.
/// A classic script (not fetch, not a module) because pages opened from file:// may not fetch.
/// Entries are arrays with short keys and no article bodies (unless `search_full_text` is set):
/// [kind, text, link from the site root, detail].
struct SearchIndex {
    static let kinds = ["Article", "Figure", "Quote", "Statement", "Date", "Speaker", "Outlet", "Disputed point", "Note"]
    let dossier: Dossier

    func file() -> OutputFile {
        var w = JSONWriter(pretty: false, capacity: dossier.articles.count * 1536 + 4096)
        w.verbatim("window.DOSSIER_SEARCH = ")
        w.beginObject()
        w.field("v", .int(1))
        w.beginArray("k")
        for k in Self.kinds { w.field(nil, k) }
        w.endArray()
        w.beginArray("e")
        func entry(_ kind: Int, _ text: String, _ href: String, _ detail: String) {
            w.beginArray()
            w.field(nil, .int(kind))
            w.field(nil, text)
            w.field(nil, href)
            w.field(nil, detail)
            w.endArray()
        }
        for s in dossier.speakers.speakers {
            entry(5, ([s.name] + s.variants + s.roles).joined(separator: " · "), Links.speaker(s.slug), "\(s.claimIDs.count) quotes and statements")
        }
        for o in dossier.outlets {
            entry(6, o.name, Links.outlet(o.slug), "\(o.articleIDs.count) articles · grade \(o.grade)")
        }
        for c in dossier.analysis.comparisons where c.isDispute {
            entry(7, c.brief, Links.comparison(c.id), c.subject)
        }
        for n in dossier.notes { entry(8, n.title, Links.note(n.id), "analyst note") }
        for a in dossier.articles {
            let outlet = dossier.outlet(ofArticle: a.id).name
            var text = a.title
            if dossier.config.searchFullText { text += " " + a.blocks.flatMap(\.sentences).map(\.text).joined(separator: " ") }
            entry(0, text, Links.article(a.id), outlet + " · " + (a.meta.published?.readable ?? "undated"))
            for c in dossier.claims(of: a.id) {
                let kind: Int
                switch c.kind {
                case .figure: kind = 1
                case .quote: kind = 2
                case .statement: kind = 3
                case .date: kind = 4
                }
                let who = ClaimText.attribution(c).map { " — " + $0 } ?? ""
                entry(kind, ClaimText.summary(c) + who, Links.article(a.id) + "#" + c.sentenceID, outlet)
            }
        }
        w.endArray()
        w.endObject()
        w.verbatim(";\n")
        return OutputFile(path: Links.searchIndex, bytes: w.bytes)
    }
}
