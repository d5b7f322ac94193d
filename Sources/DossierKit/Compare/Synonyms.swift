/// Folds words that name the same thing to one name ("soldiers", "forces" → "troops"), from
/// Resources/lexicon/synonyms.txt, and reduces words to short stems for overlap measures.
public struct Synonyms: Sendable {
    let units: [String: String]
    let words: [String: String]
    public let stopwords: Set<String>
    /// Capitalised words that are not names (days, months), as 5-letter stems.
    public let notNames: Set<String>
    /// Stems of words that point back to a proposition named elsewhere ("denied the reports").
    public let refersBack: Set<String>

    public init(rules: Rules) {
        let lex = rules.lexicon("synonyms")
        notNames = Set(lex["not-names"].map { String($0.lowercased().prefix(5)) })
        units = Self.groups(lex["units"])
        words = Self.groups(lex["words"])
        refersBack = lex.set("refers-back")
        stopwords = rules.lexicon("stopwords").set()
    }

    private static func groups(_ lines: [String]) -> [String: String] {
        var map: [String: String] = [:]
        for line in lines {
            let parts = line.lowercased().split(separator: " ").map(String.init)
            guard let head = parts.first else { continue }
            for p in parts where map[p] == nil { map[p] = head }
        }
        return map
    }

    /// The unit's group name: "soldiers" → "troops"; unknown units stay as they are.
    public func unit(_ u: String) -> String {
        let l = u.lowercased()
        return units[l] ?? units[Self.singular(l)] ?? l
    }

    /// Content words of a text, folded and cut to 5-letter stems: what overlap measures compare.
    public func stems(_ text: String) -> Set<String> {
        var out = Set<String>()
        let n = normalise(text)
        for w in n.utf8.split(separator: 0x20) {
            // Byte tests first: short words and numbers never need a string.
            guard w.count >= 2, let first = w.first, !(first >= 0x30 && first <= 0x39) else { continue }
            let word = String(decoding: w, as: UTF8.self)
            if stopwords.contains(word) { continue }
            if let folded = words[word] ?? units[word] {
                out.insert(String(decoding: folded.utf8.prefix(5), as: UTF8.self))
            } else {
                out.insert(w.count <= 5 ? word : String(decoding: w.prefix(5), as: UTF8.self))
            }
        }
        return out
    }

    static func singular(_ w: String) -> String {
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { return String(w.dropLast()) }
        return w
    }

    public static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let u = a.union(b).count
        return u == 0 ? 0 : Double(a.intersection(b).count) / Double(u)
    }
}
