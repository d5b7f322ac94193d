/// An article that says the same thing twice makes one claim: a repeated sentence (a pull quote,
/// a standfirst repeated in the body, a page template echoing a line) is listed once, at its
/// first occurrence, so counts and comparisons are not inflated. The same words read twice in one
/// sentence ("the first four … and the remaining four") are two claims, and stay.
enum RepeatedClaims {
    static func firstOccurrences(_ claims: [Claim]) -> [Claim] {
        var seen = Set<String>()
        var inSentence: [String: Int] = [:]  // claims of one kind and surface so far, per sentence
        return claims.filter { c in
            let key = c.sentenceID + "\u{1F}" + c.kind.rawValue + "\u{1F}" + c.surface
            let occurrence = inSentence[key, default: 0]
            inSentence[key] = occurrence + 1
            var h = StableHash()
            h.combine(c.kind.rawValue)
            h.combine(c.text)
            h.combine(c.surface)
            if occurrence > 0 { h.combine(String(occurrence)) }
            return seen.insert(h.hex()).inserted
        }
    }
}
