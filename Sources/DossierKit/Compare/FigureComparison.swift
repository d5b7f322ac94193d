/// Turns aligned figure groups into clusters (for coverage and grades) and comparisons.
struct FigureComparison {
    let alignment: FigureAlignment

    func compare(_ ctx: StoryContext, denials: [Set<String>]) -> ([ClaimCluster], [Comparison]) {
        var clusters: [ClaimCluster] = []
        var comparisons: [Comparison] = []
        let figures = ctx.claims.filter { $0.kind == .figure && !$0.inHeadline }
        for g in alignment.groups(figures) {
            // Versions: claims with the same value and qualifier, named in the group's unit.
            var byVersion: [String: [Claim]] = [:]
            for c in g.claims {
                var f = c.figure!
                f.unit = g.unit
                byVersion[ClaimText.figure(f), default: []].append(c)
            }
            let ordered = byVersion.sorted { a, b in
                let ia = ctx.independentCount(a.value), ib = ctx.independentCount(b.value)
                if ia != ib { return ia > ib }
                if a.value.count != b.value.count { return a.value.count > b.value.count }
                return a.key < b.key
            }
            guard let lead = ordered.first else { continue }
            let leadFigure = lead.value[0].figure!
            var kind: Comparison.Kind = .agreement
            var severity: Comparison.Severity?
            var versions: [ClaimCluster.Version] = []
            var against: [Claim] = []
            var support: [Claim] = []
            for (label, claims) in ordered {
                let (rel, sev) = FigureAlignment.relation(leadFigure, claims[0].figure!)
                var conflicts = rel == .discrepancy
                if conflicts, isUpdate(of: lead.value, by: claims, ctx) { conflicts = false; if kind == .agreement || kind == .consistent { kind = .update } }
                if conflicts {
                    kind = .discrepancy
                    if severity == nil || rank(sev) > rank(severity) { severity = sev }
                    against += claims
                } else {
                    if rel == .consistent && kind == .agreement { kind = .consistent }
                    support += claims
                }
                versions.append(ClaimCluster.Version(label: label, claimIDs: claims.map(\.id), outlets: ctx.outlets(claims),
                                                     independent: ctx.independentCount(claims), conflicts: conflicts))
            }
            let subject = g.unit + (g.prospective ? " (announced or expected)" : "") + ": " + g.subject
            let topic = alignment.synonyms.stems(g.subject + " " + g.unit)
            let denied = denials.contains { $0.intersection(topic).count >= 2 }
            let supportOutlets = ctx.outlets(support)
            let (grade, reason) = Grading.grade(support: ctx.independentCount(support),
                                                against: against.isEmpty ? 0 : ctx.independentCount(against),
                                                denied: denied, bestSourceGrade: ctx.bestGrade(support))
            var ids: [String] = []
            if ctx.outlets(g.claims).count >= 2 {
                // "1,500 / about 1,500 troops (4 outlets, 3 independent) vs 3,000 troops (Krone)"
                let byID = Dictionary(g.claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                let supporting = versions.filter { !$0.conflicts }
                let supportClaims = supporting.flatMap(\.claimIDs).compactMap { byID[$0] }
                var parts = [supporting.map(\.label).joined(separator: " / ") + " (\(ctx.sourcesPhrase(supportClaims)))"]
                for v in versions where v.conflicts {
                    parts.append(v.label + " (\(ctx.sourcesPhrase(v.claimIDs.compactMap { byID[$0] })))")
                }
                let summary = subjectTitle(subject) + ": " + parts.joined(separator: " vs ")
                let cmp = Comparison(kind: kind, subject: subject, claimIDs: g.claims.map(\.id), storyID: ctx.story.id,
                                     severity: severity, summary: summary)
                comparisons.append(cmp)
                ids.append(cmp.id)
            }
            clusters.append(ClaimCluster(id: ClaimCluster.id(of: g.claims.map(\.id)),
                                         kind: .figure, storyID: ctx.story.id, subject: subject, versions: versions,
                                         reporting: supportOutlets, contradicting: ctx.outlets(against).filter { !supportOutlets.contains($0) },
                                         grade: grade, gradeReason: reason, comparisonIDs: ids))
        }
        return (clusters, comparisons)
    }

    private func subjectTitle(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    private func rank(_ s: Comparison.Severity?) -> Int {
        switch s { case .rounding: return 1; case .discrepancy: return 2; case .major: return 3; case nil: return 0 }
    }

    /// A higher count published later and worded as a change ("rose to", "so far") is an update.
    private func isUpdate(of lead: [Claim], by other: [Claim], _ ctx: StoryContext) -> Bool {
        guard let a = lead.first?.figure, let b = other.first?.figure else { return false }
        let (low, high) = a.value < b.value ? (lead, other) : (other, lead)
        guard high.contains(where: { $0.figure?.isUpdate == true }) else { return false }
        let latestLow = low.map { ctx.orderOf[$0.articleID] ?? 0 }.max() ?? 0
        let earliestHigh = high.filter { $0.figure?.isUpdate == true }.map { ctx.orderOf[$0.articleID] ?? 0 }.min() ?? 0
        let dated = low.allSatisfy { ctx.publishedOf[$0.articleID] != nil } && high.allSatisfy { ctx.publishedOf[$0.articleID] != nil }
        return dated ? earliestHigh >= latestLow : true
    }
}
