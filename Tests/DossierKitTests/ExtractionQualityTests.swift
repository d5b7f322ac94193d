import Foundation
import Testing
@testable import DossierKit

/// Scores the extractor against hand annotations (Fixtures/annotations/*.json): the five samples
/// and a held-out set of articles in other styles (Fixtures/heldout/) written without looking at the rules.
@Suite struct ExtractionQualityTests {
    struct Score: CustomStringConvertible {
        var predicted = 0, annotated = 0, matched = 0
        var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        var recall: Double { annotated == 0 ? 1 : Double(matched) / Double(annotated) }
        static func + (a: Score, b: Score) -> Score {
            Score(predicted: a.predicted + b.predicted, annotated: a.annotated + b.annotated, matched: a.matched + b.matched)
        }
        var description: String {
            String(format: "P %.2f R %.2f (%d predicted, %d annotated, %d matched)", precision, recall, predicted, annotated, matched)
        }
    }

    struct Result {
        var figures = Score(), quotes = Score(), speakers = Score(), statements = Score(), dates = Score()
        var misses: [String] = []
        static func + (a: Result, b: Result) -> Result {
            Result(figures: a.figures + b.figures, quotes: a.quotes + b.quotes, speakers: a.speakers + b.speakers,
                   statements: a.statements + b.statements, dates: a.dates + b.dates, misses: a.misses + b.misses)
        }
    }

    static let annotationsDir = TestSite.repository + "/Tests/DossierKitTests/Fixtures/annotations"

    enum Set_ { case samples, development, unseen }

    /// The blind sets no rule has been fitted on yet.
    static let unseenSets = ["heldout65", "heldout66", "heldout67", "heldout68", "heldout69", "heldout70", "heldout73", "heldout74", "heldout77", "heldout79", "heldout81", "heldout82", "heldout84", "heldout86", "heldout87", "heldout90", "heldout91", "heldout93", "heldout95"]

