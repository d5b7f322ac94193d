/// Admiralty (STANAG 2511 / AJP-2.1) information grades for claim clusters, computed from
/// independent corroboration, contradiction and denial. The rule is stated in words here and on
/// the grades page, so a reader can check every grade.
public enum Grading {
    public static let meanings = [1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable", 6: "cannot be judged"]

    /// The rule, as the grades page prints it.
    public static let rule = [
        "1 — confirmed: at least 3 independent sources report it and none contradicts it.",
        "2 — probably true: 2 independent sources and no contradiction; or 3 or more when the only objection is a denial by the party concerned.",
        "3 — possibly true: more independent sources support it than contradict it; or a single source graded A–C.",
        "4 — doubtful: as many independent sources contradict it as support it.",
        "5 — improbable: more independent sources contradict it than support it.",
        "6 — cannot be judged: a single source whose reliability is not established (graded D–F), and nothing else bears on it.",
        "Sources are counted once per copy family: an article that copies or rewrites another adds no support.",
    ]

    /// - Parameters: support/against: independent sources; denied: a party concerned denies it;
    ///   bestSourceGrade: the best outlet grade (A–F) among the supporting sources.
    public static func grade(support: Int, against: Int, denied: Bool, bestSourceGrade: String) -> (Int, String) {
        let s = "\(support) independent source\(support == 1 ? "" : "s")"
        if against > support { return (5, "\(s) for, \(against) against") }
        if against > 0 && against == support { return (4, "\(s) for, \(against) against") }
        if against > 0 { return (3, "\(s) for, \(against) against") }
        if support >= 3 { return denied ? (2, "\(s), denied by the party concerned") : (1, "\(s), no contradiction") }
        if support == 2 { return (2, "\(s), no contradiction" + (denied ? ", denied by the party concerned" : "")) }
        if ["A", "B", "C"].contains(bestSourceGrade) { return (3, "a single source graded \(bestSourceGrade)") }
        return (6, "a single source, reliability not established")
    }
}
