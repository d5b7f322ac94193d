import Foundation
import Testing
@testable import DossierKit

/// The compare stage on small corpora written in other styles than the samples.
@Suite struct ComparisonTests {
    func md(_ title: String, _ outlet: String, _ date: String, _ body: String, story: String? = nil) -> String {
        "---\ntitle: \"\(title)\"\noutlet: \(outlet)\npublished: \(date)\n" + (story.map { "story: \($0)\n" } ?? "") + "---\n\n" + body + "\n"
    }

    func build(_ articles: [String: String]) async throws -> (TestSite, [[String: Any]], [String: Any]) {
        let site = try TestSite(articles: articles)
        try await site.build()
        let json = try site.export()
        #expect(try LinkCheck.problems(in: site.output).isEmpty)
        return (site, json["comparisons"] as! [[String: Any]], json)
    }

    /// The kinds of comparison ("update", "contradiction", …) a build of `articles` finds.
    func comparisonKinds(_ articles: [String: String]) async throws -> Set<String> {
        let (site, comparisons, _) = try await build(articles)
        defer { site.remove() }
        return Set(comparisons.compactMap { $0["kind"] as? String })
    }

    @Test func electionSeatsOfDifferentPartiesAreNotADiscrepancy() async throws {
        let (site, comparisons, _) = try await build([
            "a.md": md("Greens win", "Daily Ledger", "2025-05-12", "The Green Alliance won 48 seats in the election, while the Labour Party took 31 seats, the electoral commission said."),
            "b.md": md("Greens ahead", "Harbor Times", "2025-05-12", "The Green Alliance secured 52 seats, according to preliminary results published by the electoral commission."),
            "c.md": md("Labour slips", "Metro Wire", "2025-05-13", "The Labour Party won 31 seats, its worst result in decades, the electoral commission said on Monday."),
        ])
        defer { site.remove() }
        let seats = comparisons.filter { ($0["subject"] as? String)?.contains("seats") == true }
        // Greens: 48 vs 52 differ; Labour: 31 and 31 agree; Greens are never compared with Labour.
        #expect(seats.contains { $0["kind"] as? String == "discrepancy" && ($0["summary"] as? String)?.contains("48") == true && ($0["summary"] as? String)?.contains("52") == true })
        #expect(!seats.contains { ($0["summary"] as? String)?.contains("31") == true && ($0["summary"] as? String)?.contains("48") == true })
    }

    @Test func aRisingTollIsAnUpdateNotAContradiction() async throws {
        let kinds = try await comparisonKinds([
            "day1.md": md("Floods hit valley", "Valley Courier", "2025-03-01", "The death toll stood at 12 on Saturday, the civil protection agency said."),
            "day2.md": md("Toll climbs", "Coastal Herald", "2025-03-02", "The death toll has risen to 41, the civil protection agency said on Sunday."),
        ])
        #expect(kinds.contains("update"))
        #expect(!kinds.contains("discrepancy"))
    }

    @Test func copiesAreFoundAndCountedOnce() async throws {
        let wire = "Rescuers pulled 14 survivors from the collapsed building overnight, the fire service said on Tuesday. The building, a six-storey block of flats, gave way shortly after midnight. Engineers said a gas leak was the most likely cause, but an investigation had only just begun. Residents of neighbouring houses were moved to a school gym, where volunteers handed out blankets and hot drinks."
        let (site, comparisons, json) = try await build([
            "wire.md": md("Building collapses", "Global Dispatch", "2025-04-01", wire),
            "copy.md": md("Block of flats collapses overnight", "Northern Post", "2025-04-02", wire + " More updates will follow."),
            "own.md": md("Fourteen rescued", "Capital Review", "2025-04-01", "Fourteen people were rescued alive from the rubble, a fire service spokeswoman told our reporter at the scene."),
        ])
        defer { site.remove() }
        #expect(comparisons.contains { $0["kind"] as? String == "copy" })
        let articles = json["articles"] as! [[String: Any]]
        #expect(articles.first { $0["id"] as? String == "copy" }?["derived_from"] as? String == "wire")
        #expect(articles.first { $0["id"] as? String == "own" }?["derived_from"] is NSNull)
        #expect(try site.page("articles/copy.html").contains("Likely a copy of"))
        #expect(try site.page("articles/wire.html").contains("Likely copied or rewritten by"))
    }

