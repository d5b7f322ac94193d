/// Finds articles that copy or rewrite another, within a story.
///
/// Candidates come from an inverted index of shingles (skipping those shared by very many
/// articles), so the work is linear in the corpus rather than quadratic in a story's size.
/// A pair is a copy when word 5-shingles say so (containment or Jaccard), a rewrite when
/// bigrams of content words do (reworded sentences, same facts in the same order).
public struct CopyDetector: Sendable {
    public struct Link: Sendable, Hashable {
        /// The article that is likely derived from `original`.
        public let derived: String
        public let original: String
        /// "copy" or "rewrite"
        public let kind: String
        /// Share of the derived article's shingles found in the original.
        public let containment: Double
    }

    /// Hashes of the stop words: a word's hash is computed anyway, so no string is needed to test it.
    let stopwords: Set<UInt64>

    public init(rules: Rules) {
        stopwords = Set(rules.lexicon("stopwords").set().map { StableHash(bytes: $0.utf8).value })
    }

    struct Fingerprint {
        let id: String
        let published: Day?
        let words: Int
        let exact: Set<UInt64>
        let content: Set<UInt64>
    }

    func fingerprint(_ a: Article) -> Fingerprint {
        // Each word is hashed once; shingles combine the words' hashes (no strings are built).
        var all: [UInt64] = []
        var content: [UInt64] = []
        for b in a.blocks where b.kind == .paragraph {
            for s in b.sentences {
                for w in normalise(s.text).utf8.split(separator: 0x20) {
                    let h = StableHash(bytes: w).value
                    all.append(h)
                    if !stopwords.contains(h) { content.append(w.count <= 6 ? h : StableHash(bytes: w.prefix(6)).value) }
                }
            }
        }
        return Fingerprint(id: a.id, published: a.meta.published, words: all.count,
                           exact: Self.shingles(all, Thresholds.copyShingle), content: Self.shingles(content, 2))
    }

    static func shingles(_ words: [UInt64], _ k: Int) -> Set<UInt64> {
        guard words.count >= k else { return [] }
        var out = Set<UInt64>(minimumCapacity: words.count)
        for i in 0...(words.count - k) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for w in words[i..<(i + k)] { h = (h ^ w) &* 0x0000_0100_0000_01b3 }
            out.insert(h)
        }
        return out
    }

    /// Likely-derived links among `articles` (one story), sorted by derived id.
    public func links(_ articles: [Article]) -> [Link] {
        let prints = articles.map(fingerprint)
        var postings: [UInt64: [Int]] = [:]
        for (i, p) in prints.enumerated() { for s in p.content { postings[s, default: []].append(i) } }
        var shared: [Int: Int] = [:]  // pair key i * n + j → shared content bigrams
        let n = prints.count
        for list in postings.values where list.count > 1 && list.count <= Thresholds.maxShingleArticles {
            for x in 0..<list.count { for y in (x + 1)..<list.count { shared[list[x] * n + list[y], default: 0] += 1 } }
        }
        var best: [Int: Link] = [:]  // derived index → strongest link
        for key in shared.keys.sorted() {
            let (i, j) = (key / n, key % n)
            let a = prints[i], b = prints[j]
            guard !a.content.isEmpty, !b.content.isEmpty else { continue }
            let common = Double(shared[key]!)
            let contentContainment = common / Double(min(a.content.count, b.content.count))
            let exactCommon = Double(a.exact.intersection(b.exact).count)
            let exactContainment = exactCommon / Double(max(1, min(a.exact.count, b.exact.count)))
            let exactJaccard = exactCommon / Double(max(1, a.exact.union(b.exact).count))
            let kind: String
            if exactContainment >= Thresholds.copyContainment || exactJaccard >= Thresholds.copyJaccard {
                kind = "copy"
            } else if contentContainment >= Thresholds.rewriteContainment {
                kind = "rewrite"
            } else {
                continue
            }
            let (derived, original) = Self.direction(a, b, i, j)
            let link = Link(derived: prints[derived].id, original: prints[original].id, kind: kind,
                            containment: kind == "copy" ? exactContainment : contentContainment)
            if let old = best[derived], old.containment >= link.containment { continue }
            best[derived] = link
        }
        return best.values.sorted { $0.derived < $1.derived }
    }

    /// The later article is derived from the earlier; undated, the shorter from the longer
    /// (rewrites condense), then by id for a stable answer.
    static func direction(_ a: Fingerprint, _ b: Fingerprint, _ i: Int, _ j: Int) -> (Int, Int) {
        if let x = a.published, let y = b.published, x != y { return x > y ? (i, j) : (j, i) }
        if a.words != b.words { return a.words < b.words ? (i, j) : (j, i) }
        return a.id > b.id ? (i, j) : (j, i)
    }
}
