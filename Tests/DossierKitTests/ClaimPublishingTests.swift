import Foundation
import Testing
@testable import DossierKit

/// End to end: claims extracted from a temporary corpus appear marked in the articles, on the
/// claims and speaker pages, and in data/dossier.json with the documented fields.
@Suite struct ClaimPublishingTests {
    static let quake = """
    ---
    title: "Earthquake toll rises to 41"
    outlet: Valley Courier
    published: 2025-02-10
    ---
    The death toll from Sunday's earthquake rose to 41, the civil protection agency said on Monday.

    More than 2,000 people spent the night in shelters. "We have never seen anything like this," said Mayor Elena Ruiz, who visited the shelters. "The whole street is gone."

    The national seismology institute denied reports that a second quake was expected.
    """

    static let quakeWire = """
    ---
    title: "Quake kills dozens"
    outlet: Wire Service
    published: 2025-02-09
    ---
    At least 30 people were killed when an earthquake struck on Sunday, officials said.

    Ruiz said the town needed help. "We have never seen anything like it," the mayor told reporters.
    """

    func build() async throws -> (TestSite, [String: Any]) {
        let site = try TestSite(articles: ["quake.md": Self.quake, "wire.md": Self.quakeWire])
        try await site.build()
        return (site, try site.export())
    }

    @Test func claimsAreMarkedAndListed() async throws {
        let (site, _) = try await build()
        defer { site.remove() }
        let article = try site.page("articles/quake.html")
        #expect(article.contains("class=\"claim figure\""))
        #expect(article.contains(">More than 2,000 people</a>") || article.contains("2,000 people</a>"))
        #expect(article.contains("Claims in this article"))
        let figures = try site.page("claims/figures.html")
        #expect(figures.contains("2,000"))
        #expect(figures.contains("../articles/quake.html#s-"))
        let quotes = try site.page("claims/quotes.html")
        #expect(quotes.contains("We have never seen anything like this"))
        #expect(try LinkCheck.problems(in: site.output).isEmpty)
    }

    /// A live blog's "key developments" are sentences in a list: each item is read for claims and
    /// rendered in its list with sentence anchors; a nested list stays one structure.
    @Test func listItemsAreTextWithClaims() async throws {
        let blog = """
        ---
        title: "Live: wildfire grows overnight"
        outlet: Valley Courier
        published: 2025-08-12
        ---
        **Key developments**

        - The fire has burned about 9,400 acres and is 5% contained
        - At least 12 structures have been destroyed, the sheriff's office says

        Steps announced:

        3. Evacuation orders now cover 2,100 homes.
        4. Schools are closed.

        - A nested list
          - stays whole, with 40 villages in it
        """
        let site = try TestSite(articles: ["blog.md": blog])
        defer { site.remove() }
        try await site.build()
        let page = try site.page("articles/blog.html")
        #expect(page.contains("<ul>\n<li><span class=\"s\" id=\"s-"))
        #expect(page.contains("<ol start=\"3\">\n<li><span class=\"s\" id=\"s-"))
        // A short label ending in a colon is no empty form field when it introduces a list.
        #expect(page.contains("Steps announced:"))
        let claims = try site.export()["claims"] as! [[String: Any]]
        let values = Set(claims.filter { $0["kind"] as? String == "figure" }.compactMap { $0["value"] as? Double })
        #expect(values.isSuperset(of: [9_400, 5, 12, 2_100]))
        #expect(!values.contains(40))
        for c in claims { #expect((c["page"] as? String)?.contains("#s-") == true) }
        #expect(try LinkCheck.problems(in: site.output).isEmpty)
    }

    @Test func speakersAreMergedAcrossOutlets() async throws {
        let (site, json) = try await build()
        defer { site.remove() }
        let speakers = json["speakers"] as! [[String: Any]]
        let ruiz = try #require(speakers.first { ($0["name"] as? String)?.contains("Ruiz") == true })
        #expect(ruiz["name"] as? String == "Elena Ruiz")
        let page = try site.page(ruiz["page"] as! String)
        #expect(page.contains("Valley Courier") && page.contains("Wire Service"))
    }

    @Test func exportHasTheDocumentedFields() async throws {
        let (site, json) = try await build()
        defer { site.remove() }
        let articles = json["articles"] as! [[String: Any]]
        #expect(Set(articles.map { $0["id"] as! String }) == ["quake", "wire"])
        let quake = articles.first { $0["id"] as? String == "quake" }!
        #expect(quake["source_file"] as? String == "articles/quake.md")
        #expect(quake["published"] as? String == "2025-02-10")
        #expect(quake["page"] as? String == "articles/quake.html")
        let claims = json["claims"] as! [[String: Any]]
        for c in claims {
            for key in ["id", "kind", "article", "page", "text"] { #expect(c[key] != nil, "claim lacks \(key)") }
            let page = c["page"] as! String
            #expect(page.hasPrefix("articles/") && page.contains("#s-"))
        }
        let more = try #require(claims.first { $0["kind"] as? String == "figure" && ($0["value"] as? Double) == 2000 })
        #expect(more["qualifier"] as? String == "more than")
        #expect(more["low"] as? Double == 2000)
        #expect(more["high"] is NSNull)
        #expect(more["unit"] as? String == "people")
        let quote = try #require(claims.first { $0["kind"] as? String == "quote" && ($0["quote"] as? String)?.hasPrefix("We have never seen anything like this") == true })
        #expect(quote["speaker"] as? String == "Elena Ruiz")
        let denial = try #require(claims.first { $0["kind"] as? String == "statement" && $0["stance"] as? String == "denied" })
        #expect((denial["source"] as? String)?.contains("seismology institute") == true)
        let dates = claims.filter { $0["kind"] as? String == "date" }
        #expect(dates.contains { $0["resolved"] as? String == "2025-02-09" })  // "Sunday's" before publication on 10 Feb 2025 (a Monday)
    }
}