    @Test func confirmationAgainstNonConfirmationIsAContradiction() async throws {
        let (site, comparisons, _) = try await build([
            "a.md": md("Bridge down", "Daily Ledger", "2025-06-01", "After the police confirmed the collapse of the old railway bridge, trains were stopped."),
            "b.md": md("Reports of collapse", "Metro Wire", "2025-06-01", "The police have not confirmed the collapse of the railway bridge, and trains are still running."),
        ])
        defer { site.remove() }
        let c = try #require(comparisons.first { $0["kind"] as? String == "contradiction" })
        #expect((c["subject"] as? String)?.lowercased().contains("police") == true)
        let page = try site.page(c["page"] as! String)
        #expect(page.contains("Daily Ledger") && page.contains("Metro Wire"))
    }

    @Test func dottedInitialismsNameTheSameSourceAsTheirOtherSpellings() async throws {
        let kinds = try await comparisonKinds([
            "a.md": md("Tanker seized", "Daily Ledger", "2025-06-01", "After the U.K. confirmed the seizure of the tanker in the strait, shipping firms rerouted."),
            "b.md": md("Tanker reports", "Metro Wire", "2025-06-01", "Britain has not confirmed the seizure of the tanker in the strait, and ships are still sailing."),
        ])
        #expect(kinds.contains("contradiction"))
        #expect(StanceComparison.collapsingInitialisms("the U.S. and the E.U. said") == "the US and the EU said")
        #expect(StanceComparison.collapsingInitialisms("J. Smith, A.B.C.D. Ltd") == "J. Smith, ABCD Ltd")
    }

    @Test func aQuoteOrDenialFromOneReliableOutletIsGradedByThatOutlet() async throws {
        let site = try TestSite(articles: [
            "a.md": md("Mine closes", "Daily Ledger", "2025-05-01", "\"We have no money left,\" said Tom Reyes, the mine's owner. The union denied that wages had been cut."),
        ], config: "outlets:\n  Daily Ledger:\n    grade: B\n")
        defer { site.remove() }
        try await site.build()
        let coverage = try site.page("coverage.html")
        #expect(coverage.contains("a single source graded B"))
        #expect(!coverage.contains("reliability not established"))
    }

    @Test func aPartysDenialIsNotTheOutletContradictingItself() async throws {
        let kinds = try await comparisonKinds([
            "a.md": md("Factory fire", "Daily Ledger", "2025-07-01", "The company said that 200 workers were evacuated. The company denied reports that safety checks had been skipped."),
            "b.md": md("Fire at plant", "Metro Wire", "2025-07-01", "About 200 workers were evacuated, the fire brigade said."),
        ])
        #expect(!kinds.contains("contradiction"))
    }

    @Test func storiesAreComparedOnlyWithinThemselves() async throws {
        let (site, comparisons, _) = try await build([
            "a.md": md("Strike", "Daily Ledger", "2025-08-01", "About 3,000 workers joined the strike, the union said.", story: "strike"),
            "b.md": md("Strike grows", "Metro Wire", "2025-08-01", "About 3,200 workers joined the strike, the union said.", story: "strike"),
            "c.md": md("Marathon", "Harbor Times", "2025-08-01", "About 9,000 runners joined the race, the organisers said.", story: "race"),
        ])
        defer { site.remove() }
        for c in comparisons {
            let claims = c["claims"] as! [String]
            #expect(!(claims.isEmpty == false && (c["summary"] as? String)?.contains("9,000") == true && (c["summary"] as? String)?.contains("3,000") == true))
        }
        #expect(site.exists("stories/strike.html") && site.exists("stories/race.html"))
    }

    @Test func briefingLeadsWithDisputesAndExplainsGrades() async throws {
        let (site, _, _) = try await build([
            "a.md": md("Greens win", "Daily Ledger", "2025-05-12", "The Green Alliance won 48 seats in the election, the electoral commission said."),
            "b.md": md("Greens ahead", "Harbor Times", "2025-05-12", "The Green Alliance won 61 seats, according to the party."),
        ])
        defer { site.remove() }
        let index = try site.page("index.html")
        let findings = try #require(index.range(of: "Key findings"))
        let disputed = try #require(index.range(of: "Disputed points"))
        #expect(findings.lowerBound < disputed.lowerBound)
        #expect(index.contains("48") && index.contains("61"))
        let grades = try site.page("grades.html")
        #expect(grades.contains("cannot be judged") && grades.contains("independent"))
        #expect(site.exists("coverage.html") && site.exists("timeline.html") && site.exists("disputes/index.html"))
    }
}
