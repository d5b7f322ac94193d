/// Every number the comparison rules use, in one place, with where it comes from.
public enum Thresholds {
    // MARK: Copies and rewrites
    /// Word 5-shingles: containment ≥ 0.8 or Jaccard ≥ 0.5 marks a copy (DESIGN.md; the usual
    /// near-duplicate settings of shingling à la Broder 1997).
    public static let copyShingle = 5
    public static let copyContainment = 0.8
    public static let copyJaccard = 0.5
    /// Rewrites reword sentences but keep their facts in order: bigrams of content words survive.
    /// Independent reports of one event share ≤ 0.15 of them (measured on the samples and on our
    /// own test pairs), a rewrite of a wire story ≥ 0.3.
    public static let rewriteContainment = 0.3
    /// A shingle shared by more articles than this is boilerplate or a stock phrase, not evidence
    /// of copying; it is skipped (this also keeps candidate generation linear).
    public static let maxShingleArticles = 50

    // MARK: Figures
    /// Two intervals that do not overlap are "rounding" apart when the gap is at most this share
    /// of the larger value, a "discrepancy" up to `majorGap`, "major" beyond (or a factor ≥ 2).
    public static let roundingGap = 0.10
    public static let majorGap = 0.5
    /// "about v" is read as [v − 10 %, v + 10 %] (DESIGN.md).
    public static let aboutTolerance = 0.10
    /// Two figures count the same thing (given the same unit and aspect) when this share of the
    /// smaller set of content words around them is shared, after synonym folding.
    public static let subjectSimilarity = 0.25
    /// Words either side of a figure that say what it counts.
    public static let figureWindow = 8

    /// Figures that all count this many or fewer ("two countries") are not key findings when outlets agree.
    public static let incidentalCount = 2.0

    // MARK: Quotes
    /// Two quotes are one remark when this share of the shorter one's content words is in the longer.
    public static let quoteOverlap = 0.6
    /// …and they share at least this many distinctive words (words used by most of the story's
    /// articles, like the names of the countries involved, are not counted).
    public static let quoteMinShared = 2
    /// A word in more than this share of a story's articles is a topic word, not a distinctive one.
    public static let commonWordShare = 0.75
}
