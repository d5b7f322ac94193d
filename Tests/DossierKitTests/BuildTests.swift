import Foundation
import Testing
@testable import DossierKit

/// End-to-end builds of temporary Content folders, asserting on the pages written.
@Suite struct BuildTests {
    static let storyA = """
    ---
    title: "Ferry sinks off the coast"
    outlet: Harbor Times
    published: 2025-03-02
    source_url: https://example.org/ferry
    ---
    At least 12 people died when the ferry sank on Saturday, the coast guard said.

    ## Rescue

    Divers searched the wreck. "We will keep looking," said Captain Ana Ruiz.
    """

    static let storyB = """
    Ferry disaster: death toll rises
    The death toll rose to 15 on Sunday, officials said.
    Share this
    """

    @Test func buildsALinkedSiteFromMarkdownAndText() async throws {
        let site = try TestSite(articles: ["ferry.md": Self.storyA, "toll.txt": Self.storyB],
                                config: "title: Ferry dossier\nsummary: The **ferry** sank.\narticles:\n  toll.txt:\n    outlet: Coastal Herald\n    published: 2025-03-03\n",
                                notes: ["method.md": "# Method\n\nWe read *everything*."])
        defer { site.remove() }
        let report = try await site.build()
        #expect(report.articles == 2)
        let index = try site.page("index.html")
        #expect(index.contains("<h1>Ferry dossier</h1>"))
        #expect(index.contains("<strong>ferry</strong>"))
        #expect(index.contains("href=\"articles/ferry.html\""))
        #expect(index.contains("Harbor Times") && index.contains("Coastal Herald"))
        #expect(index.contains("2 March 2025"))
        #expect(index.contains("href=\"notes/method.html\""))
        let article = try site.page("articles/ferry.html")
        #expect(article.contains("<h1"))
        #expect(article.contains("Ferry sinks off the coast"))
        #expect(article.contains("href=\"../outlets/harbor-times.html\""))
        #expect(article.contains("href=\"https://example.org/ferry\""))
        #expect(article.contains("“We will keep looking,”"))
        #expect(article.contains("class=\"s\" id=\"s-"))
        #expect(try site.page("articles/toll.html").contains("Share this</q>"))  // listed as removed
        #expect(site.exists("outlets/harbor-times.html") && site.exists("outlets/index.html"))
        #expect(site.exists("assets/style.css"))
        #expect(try site.page("notes/method.html").contains("<em>everything</em>"))
        #expect(site.exists(SiteWriter.markerName))
        let problems = try LinkCheck.problems(in: site.output)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func sameInputGivesTheSameBytes() async throws {
        let site = try TestSite(articles: ["ferry.md": Self.storyA, "toll.txt": Self.storyB])
        defer { site.remove() }
        try await site.build()
        let first = try site.snapshot()
        try FileManager.default.removeItem(atPath: site.output)
        try await site.build()
        #expect(try site.snapshot() == first)
        // A second build over an existing site writes nothing.
        let report = try await site.build()
        #expect(report.write.written.isEmpty && report.write.removed.isEmpty)
    }

    @Test func builtSiteHasNoAbsolutePathsOrExternalResources() async throws {
        let site = try TestSite(articles: ["ferry.md": Self.storyA + "\n\n![wreck](https://cdn.example.org/w.jpg)\n"])
        defer { site.remove() }
        try await site.build()
        for (path, data) in try site.snapshot() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/") && !html.contains("src=\"/"), "\(path)")
            #expect(!html.contains("<img"), "\(path)")
            #expect(!html.contains(site.root), "\(path) leaks the build folder")
        }
    }

    @Test func badArticlesAreSkippedWithMessagesNamingTheFile() async throws {
        let site = try TestSite(articles: [
            "good.md": Self.storyA,
            "broken.md": "---\ntitle: [unclosed\noutlet: x\n---\nBody text here.",
            "never-closed.md": "---\ntitle: x\nBody",
            "empty.txt": "   \n\n",
            "bad-date.md": "---\npublished: yesterday\n---\nBody text.",
        ])
        defer { site.remove() }
        try site.write("Content/articles/latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" story\nIt happened.".utf8))
        let report = try await site.build()
        #expect(report.articles == 1)
        let messages = report.warnings.map(\.description)
        #expect(messages.contains { $0.contains("broken.md") && $0.contains("line") })
        #expect(messages.contains { $0.contains("never-closed.md") && $0.contains("never closed") })
        #expect(messages.contains { $0.contains("empty.txt") && $0.contains("no body") })
        #expect(messages.contains { $0.contains("latin1.txt") && $0.contains("UTF-8") })
        #expect(messages.contains { $0.contains("bad-date.md") && $0.contains("YYYY-MM-DD") })
        await #expect(throws: StageError.self) { try await site.build(strict: true) }
    }

    @Test func hostileTitlesAndDuplicateTitles() async throws {
        let site = try TestSite(articles: [
            "x1.md": "---\ntitle: \"../../x <script>alert(1)</script>\"\noutlet: \"<b>Evil</b> / ../..\"\n---\nSome text here.",
            "x2.md": "---\ntitle: \"Same title\"\n---\nOne.",
            "x3.md": "---\ntitle: \"Same title\"\n---\nTwo.",
        ])
        defer { site.remove() }
        try await site.build()
        let files = try site.snapshot().keys
        #expect(files.allSatisfy { !$0.contains("..") && !$0.contains("<") })
        #expect(site.exists("articles/x2.html") && site.exists("articles/x3.html"))
        let page = try site.page("articles/x1.html")
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;"))
        #expect(try LinkCheck.problems(in: site.output).isEmpty)
    }

    /// Simple front matter is read without the YAML parser; both readings must agree.
    @Test func frontMatterValuesAreReadAsWrittenWhicheverWayTheyAreParsed() async throws {
        let fields = "title: 1e3\noutlet: yes\npublished: 2025-03-01T23:30:00-05:00\n"
        let site = try TestSite(articles: [
            "fast.md": "---\n" + fields + "---\nText one.",
            "yams.md": "---\n" + fields + "tags: [a, b]\n---\nText two.",
        ])
        defer { site.remove() }
        try await site.build()
        let articles = try site.export()["articles"] as! [[String: Any]]
        #expect(articles.count == 2)
        for a in articles {
            #expect(a["title"] as? String == "1e3", "\(a)")
            #expect(a["outlet"] as? String == "yes", "\(a)")
            #expect(a["published"] as? String == "2025-03-01", "\(a)")
        }
    }

    @Test func pageNamesSpellLettersOfOtherAlphabetsInASCII() async throws {
        let site = try TestSite(articles: [
            "a.md": "---\ntitle: One\noutlet: Đà Nẵng Tribune\n---\nText one.",
            "b.md": "---\ntitle: Two\noutlet: Łódź Express\n---\nText two.",
            "c.md": "---\ntitle: Three\noutlet: Große Straße Zeitung\n---\nText three.",
            "d.md": "---\ntitle: Four\noutlet: Bærum Øst\n---\nText four.",
        ])
        defer { site.remove() }
        try await site.build()
        for name in ["da-nang-tribune", "lodz-express", "grosse-strasse-zeitung", "baerum-ost"] {
            #expect(site.exists("outlets/\(name).html"), "outlets/\(name).html")
        }
    }

    @Test func refusesAnOutputFolderItDidNotMake() async throws {
        let site = try TestSite(articles: ["ferry.md": Self.storyA])
        defer { site.remove() }
        try site.write("Public/thesis.docx", "precious")
        await #expect(throws: DossierError.self) { try await site.build() }
        #expect(try String(contentsOfFile: site.output + "/thesis.docx", encoding: .utf8) == "precious")
    }

    @Test func aFailedBuildLeavesThePreviousSite() async throws {
        let site = try TestSite(articles: ["ferry.md": Self.storyA])
        defer { site.remove() }
        try await site.build()
        let before = try site.snapshot()
        try site.write("Templates/article.mustache", "{{<layout}}{{$body}}{{missingValue}}{{/body}}{{/layout}}")
        try site.write("Content/articles/new.md", "---\ntitle: New\n---\nNew text.")
        await #expect(throws: StageError.self) { try await site.build() }
        #expect(try site.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/.Public.staging"))
    }

    @Test func anInterruptedWriteIsCompletedByTheNextBuild() async throws {
        let site = try TestSite(articles: ["ferry.md": Self.storyA])
        defer { site.remove() }
        try await site.build()
        // Simulate a build killed after its commit point: staged file and journal, not yet applied.
        try site.write(".Public.staging/index.html", "new index")
        try site.write(".Public.journal", "W index.html\n")
        let writer = SiteWriter(output: site.output)
        #expect(try writer.recover())
        #expect(try site.page("index.html") == "new index")
        // And one killed before it: the staging folder is discarded, the site untouched.
        try site.write(".Public.staging/index.html", "half")
        #expect(try !writer.recover())
        #expect(try site.page("index.html") == "new index")
    }

    @Test func deletedArticleDisappears() async throws {
        let site = try TestSite(articles: ["ferry.md": Self.storyA, "toll.txt": Self.storyB])
        defer { site.remove() }
        try await site.build()
        #expect(site.exists("articles/toll.html"))
        try FileManager.default.removeItem(atPath: site.content + "/articles/toll.txt")
        let report = try await site.build()
        #expect(report.write.removed.contains("articles/toll.html"))
        #expect(!site.exists("articles/toll.html"))
        #expect(!(try site.page("index.html")).contains("toll.html"))
    }

    @Test func worksWithoutDossierYml() async throws {
        let site = try TestSite(articles: ["a.txt": "Headline here\nA sentence of body text that is long enough."])
        defer { site.remove() }
        try await site.build()
        #expect(try site.page("index.html").contains("Briefing dossier"))
        #expect(try site.page("articles/a.html").contains("Unattributed"))
    }

    @Test func badDossierYmlFailsNamingTheFile() async throws {
        let site = try TestSite(articles: ["a.txt": "Headline\nBody text."], config: "title: ok\noutlets:\n  X:\n    grade: Z\n")
        defer { site.remove() }
        do {
            try await site.build()
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("dossier.yml"))
            #expect("\(error)".contains("A–F"))
        }
    }

    @Test func anEmptyOrMissingCorpusFailsNamingTheFolderAndKeepsThePreviousSite() async throws {
        let site = try TestSite(articles: ["a.txt": "Headline\nBody text."])
        defer { site.remove() }
        try await site.build()
        let before = try site.snapshot()
        try FileManager.default.removeItem(atPath: site.content + "/articles/a.txt")
        try site.write("Content/articles/bad.txt", bytes: [0xFF, 0xFE])
        do {
            try await site.build()
            Issue.record("expected an error for a corpus with no readable article")
        } catch {
            #expect("\(error)".contains("articles") && "\(error)".contains("nothing to build"))
            #expect("\(error)".contains("bad.txt"))
        }
        #expect(try site.snapshot() == before)
        try FileManager.default.removeItem(atPath: site.content)
        do {
            try await site.build()
            Issue.record("expected an error for a missing content folder")
        } catch {
            #expect("\(error)".contains("content folder not found"))
        }
        #expect(try site.snapshot() == before)
    }
}

