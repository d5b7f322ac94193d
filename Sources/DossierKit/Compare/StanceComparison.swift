/// Compares what outlets report about the same source's stance on the same proposition.
///
/// A contradiction is one source reported as confirming something in one outlet and as denying
/// it or not confirming it in another ("After both NATO and the US confirmed …" vs "Neither NATO
/// nor the USA confirmed …"). "Russia denies X" in an outlet that also asserts X is a denial by
/// Russia, kept as its own cluster, never the outlet contradicting itself.
struct StanceComparison {
    let synonyms: Synonyms
    /// Words that refer back to a proposition named elsewhere ("the reports", "the claim").
    var anaphoric: Set<String> { synonyms.refersBack }

    struct Item {
        let claim: Claim
        let entities: Set<String>
        let topic: Set<String>
        let stance: Statement.Stance
    }

    /// Source names → entity keys: "Neither NATO nor the USA" → {"nato", "us"}.
    func entities(_ source: String?) -> Set<String> {
        guard let source else { return [] }
        var out = Set<String>()
        let parts = normalise(Self.collapsingInitialisms(source)).components(separatedBy: " ")
        var current: [String] = []
        func flush() {
            if !current.isEmpty {
                let name = current.joined(separator: "-")
                out.insert(synonyms.words[name] ?? name)
            }
            current = []
        }
        for w in parts {
            if ["and", "nor", "neither", "both", "or", "the", "of"].contains(w) { flush(); continue }
            current.append(w)
        }
        flush()
        return out
    }

