/// claims/index.html and one page per claim kind (per story, for corpora with several stories),
/// each claim with an anchor that article highlights link to.
struct ClaimPages {
    let dossier: Dossier
    let memo: PageMemo

    func render(templates: TemplateSet) async throws -> [OutputFile] {
        var files = try await parallelMap(dossier.stories) { story in try self.render(story, templates: templates) }.flatMap { $0 }
        if dossier.hasManyStories {
            let v = PageValues(path: Links.storiesIndex, dossier: dossier)
            var values = v.layout(title: "Stories", section: "claims")
            values["stories"] = dossier.stories.map { s -> [String: Any] in
                ["title": s.title, "href": v.link(Links.claimsIndex(s)), "articleCount": s.articleIDs.count,
                 "claimCount": dossier.claims(in: s).count]
            }
            files.append(try templates.page(Links.storiesIndex, "stories", values, memo: memo))
        }
        return files
    }

    private func render(_ story: Story, templates: TemplateSet) throws -> [OutputFile] {
        let inputs = memo.inputs?.story(story)
        let indexPath = Links.claimsIndex(story)
        var files = [try templates.page(indexPath, "claims-index", memo: memo, inputs: inputs) { index(story, indexPath) }]
        for kind in Claim.Kind.allCases {
            let path = Links.claims(kind, story)
            files.append(try templates.page(path, "claims", memo: memo, inputs: inputs) { values(kind, story, path, indexPath) })
        }
        return files
    }

    private func index(_ story: Story, _ path: String) -> [String: Any] {
        let claims = dossier.claims(in: story)
        let v = PageValues(path: path, dossier: dossier)
        var index = v.layout(title: "Claims" + storySuffix(story), section: "claims", crumbs: crumbs(story))
        index["kinds"] = Claim.Kind.allCases.map { k -> [String: Any] in
            ["label": ClaimText.kindPlural(k), "href": v.link(Links.claims(k, story)), "count": claims.count { $0.kind == k }]
        }
        index["claimCount"] = claims.count
        index["storyTitle"] = story.title
        return index
    }

    private func values(_ kind: Claim.Kind, _ story: Story, _ path: String, _ indexPath: String) -> [String: Any] {
        let v = PageValues(path: path, dossier: dossier)
        let values = v.layout(title: ClaimText.kindPlural(kind) + storySuffix(story), section: "claims",
                              crumbs: crumbs(story) + [("Claims", indexPath)])
        let rows = sorted(dossier.claims(in: story).filter { $0.kind == kind }).map(v.claimRow)
        return values.merging([
            "kindLabel": ClaimText.kindPlural(kind),
            "kindIntro": intro(kind),
            "rows": rows,
            "hasRows": !rows.isEmpty,
            "count": rows.count,
            "isFigures": kind == .figure, "isQuotes": kind == .quote,
            "isStatements": kind == .statement, "isDates": kind == .date,
        ])
    }

    private func storySuffix(_ s: Story) -> String { s.slug.isEmpty ? "" : " · " + s.title }

    private func crumbs(_ s: Story) -> [(label: String, path: String)] {
        s.slug.isEmpty ? [] : [("Stories", Links.storiesIndex)]
    }

    /// Figures grouped by what they count, then by value; the rest in reading order.
    private func sorted(_ claims: [Claim]) -> [Claim] {
        guard claims.first?.kind == .figure else { return claims }
        return claims.enumerated().sorted { a, b in
            let fa = a.element.figure!, fb = b.element.figure!
            if fa.unitKind != fb.unitKind { return fa.unitKind.rawValue < fb.unitKind.rawValue }
            if fa.unit != fb.unit { return fa.unit < fb.unit }
            if fa.value != fb.value { return fa.value < fb.value }
            return a.offset < b.offset
        }.map(\.element)
    }

    private func intro(_ kind: Claim.Kind) -> String {
        switch kind {
        case .figure: return "Numbers that count something, grouped by unit, with the qualifier each outlet used and the interval it implies. Each links to its sentence, marked in the article."
        case .quote: return "Words in quotation marks, with the speaker each article gives them (blank when the text does not say)."
        case .statement: return "Reported claims and the stance of their source: asserted, confirmed, denied, not confirmed or hedged."
        case .date: return "Dates the articles mention, resolved against the publication date where it is known."
        }
    }
}

/// speakers/index.html and speakers/<slug>.html: what each speaker said across outlets.
struct SpeakerPages {
    let dossier: Dossier
    let memo: PageMemo

    func render(templates: TemplateSet) async throws -> [OutputFile] {
        let iv = PageValues(path: Links.speakersIndex, dossier: dossier)
        var index = iv.layout(title: "Speakers", section: "speakers")
        index["speakers"] = dossier.speakers.speakers.map { s -> [String: Any] in
            let outlets = Set(s.claimIDs.compactMap { dossier.claim($0).map { dossier.outlet(ofArticle: $0.articleID).name } })
            return ["name": s.name, "href": iv.link(Links.speaker(s.slug)), "claimCount": s.claimIDs.count,
                    "outletCount": outlets.count, "roles": s.roles.joined(separator: "; "), "hasRoles": !s.roles.isEmpty]
        }
        index["hasSpeakers"] = !dossier.speakers.speakers.isEmpty
        var files = [try templates.page(Links.speakersIndex, "speakers", index, memo: memo)]
        files += try await parallelMap(dossier.speakers.speakers) { s in try self.page(s, templates: templates) }
        return files
    }

    private func page(_ s: SpeakerIndex.Speaker, templates: TemplateSet) throws -> OutputFile {
        let path = Links.speaker(s.slug)
        return try templates.page(path, "speaker", memo: memo, inputs: memo.inputs?.speaker(s, in: dossier)) { values(s, path) }
    }

    private func values(_ s: SpeakerIndex.Speaker, _ path: String) -> [String: Any] {
        let v = PageValues(path: path, dossier: dossier)
        let values = v.layout(title: s.name, section: "speakers", crumbs: [("Speakers", Links.speakersIndex)])
        let claims = s.claimIDs.compactMap { dossier.claim($0) }
        return values.merging([
            "name": s.name,
            "kind": s.kind?.rawValue ?? "",
            "roles": s.roles.joined(separator: "; "),
            "hasRoles": !s.roles.isEmpty,
            "variants": s.variants.joined(separator: ", "),
            "hasVariants": !s.variants.isEmpty,
            "quotes": claims.filter { $0.kind == .quote }.map(v.speakerRow),
            "statements": claims.filter { $0.kind == .statement }.map(v.speakerRow),
            "hasQuotes": claims.contains { $0.kind == .quote },
            "hasStatements": claims.contains { $0.kind == .statement },
        ])
    }
}
