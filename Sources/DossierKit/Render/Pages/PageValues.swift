/// Builds the values every page's layout needs (title, links back to the root, navigation)
/// around the page's own values. Templates are logic-less: every string a template shows
/// is computed here, and every value a template may name is present (empty, not missing).
struct PageValues {
    /// Top-level sections in the navigation, in order.
    var sections: [(id: String, label: String, path: String)] {
        [
            ("briefing", "Briefing", Links.index),
            ("disputes", "Disputes", Links.disputesIndex),
            ("claims", "Claims", dossier.hasManyStories ? Links.storiesIndex : Links.claimsIndex(dossier.stories[0])),
            ("speakers", "Speakers", Links.speakersIndex),
            ("outlets", "Outlets", Links.outletsIndex),
            ("timeline", "Timeline", dossier.hasManyStories ? Links.storiesIndex : Links.timeline(dossier.stories[0])),
            ("sources", "Sources", Links.sources),
            ("search", "Search", Links.search),
        ]
    }

    let path: String
    let dossier: Dossier

    /// Values for the layout: `pageTitle`, `root`, `nav`, `dossierTitle`, `lang`, `stylesheet`, `crumbs`.
    func layout(title: String, section: String, crumbs: [(label: String, path: String)] = []) -> [String: Any] {
        [
            "lang": "en",
            "pageTitle": title,
            "dossierTitle": dossier.config.title,
            "root": Links.root(from: path),
            "home": link(Links.index),
            "stylesheet": link(Links.stylesheet),
            "nav": sections.map { s -> [String: Any] in
                ["label": s.label, "href": link(s.path), "current": s.id == section]
            },
            "crumbs": crumbs.map { ["label": $0.label, "href": link($0.path)] },
            "hasCrumbs": !crumbs.isEmpty,
            "articleCount": dossier.articles.count,
            "searchHref": link(Links.search),
            "searchScript": link(Links.searchScript),
            "printHref": link(Links.printEdition),
            "hasCanonical": dossier.config.baseURL != nil,
            "canonical": dossier.config.baseURL.map { Self.absolute($0, path) } ?? "",
            "hasJSONLD": false,
            "jsonLD": "",
        ]
    }

    /// `base_url` joined with a path from the site root.
    static func absolute(_ base: String, _ path: String) -> String {
        (base.hasSuffix("/") ? base : base + "/") + path
    }

    func link(_ to: String, fragment: String? = nil) -> String {
        Links.relative(from: path, to: to, fragment: fragment)
    }

    /// The fields every list of articles shows.
    func articleSummary(_ a: Article) -> [String: Any] {
        let outlet = dossier.outlet(ofArticle: a.id)
        return [
            "title": a.title,
            "href": link(Links.article(a.id)),
            "outlet": outlet.name,
            "outletHref": link(Links.outlet(outlet.slug)),
            "published": a.meta.published?.readable ?? "undated",
            "publishedISO": a.meta.published?.description ?? "",
            "isDated": a.meta.published != nil,
            "sourceURL": a.meta.sourceURL ?? "",
            "hasSourceURL": a.meta.sourceURL != nil,
            "translated": a.meta.machineTranslated || a.meta.translatedFrom != nil,
            "translationNote": translationNote(a.meta),
        ]
    }

    func translationNote(_ m: ArticleMeta) -> String {
        if let from = m.translatedFrom { return m.machineTranslated ? "machine-translated from \(from)" : "translated from \(from)" }
        return m.machineTranslated ? "machine-translated" : ""
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Page values win over layout values of the same name.
    func merging(_ other: [String: Any]) -> [String: Any] {
        merging(other) { _, new in new }
    }
}
