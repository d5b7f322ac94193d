/// Everyone the corpus quotes or cites as a source, with their claims across articles.
///
/// Within an article the extractor already gives each speaker its fullest name. Across articles,
/// a shorter name is merged into a longer one when the longer one is the only known name that
/// contains all its words ("Yoon" → "Yoon Suk Yeol", but "Kim" stays apart when there are both
/// "Kim Jong Un" and "Kim Tae-hyo"). Leading articles are dropped ("the presidential office").
public struct SpeakerIndex: Sendable {
    public struct Speaker: Sendable {
        public let name: String
        public let slug: String
        public let kind: Quote.SpeakerKind?
        /// Roles the articles give them ("South Korean President"), sorted, unique.
        public let roles: [String]
        /// Claim ids (quotes and statements) in reading order.
        public let claimIDs: [String]
        /// Other names the articles use for them.
        public let variants: [String]
    }

    public let speakers: [Speaker]
    private let byName: [String: Int]

    public init(articles: [Article], claims: [String: [Claim]]) {
        // Names as written, per claim, in reading order.
        var mentions: [(name: String, claim: Claim)] = []
        for a in articles {
            for c in claims[a.id] ?? [] {
                if let q = c.quote, let s = q.speaker { mentions.append((Self.clean(s), c)) }
                if let st = c.statement, let s = st.source { mentions.append((Self.clean(s), c)) }
            }
        }
        let names = Set(mentions.map(\.name)).filter { !$0.isEmpty }
        var canonical: [String: String] = [:]
        let tokenSets = Dictionary(uniqueKeysWithValues: names.map { ($0, Set(Self.words($0))) })
        for n in names {
            let mine = tokenSets[n]!
            // A list of several speakers ("Russia and North Korea") is never a longer form of one of them.
            let supersets = names.filter { $0 != n && !Self.isList($0) && tokenSets[$0]!.count > mine.count && mine.isSubset(of: tokenSets[$0]!) }
            canonical[n] = supersets.count == 1 ? supersets.first! : n
        }
        // Follow chains ("Yoon" → "President Yoon" → …) to the end.
        for n in names {
            var c = canonical[n]!
            var steps = 0
            while let next = canonical[c], next != c, steps < 8 { c = next; steps += 1 }
            canonical[n] = c
        }
        // Grouped in place: copying a group's growing claim list on every append would be quadratic.
        struct Group { var kind: Quote.SpeakerKind?; var roles = Set<String>(); var claims: [String] = []; var variants = Set<String>() }
        var grouped: [String: Group] = [:]
        for (name, claim) in mentions where !name.isEmpty {
            let key = canonical[name]!
            grouped[key, default: Group()].kind = grouped[key]?.kind ?? claim.quote?.speakerKind
            if let role = claim.quote?.speakerRole, !role.isEmpty { grouped[key]!.roles.insert(role) }
            if grouped[key]!.claims.last != claim.id { grouped[key]!.claims.append(claim.id) }
            if name != key { grouped[key]!.variants.insert(name) }
        }
        var taken = Set<String>()
        var list: [Speaker] = []
        for key in grouped.keys.sorted() {
            let g = grouped[key]!
            var seen = Set<String>()
            list.append(Speaker(name: key, slug: Slug.unique(Slug.make(key, fallback: "speaker"), in: &taken), kind: g.kind,
                                roles: g.roles.sorted(), claimIDs: g.claims.filter { seen.insert($0).inserted }, variants: g.variants.sorted()))
        }
        speakers = list
        var index: [String: Int] = [:]
        for (i, s) in list.enumerated() { index[s.name] = i }
        for (n, c) in canonical { if let i = index[c] { index[n] = i } }
        byName = index
    }

    /// The speaker a name (as the extractor wrote it) belongs to.
    public func speaker(named name: String?) -> Speaker? {
        guard let name, let i = byName[Self.clean(name)] else { return nil }
        return speakers[i]
    }

    static func clean(_ name: String) -> String {
        var n = name.trimmingSpaces
        for article in ["the ", "The ", "a ", "A ", "an ", "An "] where n.hasPrefix(article) {
            n = String(n.dropFirst(article.count))
            break
        }
        return n
    }

    static func isList(_ name: String) -> Bool {
        let l = " " + name.lowercased() + " "
        return l.contains(" and ") || l.contains(" nor ") || l.contains(" or ") || l.contains(",") || l.contains(" & ")
    }

    static func words(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
    }
}
