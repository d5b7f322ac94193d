/// Finds the same remark rendered by different outlets (translations, trimmed quotes) and
/// flags a remark attributed to different speakers.
struct QuoteComparison {
    let synonyms: Synonyms

    /// Words most articles of the story use ("North", "Korea" in a story about North Korea) say
    /// nothing about which remark a quote is: they are left out when matching quotes.
    func commonWords(_ ctx: StoryContext) -> Set<String> {
        var perArticle: [String: Set<String>] = [:]
        var seenSentences = Set<String>()
        for c in ctx.claims where seenSentences.insert(c.articleID + "#" + c.sentenceID).inserted {
            perArticle[c.articleID, default: []].formUnion(synonyms.stems(c.text))
        }
        guard perArticle.count >= 3 else { return [] }
        var df: [String: Int] = [:]
        for words in perArticle.values { for w in words { df[w, default: 0] += 1 } }
        return Set(df.filter { Double($0.value) > Double(perArticle.count) * Thresholds.commonWordShare }.keys)
    }

    func compare(_ ctx: StoryContext) -> ([ClaimCluster], [Comparison]) {
        let common = commonWords(ctx)
        let quotes = ctx.claims.filter { $0.kind == .quote }.map { c -> (Claim, Set<String>, Set<String>) in
            let all = synonyms.stems(c.quote?.text ?? "")
            return (c, all.subtracting(common), all)
        }
        var groups: [[(Claim, Set<String>, Set<String>)]] = []
        for q in quotes where q.2.count >= Thresholds.quoteMinShared {
            // The same words (a short phrase quoted by several outlets), or enough distinctive ones.
            if let i = groups.firstIndex(where: { g in g.allSatisfy { $0.2 == q.2 || Self.sameRemark($0.1, q.1) } }) {
                groups[i].append(q)
            } else {
                groups.append([q])
            }
        }
        var clusters: [ClaimCluster] = []
        var comparisons: [Comparison] = []
        for g in groups {
            let claims = g.map(\.0)
            guard ctx.outlets(claims).count >= 2 else { continue }
            let longest = claims.max { ($0.quote!.text.count, $1.id) < ($1.quote!.text.count, $0.id) }!
            let subject = "“" + Self.excerpt(longest.quote!.text) + "”"
            let speakers = Set(claims.compactMap { $0.quote?.speaker }.map(SpeakerIndex.clean))
            let conflicting = Self.conflictingSpeakers(speakers)
            var byText: [String: [Claim]] = [:]
            for c in claims { byText[c.quote!.text, default: []].append(c) }
            let versions = byText.keys.sorted().map { text -> ClaimCluster.Version in
                let cs = byText[text]!
                let who = Set(cs.compactMap { $0.quote?.speaker }).sorted().joined(separator: ", ")
                return ClaimCluster.Version(label: "“\(Self.excerpt(text))”" + (who.isEmpty ? "" : " — " + who), claimIDs: cs.map(\.id),
                                            outlets: ctx.outlets(cs), independent: ctx.independentCount(cs), conflicts: false)
            }
            let kind: Comparison.Kind = conflicting ? .contradiction : .agreement
            let summary = conflicting
                ? "\(subject) is attributed to different speakers: \(speakers.sorted().joined(separator: " / "))"
                : "\(subject): quoted by \(ctx.sourcesPhrase(claims))" + (byText.count > 1 ? " in \(byText.count) wordings" : "")
            let cmp = Comparison(kind: kind, subject: "Quote " + subject, claimIDs: claims.map(\.id), storyID: ctx.story.id, summary: summary)
            comparisons.append(cmp)
            let (grade, reason) = Grading.grade(support: ctx.independentCount(claims), against: 0, denied: false, bestSourceGrade: ctx.bestGrade(claims))
            clusters.append(ClaimCluster(id: ClaimCluster.id(of: claims.map(\.id)),
                                         kind: .quote, storyID: ctx.story.id, subject: "Quote " + subject, versions: versions,
                                         reporting: ctx.outlets(claims), contradicting: [], grade: grade, gradeReason: reason,
                                         comparisonIDs: [cmp.id]))
        }
        return (clusters, comparisons)
    }

    static func sameRemark(_ a: Set<String>, _ b: Set<String>) -> Bool {
        a.intersection(b).count >= Thresholds.quoteMinShared && overlap(a, b) >= Thresholds.quoteOverlap
    }

    /// Share of the shorter quote's words found in the longer.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let small = min(a.count, b.count)
        return small == 0 ? 0 : Double(a.intersection(b).count) / Double(small)
    }

    /// Two named people with nothing in common. Descriptions ("a North Korean official") and
    /// names that share a word ("Yoon", "Yoon Suk Yeol") may be the same speaker.
    static func conflictingSpeakers(_ speakers: Set<String>) -> Bool {
        let named = speakers.filter { s in
            let words = s.split(separator: " ")
            return words.count >= 2 && words.allSatisfy { $0.first?.isUppercase == true }
        }
        let list = named.sorted()
        for i in 0..<list.count {
            for j in (i + 1)..<list.count {
                let a = Set(SpeakerIndex.words(list[i])), b = Set(SpeakerIndex.words(list[j]))
                if a.isDisjoint(with: b) { return true }
            }
        }
        return false
    }

    static func excerpt(_ text: String, words: Int = 12) -> String {
        let parts = text.split(separator: " ")
        return parts.count <= words ? text : parts.prefix(words).joined(separator: " ") + " …"
    }
}

/// Flags a headline that says the opposite of its own article ("… warns against sending weapons"
/// over a text that says the country may consider sending them).
struct HeadlineCheck {
    let synonyms: Synonyms
    let negative: [[String]]
    /// How many content words the headline and a lead sentence must share to speak of the same act.
    static let minShared = 3
    /// How far into the article the lead is looked for.
    static let leadSentences = 4

    init(rules: Rules, synonyms: Synonyms) {
        self.synonyms = synonyms
        negative = rules.lexicon("polarity")["negative"].map { $0.lowercased().split(separator: " ").map(String.init) }
    }

    func isNegated(_ text: String) -> Bool {
        let words = normalise(text.replacingOccurrences(of: "’", with: "'")).split(separator: " ").map(String.init)
        for cue in negative where cue.count <= words.count {
            for i in 0...(words.count - cue.count) where Array(words[i..<(i + cue.count)]) == cue { return true }
        }
        return false
    }

    /// The lead sentence the headline contradicts, if any.
    func contradiction(_ a: Article) -> Sentence? {
        guard !a.headline.isEmpty else { return nil }
        let head = a.headline.map(\.text).joined(separator: " ")
        let headStems = synonyms.stems(head)
        let headNegated = isNegated(head)
        let lead = a.blocks.filter { $0.kind == .paragraph }.flatMap(\.sentences).prefix(Self.leadSentences)
        for s in lead {
            // Judge the clause that speaks of the headline's act, not a side clause ("…, as Russia denied the moves").
            let clauses = s.text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "—" }).map { clause in
                (text: String(clause), shared: headStems.intersection(synonyms.stems(String(clause))).count)
            }
            guard let best = clauses.max(by: { $0.shared < $1.shared }) else { continue }
            if best.shared >= Self.minShared, isNegated(best.text) != headNegated { return s }
        }
        return nil
    }
}