    /// samples: Content/articles; development: the other Fixtures/heldout* sets (each written blind, then
    /// used to improve the rules); unseen: the sets in `unseenSets` (written blind, never used to change a rule).
    static func annotations(_ set: Set_) throws -> [[String: Any]] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: annotationsDir)) ?? []
        return try files.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
            let data = try Data(contentsOf: URL(fileURLWithPath: annotationsDir + "/" + name))
            guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let article = json["article"] as? String else { return nil }
            let which: Set_ = Self.unseenSets.contains(where: { article.contains("\($0)/") }) ? .unseen : article.contains("/Fixtures/heldout") ? .development : .samples
            return which == set ? json : nil
        }
    }

    /// Loads the annotated article as a build would (front matter, dossier.yml for the samples) and extracts.
    static func extract(_ annotation: [String: Any]) throws -> (Article, [Claim]) {
        let path = annotation["article"] as! String
        let text = try String(contentsOfFile: TestSite.repository + "/" + path, encoding: .utf8)
        let name = (path as NSString).lastPathComponent
        var files = ["C/articles/" + name: text]
        if path.hasPrefix("Content/") {
            files["C/dossier.yml"] = try String(contentsOfFile: TestSite.repository + "/Content/dossier.yml", encoding: .utf8)
        }
        let content = try ContentLoader(contentDir: "C", io: .memory(files)).load()
        let rules = try Rules.bundled()
        let raw = try #require(content.articles.first)
        var meta = raw.meta
        if let p = annotation["published"] as? String { meta.published = Day(iso: p) }
        let article = Cleaner(rules: rules.clean).clean(RawArticle(id: raw.id, sourceFile: raw.sourceFile, format: raw.format,
                                                                   meta: meta, body: raw.body, contentHash: raw.contentHash))
        return (article, Extractor(rules: rules).extract(article))
    }

    static func fold(_ s: String) -> String {
        normalise(s.replacingOccurrences(of: "’", with: "'"))
    }

    static func speakerMatches(_ predicted: String?, _ annotation: [String: Any]) -> Bool {
        guard let predicted else { return false }
        let p = fold(predicted)
        let names = [annotation["speaker"] as? String].compactMap { $0 } + ((annotation["aliases"] as? [String]) ?? [])
        return names.contains { n in
            let a = fold(n)
            return !a.isEmpty && (p == a || p.contains(a) || a.contains(p))
        }
    }

    static func score(_ annotation: [String: Any]) throws -> Result {
        let (_, claims) = try extract(annotation)
        var r = Result()
        let file = ((annotation["article"] as? String) ?? "") as NSString
        let tag = file.lastPathComponent

        // Figures: same sentence, same value.
        let figures = claims.filter { $0.kind == .figure }
        var used = Set<String>()
        let wantFigures = annotation["figures"] as? [[String: Any]] ?? []
        r.figures.predicted = figures.count
        r.figures.annotated = wantFigures.count
        for want in wantFigures {
            let sentence = fold(want["sentence"] as? String ?? "")
            let value = (want["value"] as? NSNumber)?.doubleValue ?? .nan
            if let hit = figures.first(where: { !used.contains($0.id) && fold($0.text).contains(sentence) && abs(($0.figure?.value ?? .nan) - value) <= 1e-6 * max(1, abs(value)) }) {
                used.insert(hit.id)
                r.figures.matched += 1
            } else {
                r.misses.append("\(tag) missed figure \(value) in “\(want["sentence"] ?? "")”")
            }
        }
        for f in figures where !used.contains(f.id) { r.misses.append("\(tag) extra figure “\(f.surface)”") }

        // Quotes: same words; with the right speaker.
        let quotes = claims.filter { $0.kind == .quote }
        let wantQuotes = annotation["quotes"] as? [[String: Any]] ?? []
        r.quotes.predicted = quotes.count
        r.quotes.annotated = wantQuotes.count
        r.speakers.predicted = quotes.count { $0.quote?.speaker != nil }
        r.speakers.annotated = wantQuotes.count { $0["speaker"] is String }
        used = []
        for want in wantQuotes {
            let words = fold(want["quote"] as? String ?? "")
            guard let hit = quotes.first(where: { !used.contains($0.id) && fold($0.quote?.text ?? "").hasPrefix(words) })
                ?? quotes.first(where: { !used.contains($0.id) && fold($0.quote?.text ?? "").contains(words) }) else {
                r.misses.append("\(tag) missed quote “\(want["quote"] ?? "")”")
                continue
            }
            used.insert(hit.id)
            r.quotes.matched += 1
            if want["speaker"] is String {
                if speakerMatches(hit.quote?.speaker, want) {
                    r.speakers.matched += 1
                } else {
                    r.misses.append("\(tag) quote “\(want["quote"] ?? "")”: speaker \(hit.quote?.speaker ?? "nil"), expected \(want["speaker"] ?? "")")
                }
            } else if let wrong = hit.quote?.speaker {
                r.misses.append("\(tag) quote “\(want["quote"] ?? "")”: speaker \(wrong), expected none")
            }
        }
        for q in quotes where !used.contains(q.id) { r.misses.append("\(tag) extra quote “\(q.quote?.text.prefix(40) ?? "")”") }

        // Statements: same sentence and stance.
        let statements = claims.filter { $0.kind == .statement }
        let wantStatements = annotation["statements"] as? [[String: Any]] ?? []
        r.statements.predicted = statements.count
        r.statements.annotated = wantStatements.count
        used = []
        for want in wantStatements {
            let sentence = fold(want["sentence"] as? String ?? "")
            if let hit = statements.first(where: { !used.contains($0.id) && fold($0.text).contains(sentence) && $0.statement?.stance.rawValue == want["stance"] as? String }) {
                used.insert(hit.id)
                r.statements.matched += 1
            } else {
                let found = statements.first { fold($0.text).contains(sentence) }?.statement?.stance.rawValue ?? "none"
                r.misses.append("\(tag) statement \(want["stance"] ?? "") (found \(found)) in “\((want["sentence"] as? String ?? "").prefix(60))”")
            }
        }
        for st in statements where !used.contains(st.id) {
            r.misses.append("\(tag) extra statement \(st.statement?.stance.rawValue ?? "") in “\(st.text.prefix(60))”")
        }

        // Dates: same expression, same resolution.
        let dates = claims.filter { $0.kind == .date }
        let wantDates = annotation["dates"] as? [[String: Any]] ?? []
        r.dates.predicted = dates.count
        r.dates.annotated = wantDates.count
        used = []
        for want in wantDates {
            let expr = fold(want["expression"] as? String ?? "")
            if let hit = dates.first(where: { d in !used.contains(d.id) && (fold(d.surface).contains(expr) || expr.contains(fold(d.surface))) && d.date?.resolved == want["resolved"] as? String }) {
                used.insert(hit.id)
                r.dates.matched += 1
            } else {
                r.misses.append("\(tag) missed date “\(want["expression"] ?? "")” → \(want["resolved"] as? String ?? "nil")")
            }
        }
        for d in dates where !used.contains(d.id) { r.misses.append("\(tag) extra date “\(d.surface)” → \(d.date?.resolved ?? "nil")") }
        return r
    }

    static func report(_ name: String, _ r: Result) -> String {
        """
        \(name)
          figures            \(r.figures)
          quotes (found)     \(r.quotes)
          quotes (speaker)   \(r.speakers)
          statements         \(r.statements)
          dates              \(r.dates)
        """
    }

    @Test func samplesMeetTheGoal() throws {
        let all = try Self.annotations(.samples)
        try #require(!all.isEmpty, "no annotations for the samples")
        let r = try all.map(Self.score).reduce(Result(), +)
        Self.publish("samples", [Self.report("Samples (\(all.count) articles)", r)] + r.misses.map { "  · " + $0 })
        #expect(r.figures.precision >= 0.9 && r.figures.recall >= 0.9, "\(r.figures)")
        #expect(r.speakers.precision >= 0.9 && r.speakers.recall >= 0.9, "\(r.speakers)")
    }

    @Test func developmentArticlesMeetTheGoal() throws {
        let all = try Self.annotations(.development)
        try #require(!all.isEmpty, "no development annotations")
        let r = try all.map(Self.score).reduce(Result(), +)
        Self.publish("development", [Self.report("Development set (\(all.count) articles)", r)] + (try Self.eachSet(all)) + r.misses.map { "  · " + $0 })
        #expect(r.figures.precision >= 0.9 && r.figures.recall >= 0.9, "\(r.figures)")
        #expect(r.speakers.precision >= 0.9 && r.speakers.recall >= 0.9, "\(r.speakers)")
    }

    /// Each fixture folder on its own, so a change can be read against the set it was tuned on.
    static func eachSet(_ all: [[String: Any]]) throws -> [String] {
        let bySet = Dictionary(grouping: all) { (($0["article"] as? String ?? "") as NSString).deletingLastPathComponent }
        return try bySet.sorted(by: { $0.key < $1.key }).map { dir, group in
            Self.report("  \((dir as NSString).lastPathComponent) (\(group.count) articles)", try group.map(Self.score).reduce(Result(), +))
        }
    }

    /// Prints a report; with `DOSSIER_QUALITY_REPORT=<folder>` also writes it to `<folder>/<name>.txt`, whole
    /// (the console interleaves the output of tests that run at once).
    static func publish(_ name: String, _ lines: [String]) {
        let text = lines.joined(separator: "\n") + "\n"
        print(text, terminator: "")
        if let dir = ProcessInfo.processInfo.environment["DOSSIER_QUALITY_REPORT"] {
            try? text.write(toFile: (dir as NSString).appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
        }
    }

    /// Whether the unseen set has landed: it is written blind elsewhere and merged later.
    static var hasUnseenAnnotations: Bool { !((try? annotations(.unseen)) ?? []).isEmpty }

    /// Articles no rule was ever tuned on (`unseenSets`): the honest measure. Reported, with a floor below
    /// the goal so that a regression fails the build while the number itself is what the README reports.
    /// Skipped (reported as skipped, not passed) until the blind set's annotations are merged.
    @Test(.enabled(if: hasUnseenAnnotations, "the unseen sets are being written blind; nothing to score until they land"))
    func unseenArticlesAreScored() throws {
        let all = try Self.annotations(.unseen)
        try #require(!all.isEmpty, "no unseen annotations")
        let r = try all.map(Self.score).reduce(Result(), +)
        // The misses stay hidden unless asked for: whoever works on the rules must not see them, or the
        // set stops being unseen.
        let show = ProcessInfo.processInfo.environment["DOSSIER_SHOW_UNSEEN_MISSES"] != nil
        Self.publish("unseen", [Self.report("Unseen set (\(all.count) articles)", r)] + (try Self.eachSet(all)) + (show ? r.misses.map { "  · " + $0 } : []))
        #expect(r.figures.precision >= 0.8 && r.figures.recall >= 0.8, "\(r.figures)")
        // Measured (the 152 articles of `unseenSets`, never fitted): speakers P 0.95 R 0.88 (1,470 of 1,678), figures P 0.97 R 0.90 (3,263 of 3,635) (README).
        #expect(r.speakers.precision >= 0.7 && r.speakers.recall >= 0.7, "\(r.speakers)")
    }
}
