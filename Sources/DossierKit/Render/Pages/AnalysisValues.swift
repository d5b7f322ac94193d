/// Values for comparisons and clusters, shared by the briefing, dispute, coverage and outlet pages.
extension PageValues {
    func comparisonItem(_ c: Comparison) -> [String: Any] {
        let cluster = c.claimIDs.first.flatMap { dossier.cluster(ofClaim: $0) }
        return [
            "id": c.id,
            "kind": c.kind.rawValue,
            "kindLabel": Self.kindLabel(c.kind),
            "subject": c.subject,
            "summary": c.summary,
            "brief": c.brief,
            "severity": c.severity?.rawValue ?? "",
            "hasSeverity": c.severity != nil,
            "href": c.isDispute ? link(Links.comparison(c.id)) : link(Links.coverage(storyOf(c)), fragment: cluster?.id ?? ""),
            "isDispute": c.isDispute,
            "grade": cluster.map { String($0.grade) } ?? "",
            "gradeLabel": cluster.map { "\($0.grade) — \(Grading.meanings[$0.grade] ?? "")" } ?? "",
            "hasGrade": cluster != nil,
        ]
    }

    func storyOf(_ c: Comparison) -> Story {
        dossier.story(id: c.storyID)
    }

    static func kindLabel(_ k: Comparison.Kind) -> String {
        switch k {
        case .agreement: return "Agreement"
        case .consistent: return "Consistent"
        case .discrepancy: return "Discrepancy"
        case .contradiction: return "Contradiction"
        case .update: return "Update"
        case .copy: return "Copy"
        }
    }

    /// One version of a disputed point, with the claims behind it.
    func versionItem(_ v: ClaimCluster.Version) -> [String: Any] {
        let claims = v.claimIDs.compactMap { dossier.claim($0) }
        return [
            "label": v.label,
            "conflicts": v.conflicts,
            "outletCount": v.outlets.count,
            "independent": v.independent,
            "sources": claims.map { c -> [String: Any] in
                let outlet = dossier.outlet(ofArticle: c.articleID)
                let a = dossier.article(c.articleID)
                return ["outlet": outlet.name, "outletHref": link(Links.outlet(outlet.slug)), "grade": outlet.grade,
                        "gradeMeaning": outlet.gradeMeaning, "published": a?.meta.published?.readable ?? "undated",
                        "sentence": c.text, "sentenceHref": link(Links.article(c.articleID), fragment: c.sentenceID),
                        "articleTitle": a?.title ?? c.articleID, "attribution": ClaimText.attribution(c) ?? "",
                        "hasAttribution": ClaimText.attribution(c) != nil,
                        "derived": dossier.analysis.derivedFrom[c.articleID] != nil]
            },
        ]
    }

    func clusterItem(_ k: ClaimCluster) -> [String: Any] {
        [
            "id": k.id,
            "subject": k.subject,
            "kindLabel": ClaimText.kindLabel(k.kind),
            "grade": k.grade,
            "gradeLabel": "\(k.grade) — \(Grading.meanings[k.grade] ?? "")",
            "gradeReason": k.gradeReason,
            "versions": k.versions.map { ["label": $0.label, "outlets": $0.outlets.joined(separator: ", "), "independent": $0.independent, "conflicts": $0.conflicts] },
            "reporting": k.reporting.joined(separator: ", "),
            "contradicting": k.contradicting.joined(separator: ", "),
            "hasContradicting": !k.contradicting.isEmpty,
            "disputed": k.isDisputed,
            "href": link(Links.coverage(dossier.story(id: k.storyID)), fragment: k.id),
        ]
    }
}
