import Foundation
import Testing
@testable import DossierKit

/// whats-new.html and feed.xml, end to end: the story as coverage arrived, dated by the articles.
@Suite struct WhatsNewTests {
    static func article(_ title: String, _ outlet: String, _ day: String?, _ body: String) -> String {
        "---\ntitle: \"\(title)\"\noutlet: \(outlet)\n" + (day.map { "published: \($0)\n" } ?? "") + "story: quake\n---\n" + body + "\n"
    }

    static let coverage: [String: String] = [
        "first.md": article("Quake hits the coast", "Coast Post", "2025-04-01",
                            "At least 12 people died in the earthquake, the fire service said."),
        "second.md": article("Quake toll rises", "Daily Ledger", "2025-04-02",
                             "At least 30 people died in the earthquake, the fire service said."),
        "undated.md": article("Quake: what we know", "Radio North", nil,
                              "Rescuers worked through the night in the old town."),
    ]

    @Test func newestFirstWithTheFiguresEachArticleMoved() async throws {
        let site = try TestSite(articles: Self.coverage)
        defer { site.remove() }
        try await site.build()
        let page = try site.page("whats-new.html")
        let second = try #require(page.range(of: "Quake toll rises"))
        let first = try #require(page.range(of: "Quake hits the coast"))
        let undated = try #require(page.range(of: "Quake: what we know"))
        #expect(second.lowerBound < first.lowerBound && first.lowerBound < undated.upperBound)
        // The later article moved the toll; the earlier one added it.
        let movedPart = page[second.upperBound..<first.lowerBound]
        #expect(movedPart.contains("Moved figures:"))
        #expect(movedPart.contains("earlier: "))
        #expect(page[first.upperBound...].contains("Added:"))
        #expect(page.contains("<time datetime=\"2025-04-02\">"))
        #expect(page.contains("undated"))
    }

    @Test func feedCarriesDatedArticlesWithTheirOwnDates() async throws {
        let site = try TestSite(articles: Self.coverage)
        defer { site.remove() }
        try await site.build()
        let feed = try site.page("feed.xml")
        #expect(feed.hasPrefix("<?xml"))
        #expect(feed.components(separatedBy: "<entry>").count - 1 == 2, "the undated article has no place in a feed")
        #expect(feed.contains("<updated>2025-04-02T00:00:00Z</updated>"), "the feed is as new as its newest article, not the clock")
        #expect(feed.contains("urn:dossier:article:second"))
        #expect(!feed.contains("Quake: what we know"))
    }

    @Test func feedKeepsOnlyTheNewestArticles() async throws {
        var articles: [String: String] = [:]
        let count = WhatsNewPage.feedEntries + 5
        for i in 0..<count {
            let day = Day(year: 2025, month: 1, day: 1)!.adding(days: i).description
            articles[String(format: "a%03d.md", i)] = Self.article("Report number \(i)", "Outlet \(i % 7)", day,
                                                                    "Crews cleared \(i + 2) roads on the day.")
        }
        let site = try TestSite(articles: articles)
        defer { site.remove() }
        try await site.build()
        let feed = try site.page("feed.xml")
        #expect(feed.components(separatedBy: "<entry>").count - 1 == WhatsNewPage.feedEntries)
        #expect(feed.contains("Report number \(count - 1)<"))
        #expect(!feed.contains("Report number 4<"), "the oldest articles leave the feed")
        // The page keeps the whole history.
        #expect(try site.page("whats-new.html").contains("Report number 0<"))
    }
}
