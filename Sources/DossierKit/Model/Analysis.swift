/// The result of the compare stage for the whole corpus.
public struct Analysis: Sendable {
    public var comparisons: [Comparison] = []
    public var clusters: [ClaimCluster] = []
    /// Derived article id → the link to the article it likely copies or rewrites.
    public var derivedFrom: [String: CopyDetector.Link] = [:]
    /// Dated events, in date order.
    public var timeline: [TimelineEvent] = []

    public init() {}
}

/// Claims from different articles that speak of the same point, with their versions.
public struct ClaimCluster: Sendable {
    public struct Version: Sendable {
        /// "1,500 troops", "Not confirmed", "“…”"
        public let label: String
        public let claimIDs: [String]
        public let outlets: [String]
        /// Copy families behind the version: how many sources are really independent.
        public let independent: Int
        /// The version conflicts with the cluster's leading version.
        public let conflicts: Bool
    }

    public let id: String
    public let kind: Claim.Kind
    public let storyID: String
    public let subject: String
    public let versions: [Version]
    /// Outlets that report the leading version or one consistent with it / that contradict it.
    public let reporting: [String]
    public let contradicting: [String]
    /// Admiralty information grade 1–6 and the reason in words.
    public let grade: Int
    public let gradeReason: String
    public let comparisonIDs: [String]

    public var claimIDs: [String] { versions.flatMap(\.claimIDs) }
    public var isDisputed: Bool { contradicting.count > 0 }

    /// A cluster's id, from the ids of the claims it groups (in any order).
    public static func id(of claimIDs: [String]) -> String {
        "k-" + StableHash.hex(claimIDs.sorted().joined(separator: " "), length: 10)
    }
}

/// A dated event from an article.
public struct TimelineEvent: Sendable {
    /// YYYY, YYYY-MM or YYYY-MM-DD: sorts as text.
    public let date: String
    public let claimID: String
    public let articleID: String
    public let expression: String
    public let sentence: String
}
