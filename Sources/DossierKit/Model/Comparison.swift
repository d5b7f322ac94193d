/// A finding of the compare stage: how the outlets' claims on one point relate.
public struct Comparison: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The same value from several outlets.
        case agreement
        /// Different words or numbers that can all be true (overlapping intervals, an upper bound).
        case consistent
        /// Figures whose intervals are apart.
        case discrepancy
        /// One outlet's source confirms or asserts what another's denies or has not confirmed.
        case contradiction
        /// A later, higher count ("rose to", "so far"): a change over time, not a conflict.
        case update
        /// An article copies or rewrites another.
        case copy
    }

    /// How far apart discrepant figures are.
    public enum Severity: String, Sendable { case rounding, discrepancy, major }

    /// `cmp-` + hash of kind and claim ids: stable while the claims are.
    public let id: String
    public let kind: Kind
    /// What the point is about ("troops: North Korean soldiers in Russia", "NATO/US confirmation").
    public let subject: String
    public let claimIDs: [String]
    public let storyID: String
    public var severity: Severity?
    /// What was found, in one sentence ("… confirmed (Krone) vs not confirmed or denied (3 outlets)").
    public var summary: String
    /// The key finding, as short as it can be said ("NATO/US confirmation: contradicted").
    public var brief: String

    public init(kind: Kind, subject: String, claimIDs: [String], storyID: String, severity: Severity? = nil, summary: String, brief: String? = nil) {
        var h = StableHash()
        h.combine(kind.rawValue)
        for c in claimIDs.sorted() { h.combine(c) }
        self.id = "cmp-" + h.hex(10)
        self.kind = kind
        self.subject = subject
        self.claimIDs = claimIDs
        self.storyID = storyID
        self.severity = severity
        self.summary = summary
        self.brief = brief ?? summary
    }

    /// Disputed points lead the briefing.
    public var isDispute: Bool { kind == .discrepancy || kind == .contradiction }
}
