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

    /// What a figure is about: content words near it, and the names (capitalised words) of its sentence.
    struct Context {
        let articleID: String
        let value: Double
        let words: Set<String>
        let names: Set<String>
    }

    func context(_ c: Claim) -> Context {
        let tokens = Tokenizer.tokens(c.text)
        let offset = c.text.utf8Range(of: c.surface)?.lowerBound ?? 0
        let at = tokens.firstIndex { $0.start >= offset } ?? 0
        let lo = max(0, at - Thresholds.figureWindow), hi = min(tokens.count, at + Thresholds.figureWindow + 1)
        func names(_ range: Range<Int>) -> Set<String> {
            var out = Set<String>()
            for i in range where tokens[i].kind == .word && tokens[i].isCapitalized && i > 0 {
                out.insert(String(tokens[i].lower.prefix(5)))
            }
            return out.subtracting(synonyms.stopwords).subtracting(synonyms.notNames)
        }
        let near = names(0..<tokens.count)
        let window = tokens[lo..<hi].map(\.text).joined(separator: " ")
        return Context(articleID: c.articleID, value: c.figure?.value ?? 0,
                       words: synonyms.stems((c.figure?.subject ?? "") + " " + window), names: near)
    }

    /// Two figures that can never count the same thing: one article giving two different numbers
    /// speaks of two things, and sentences naming disjoint people or places ("Party A" vs "Party B") too.
    func cannotLink(_ a: Context, _ b: Context) -> Bool {
        if a.articleID == b.articleID { return a.value != b.value }
        return !a.names.isEmpty && !b.names.isEmpty && a.names.isDisjoint(with: b.names)
    }

    /// Whether the words around two figures say they count the same thing.
    func similar(_ a: Context, _ b: Context) -> Bool {
        if a.names.isEmpty || b.names.isEmpty { return true }
        let small = min(a.words.count, b.words.count)
        guard small > 0 else { return true }
        return Double(a.words.intersection(b.words).count) / Double(small) >= Thresholds.subjectSimilarity
    }

    func groups(_ figures: [Claim]) -> [Group] {
        var blocks: [String: [(Claim, Context)]] = [:]
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
            // A figure joins the first group it may be linked with and resembles at least half of:
            // one loose link cannot chain two different things together, one odd wording cannot split them.
            var groups: [[Int]] = []
            for i in 0..<items.count {
                if let g = groups.firstIndex(where: { g in
                    !g.contains { cannotLink(items[$0].1, items[i].1) }
                        && 2 * g.count { similar(items[$0].1, items[i].1) } >= g.count
                }) {
                    groups[g].append(i)
                } else {
                    groups.append([i])
                }
            }
            for g in groups {
                let claims = g.map { items[$0].0 }
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
        // Apart: grade by how far the numbers themselves are from each other.
        let scale = max(abs(a.value), abs(b.value), 1)
        let ratio = max(a.value, b.value) / max(min(a.value, b.value), 1e-9)
        let share = abs(a.value - b.value) / scale
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