@Suite struct DemoDossierTests {
    /// The committed demo corpus builds, every link resolves, and the seeds' furniture is gone.
    @Test func demoContentBuildsCleanly() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try FileManager.default.removeItem(atPath: site.content)
        try FileManager.default.copyItem(atPath: TestSite.repository + "/Content", toPath: site.content)
        let report = try await site.build(strict: true)
        #expect(report.articles == 5)
        #expect(try LinkCheck.problems(in: site.output).isEmpty)
        for (path, data) in try site.snapshot() where path.hasPrefix("articles/") {
            let html = String(decoding: data, as: UTF8.self)
            let body = html.components(separatedBy: "<div class=\"body\">")[1].components(separatedBy: "</div>")[0]
            for junk in ["LEAVE A REPLY", "Please enter your", "Share post", "Exit mobile version", "Comment (0)", ">Picture<", ">close<"] {
                #expect(!body.contains(junk), "\(path) still shows \(junk)")
            }
        }
    }

    @Test func twoBuildsAtOnceDoNotShareTheOutput() async throws {
        let site = try TestSite(articles: ["a.txt": "Headline\nBody text that is here."])
        defer { site.remove() }
        var held: BuildLock? = try SiteWriter(output: site.output).lock()
        do {
            try await site.build()
            Issue.record("a second build must not run while the lock is held")
        } catch {
            #expect("\(error)".contains("another dossier build"))
        }
        #expect(held != nil)
        held = nil  // released: the next build runs
        try await site.build()
    }
}
