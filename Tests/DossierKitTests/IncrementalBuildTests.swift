import Foundation
import Testing
@testable import DossierKit

/// Rebuilds with the cache give exactly the bytes of a clean build, and touch only what changed.
@Suite struct IncrementalBuildTests {
    static let articles = [
        "a.md": "---\ntitle: Dam breaks\noutlet: Valley Courier\npublished: 2025-03-01\nstory: dam\n---\nAbout 400 homes were flooded, officials said.\n",
        "b.md": "---\ntitle: Dam toll\noutlet: Coastal Herald\npublished: 2025-03-02\nstory: dam\n---\nAbout 450 homes were flooded, the mayor said.\n",
        "c.md": "---\ntitle: Strike ends\noutlet: Metro Wire\npublished: 2025-03-03\nstory: strike\n---\nThe 3,000 workers returned on Monday, the union said.\n",
    ]

    /// The incremental output must equal a clean build of the same content, byte for byte.
    func expectSameAsCleanBuild(_ site: TestSite) async throws {
        let clean = site.root + "/Clean"
        try? FileManager.default.removeItem(atPath: clean)
        try await site.build(output: clean)
        let a = try site.snapshot(), b = try site.snapshot(clean)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (k, v) in a where b[k] != v { Issue.record("\(k) differs from a clean build") }
    }

    @Test func everyKindOfChangeEqualsACleanBuild() async throws {
        let site = try TestSite(articles: Self.articles)
        defer { site.remove() }
        try await site.build(cached: true)
        try site.write("Content/articles/a.md", Self.articles["a.md"]!.replacingOccurrences(of: "400", with: "420"))
        var r = try await site.build(cached: true)
        #expect(r.changes.changed == ["a"])
        try await expectSameAsCleanBuild(site)
        try site.write("Content/articles/d.md", "---\ntitle: Dam repaired\noutlet: Daily Ledger\npublished: 2025-03-05\nstory: dam\n---\nRepairs cost $2 million, the council said.\n")
        r = try await site.build(cached: true)
        #expect(r.changes.added == ["d"])
        try await expectSameAsCleanBuild(site)
        // A new title shows on the neighbouring articles' pages, in other stories too.
        try site.write("Content/articles/b.md", Self.articles["b.md"]!.replacingOccurrences(of: "title: Dam toll", with: "title: Dam toll rises"))
        try await site.build(cached: true)
        #expect(try site.page("articles/c.html").contains("Dam toll rises"))
        try await expectSameAsCleanBuild(site)
        // A new speaker in one story; an analyst's note shown on every story's briefing.
        try site.write("Content/articles/a.md", Self.articles["a.md"]! + "\n\"We lost everything,\" said Mara Lind, a farmer.\n")
        try site.write("Content/notes/method.md", "---\ntitle: Method\nplacement: top\n---\nCounts are as reported.\n")
        try await site.build(cached: true)
        #expect(site.exists("speakers/mara-lind.html"))
        try await expectSameAsCleanBuild(site)
        try FileManager.default.removeItem(atPath: site.content + "/articles/c.md")
        r = try await site.build(cached: true)
        #expect(r.changes.removed == ["c"])
        #expect(!site.exists("articles/c.html"))
        try await expectSameAsCleanBuild(site)
        try site.write("Content/dossier.yml", "title: Flood watch\noutlets:\n  Valley Courier:\n    grade: B\n")
        try await site.build(cached: true)
        #expect(try site.page("index.html").contains("Flood watch"))
        try await expectSameAsCleanBuild(site)
        let layout = try String(contentsOfFile: site.templates + "/layout.mustache", encoding: .utf8)
        try site.write("Templates/layout.mustache", layout.replacingOccurrences(of: "<main id=\"main\">", with: "<main id=\"main\" class=\"edited\">"))
        try await site.build(cached: true)
        #expect(try site.page("articles/a.html").contains("class=\"edited\""))
        try await expectSameAsCleanBuild(site)
    }

    @Test func aRebuildWithNothingChangedWritesNothing() async throws {
        let site = try TestSite(articles: Self.articles)
        defer { site.remove() }
        try await site.build(cached: true)
        let before = try FileManager.default.attributesOfItem(atPath: site.output + "/articles/a.html")[.modificationDate] as! Date
        let r = try await site.build(cached: true)
        #expect(r.write.written.isEmpty && r.write.removed.isEmpty)
        #expect(r.fromCache == 3)
        #expect(r.rendered == 0)
        let after = try FileManager.default.attributesOfItem(atPath: site.output + "/articles/a.html")[.modificationDate] as! Date
        #expect(before == after)
    }

    @Test func editingOneArticleRewritesOnlyWhatDependsOnIt() async throws {
        let site = try TestSite(articles: Self.articles)
        defer { site.remove() }
        let first = try await site.build(cached: true)
        try site.write("Content/articles/c.md", Self.articles["c.md"]!.replacingOccurrences(of: "3,000", with: "3,100"))
        let r = try await site.build(cached: true)
        #expect(r.write.written.contains("articles/c.html"))
        #expect(!r.write.written.contains("articles/a.html"))
        #expect(r.write.written.count < first.write.written.count / 2)
    }

    /// Page fingerprints decide which pages are rendered again: equal values must hash alike
    /// whatever a dictionary's order, and any changed, moved or re-split value must not.
    @Test func pageFingerprintsFollowTheValuesNotTheirOrder() {
        let row: [String: Any] = ["text": "12,000 soldiers", "page": "a.html#s-1", "first": true]
        let values: [String: Any] = ["title": "Troops", "rows": [row, row], "count": 2]
        var reordered: [String: Any] = [:]
        for k in values.keys.sorted(by: >) { reordered[k] = values[k] }
        #expect(ValueHash.of(values) == ValueHash.of(reordered))
        var changed = values
        changed["rows"] = [row, row.merging(["text": "12,001 soldiers"]) { $1 }]
        #expect(ValueHash.of(values) != ValueHash.of(changed))
        #expect(ValueHash.of(["a": "ab", "b": "c"]) != ValueHash.of(["a": "a", "b": "bc"]))
        #expect(ValueHash.of(["a": "x", "b": "y"]) != ValueHash.of(["a": "y", "b": "x"]))
        #expect(ValueHash.of(["list": ["x", "y"]]) != ValueHash.of(["list": ["y", "x"]]))
        #expect(ValueHash.of(["s": "a longer text of more than eight bytes"]) != ValueHash.of(["s": "a longer text of more than eight bytez"]))
    }

    @Test func aDamagedCacheIsIgnoredWithANotice() async throws {
        let site = try TestSite(articles: Self.articles)
        defer { site.remove() }
        try await site.build(cached: true)
        try site.write(".dossier-cache/manifest.bin", "garbage")
        var r = try await site.build(cached: true)
        #expect(r.notices.contains { $0.contains("damaged") })
        try await expectSameAsCleanBuild(site)
        // A half-written article entry (a build killed while writing it) is redone, not trusted.
        let entry = site.cache + "/articles/a.bin"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: entry))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: entry))
        try site.write("Content/articles/a.md", Self.articles["a.md"]! + "\n")  // new stamp, same article
        try site.write("Content/articles/a.md", Self.articles["a.md"]!)
        r = try await site.build(cached: true)
        try await expectSameAsCleanBuild(site)
        // A cache from another version of dossier is ignored too.
        var sealed = BuildCache.seal(key: "manifest", payload: [])
        sealed[8] = 99
        try site.write(".dossier-cache/manifest.bin", bytes: sealed)
        r = try await site.build(cached: true)
        #expect(!r.notices.isEmpty)
    }
}
