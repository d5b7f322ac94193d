/// The points of agreement the briefing and the print edition lead with, after the disputes.
extension Dossier {
    /// Agreements (not copies) worth a key finding, the most independently supported first.
    func agreedFindings(_ comparisons: [Comparison]) -> [Comparison] {
        // Each comparison's support is worked out once, not at every step of the sort.
        let kept = comparisons.filter { !$0.isDispute && $0.kind != .copy && !isIncidental($0) }
        let keyed: [(comparison: Comparison, support: Int)] = kept.map { ($0, support($0)) }
        return keyed.sorted { a, b in a.support != b.support ? a.support > b.support : a.comparison.id < b.comparison.id }
            .map(\.comparison)
    }

    /// Agreement on a count of one or two ("two countries") is rarely the news: not a key finding.
    private func isIncidental(_ c: Comparison) -> Bool {
        guard let first = c.claimIDs.first, let f = claim(first)?.figure else { return false }
        return c.claimIDs.allSatisfy { (claim($0)?.figure?.value ?? 0) <= Thresholds.incidentalCount }
            && f.unitKind != .money && f.unitKind != .percent
    }

    /// The most independent sources any version of the point has.
    private func support(_ c: Comparison) -> Int {
        c.claimIDs.first.flatMap { cluster(ofClaim: $0) }?.versions.map(\.independent).max() ?? 0
    }
}
