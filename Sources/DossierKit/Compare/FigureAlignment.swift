/// Aligns figures that count the same thing across a story's articles and compares their intervals.
///
/// Figures are blocked by unit (after synonym folding: troops = soldiers = forces) and by aspect
/// (what has happened vs what may happen: "1,500 sent" vs "up to 12,000 to be sent"), then linked
/// when the words around them overlap. Within a group, versions are compared as intervals:
/// the same value agrees, overlapping intervals are consistent, intervals apart are a discrepancy
/// graded by the gap, and a later, higher count reported as a change ("rose to") is an update.
struct FigureAlignment {
    struct Group {
        let unit: String
        let prospective: Bool
        let claims: [Claim]
        let subject: String
    }

    let synonyms: Synonyms
    let prospectiveCues: [[String]]
    let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "—", "–"]

    init(rules: Rules, synonyms: Synonyms) {
        self.synonyms = synonyms
        prospectiveCues = rules.lexicon("polarity")["prospective"].map { $0.lowercased().split(separator: " ").map(String.init) }
    }

    /// Whether the clause holding the figure speaks of what may happen.
    func isProspective(_ c: Claim) -> Bool {
        let tokens = Tokenizer.tokens(c.text)
        guard let offset = c.text.utf8Range(of: c.surface)?.lowerBound,
              let at = tokens.firstIndex(where: { $0.start >= offset }) else { return false }
        var lo = at, hi = at
        while lo > 0, !clauseBreaks.contains(tokens[lo - 1].text), tokens[lo - 1].lower != "which" { lo -= 1 }
        while hi + 1 < tokens.count, !clauseBreaks.contains(tokens[hi + 1].text) { hi += 1 }
        let words = tokens[lo...hi].map(\.lower)
        if words.contains("already") || words.contains("currently") { return false }
        for cue in prospectiveCues where cue.count <= words.count {
            for i in 0...(words.count - cue.count) where Array(words[i..<(i + cue.count)]) == cue { return true }
        }
        return false
    }

    /// Words around a figure that say what it counts.
    func context(_ c: Claim) -> Set<String> {
        synonyms.stems((c.figure?.subject ?? "") + " " + c.text)
    }

    func groups(_ figures: [Claim]) -> [Group] {
        var blocks: [String: [(Claim, Set<String>)]] = [:]
        var blockKeys: [String: (String, Bool)] = [:]
        for c in figures {
            guard let f = c.figure else { continue }
            let unit = synonyms.unit(f.unit)
            let p = isProspective(c)
            let key = f.unitKind.rawValue + "|" + unit + "|" + (p ? "p" : "a")
            blocks[key, default: []].append((c, context(c)))
            blockKeys[key] = (unit, p)
        }
        var out: [Group] = []
        for key in blocks.keys.sorted() {
            let items = blocks[key]!
            // Single-linkage over context overlap; blocks are small (one story, one unit).
            var parent = Array(0..<items.count)
            func find(_ i: Int) -> Int { var i = i; while parent[i] != i { i = parent[i] }; return i }
            for i in 0..<items.count {
                for j in (i + 1)..<items.count where Synonyms.jaccard(items[i].1, items[j].1) >= Thresholds.subjectSimilarity {
                    parent[find(j)] = find(i)
                }
            }
            var members: [Int: [Claim]] = [:]
            for i in 0..<items.count { members[find(i), default: []].append(items[i].0) }
            for root in members.keys.sorted() {
                let claims = members[root]!
                out.append(Group(unit: blockKeys[key]!.0, prospective: blockKeys[key]!.1, claims: claims, subject: subject(of: claims)))
            }
        }
        return out
    }

    /// The subject phrase most articles use.
    private func subject(of claims: [Claim]) -> String {
        var counts: [String: Int] = [:]
        for c in claims { if let s = c.figure?.subject, !s.isEmpty { counts[s, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key ?? claims.first?.figure?.unit ?? ""
    }

    // MARK: comparing versions

    /// How two figures relate, judged on their intervals.
    static func relation(_ a: Figure, _ b: Figure) -> (Comparison.Kind, Comparison.Severity?) {
        if a.value == b.value && a.qualifier == b.qualifier { return (.agreement, nil) }
        let (alo, ahi) = (a.low ?? -.infinity, a.high ?? .infinity)
        let (blo, bhi) = (b.low ?? -.infinity, b.high ?? .infinity)
        if alo <= bhi && blo <= ahi {
            return a.value == b.value ? (.agreement, nil) : (.consistent, nil)
        }
        // Apart: grade by the gap between the intervals relative to the larger value.
        let gap = alo > bhi ? alo - bhi : blo - ahi
        let scale = max(abs(a.value), abs(b.value), 1)
        let ratio = max(a.value, b.value) / max(min(a.value, b.value), 1e-9)
        let share = gap / scale
        if share <= Thresholds.roundingGap { return (.discrepancy, .rounding) }
        if share <= Thresholds.majorGap && ratio < 2 { return (.discrepancy, .discrepancy) }
        return (.discrepancy, .major)
    }
}

extension String {
    /// Byte range of the first occurrence of `needle` in the UTF-8 of this string.
    func utf8Range(of needle: String) -> Range<Int>? {
        guard let r = range(of: needle) else { return nil }
        let u = utf8
        return u.distance(from: u.startIndex, to: r.lowerBound)..<u.distance(from: u.startIndex, to: r.upperBound)
    }
}

import Foundation