    /// "U.S.", "U.K.", "E.U." → "US", "UK", "EU": the dotted and undotted spellings name one entity.
    static func collapsingInitialisms(_ text: String) -> String {
        guard text.utf8.contains(0x2E) else { return text }  // no dot, no initialism: most sources
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            var j = i
            var letters = ""
            // A run of capital-letter-and-dot pairs, not inside a word.
            while j + 1 < chars.count, chars[j].isUppercase, chars[j + 1] == ".", j == i || chars[j - 1] == "." {
                letters.append(chars[j])
                j += 2
            }
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            if letters.count >= 2, startsWord {
                out += letters
                i = j
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    func items(_ claims: [Claim]) -> [Item] {
        claims.compactMap { c in
            guard let s = c.statement else { return nil }
            return Item(claim: c, entities: entities(s.source), topic: synonyms.stems(s.proposition), stance: s.stance)
        }
    }

    private func sameProposition(_ a: Item, _ b: Item) -> Bool {
        if a.topic.isEmpty || b.topic.isEmpty { return true }
        if !a.topic.isDisjoint(with: anaphoric) || !b.topic.isDisjoint(with: anaphoric) { return true }
        return Synonyms.jaccard(a.topic, b.topic) >= Thresholds.subjectSimilarity
    }

    private static func opposite(_ a: Statement.Stance, _ b: Statement.Stance) -> Bool {
        let positive: Set<Statement.Stance> = [.confirmed]
        let negative: Set<Statement.Stance> = [.notConfirmed, .denied]
        return (positive.contains(a) && negative.contains(b)) || (negative.contains(a) && positive.contains(b))
    }

    func compare(_ ctx: StoryContext) -> (clusters: [ClaimCluster], comparisons: [Comparison], denials: [Set<String>]) {
        let all = items(ctx.claims).filter { !$0.entities.isEmpty }
        var clusters: [ClaimCluster] = []
        var comparisons: [Comparison] = []
        var used = Set<String>()
        // Contradictions: same entity, opposite stance, same proposition, different outlets.
        for a in all where a.stance == .confirmed && !used.contains(a.claim.id) {
            let rivals = all.filter { b in
                Self.opposite(a.stance, b.stance) && !a.entities.isDisjoint(with: b.entities)
                    && ctx.outletOf[a.claim.articleID] != ctx.outletOf[b.claim.articleID] && sameProposition(a, b)
            }
            guard !rivals.isEmpty else { continue }
            let confirming = all.filter { $0.stance == .confirmed && !$0.entities.isDisjoint(with: a.entities) && sameProposition($0, a) }
            let claims = (confirming + rivals).map(\.claim)
            for c in claims { used.insert(c.id) }
            let names = entityLabel(confirming + rivals)
            let subject = names + " confirmation"
            let yes = confirming.map(\.claim), no = rivals.map(\.claim)
            let summary = "\(subject): confirmed (\(ctx.sourcesPhrase(yes))) vs not confirmed or denied (\(ctx.sourcesPhrase(no)))"
            let cmp = Comparison(kind: .contradiction, subject: subject, claimIDs: claims.map(\.id), storyID: ctx.story.id, summary: summary,
                                 brief: "\(subject): contradicted — confirmed according to \(ctx.outlets(yes).joined(separator: ", ")), not confirmed or denied according to \(ctx.sourcesPhrase(no))")
            comparisons.append(cmp)
            let lead = ctx.independentCount(no) >= ctx.independentCount(yes)
            let (support, against) = lead ? (no, yes) : (yes, no)
            let (grade, reason) = Grading.grade(support: ctx.independentCount(support), against: ctx.independentCount(against), denied: false, bestSourceGrade: ctx.bestGrade(support))
            clusters.append(ClaimCluster(
                id: ClaimCluster.id(of: claims.map(\.id)), kind: .statement,
                storyID: ctx.story.id, subject: subject,
                versions: [version(lead ? "Not confirmed or denied" : "Confirmed", support, ctx, conflicts: false),
                           version(lead ? "Confirmed" : "Not confirmed or denied", against, ctx, conflicts: true)],
                reporting: ctx.outlets(support), contradicting: ctx.outlets(against).filter { !ctx.outlets(support).contains($0) },
                grade: grade, gradeReason: reason, comparisonIDs: [cmp.id]))
        }
        // Denials by a party: reported by several outlets, they are one point of the story.
        var denialTopics: [Set<String>] = []
        var groups: [[Item]] = []
        for d in all where d.stance == .denied && !used.contains(d.claim.id) {
            if let i = groups.firstIndex(where: { g in !g[0].entities.isDisjoint(with: d.entities) && sameProposition(g[0], d) }) {
                groups[i].append(d)
            } else {
                groups.append([d])
            }
        }
        for g in groups {
            let claims = g.map(\.claim)
            denialTopics.append(g.reduce(Set<String>()) { $0.union($1.topic) })
            let subject = "Denial by " + entityLabel(g)
            let (grade, reason) = Grading.grade(support: ctx.independentCount(claims), against: 0, denied: false, bestSourceGrade: ctx.bestGrade(claims))
            var ids: [String] = []
            if ctx.outlets(claims).count >= 2 {
                let cmp = Comparison(kind: .agreement, subject: subject, claimIDs: claims.map(\.id), storyID: ctx.story.id,
                                     summary: "\(subject): reported by \(ctx.sourcesPhrase(claims))")
                comparisons.append(cmp)
                ids.append(cmp.id)
            }
            clusters.append(ClaimCluster(
                id: ClaimCluster.id(of: claims.map(\.id)), kind: .statement,
                storyID: ctx.story.id, subject: subject, versions: [version("Denied", claims, ctx, conflicts: false)],
                reporting: ctx.outlets(claims), contradicting: [], grade: grade, gradeReason: reason, comparisonIDs: ids))
        }
        return (clusters, comparisons, denialTopics)
    }

    private func version(_ label: String, _ claims: [Claim], _ ctx: StoryContext, conflicts: Bool) -> ClaimCluster.Version {
        ClaimCluster.Version(label: label, claimIDs: claims.map(\.id), outlets: ctx.outlets(claims),
                             independent: ctx.independentCount(claims), conflicts: conflicts)
    }

    /// "NATO/US": the entities most items name, as written.
    private func entityLabel(_ items: [Item]) -> String {
        var counts: [String: Int] = [:]
        for i in items { for e in i.entities { counts[e, default: 0] += 1 } }
        let top = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { e -> String in
            e.key.count <= 4 ? e.key.uppercased() : e.key.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        return top.joined(separator: "/")
    }
}

import Foundation
