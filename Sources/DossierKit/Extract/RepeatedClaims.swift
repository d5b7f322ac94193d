/// An article that says the same thing twice makes one claim: a repeated sentence (a pull quote,
/// a standfirst repeated in the body, a page template echoing a line) is listed once, at its
/// first occurrence, so counts and comparisons are not inflated.
enum RepeatedClaims {
    static func firstOccurrences(_ claims: [Claim]) -> [Claim] {
        var seen = Set<String>()
        return claims.filter { c in
            var h = StableHash()
            h.combine(c.kind.rawValue)
            h.combine(c.text)
            h.combine(c.surface)
            return seen.insert(h.hex()).inserted
        }
    }
}
