import Testing
@testable import DossierKit

@Suite struct CmarkTests {
    let cmark = Cmark()

    @Test func rawHTMLAndScriptLinksAreNeutralised() {
        let html = cmark.html("<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b> [click](javascript:alert(1)) [ok](https://example.org)")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("raw HTML omitted"))
        #expect(html.contains("href=\"https://example.org\""))
    }

    @Test func imagesNeverLoad() {
        let html = cmark.html("![a tank](https://cdn.example.org/t.jpg)")
        #expect(!html.contains("<img"))
        #expect(html.contains("[picture: a tank]"))
    }

    @Test func smartPunctuationAndInvalidUTF8() {
        #expect(cmark.inlineHTML("\"Quote\" -- it's") == "“Quote” – it’s")
        let bad = String(decoding: [0x41, 0xFF, 0x42], as: UTF8.self)
        #expect(cmark.inlineHTML(bad).hasPrefix("A"))
    }

    @Test func plainTextIsShownLiterally() {
        let text = "1. Not a list, *not emphasis*, <b>not HTML</b> & #not a heading"
        let html = cmark.inlineHTML(MarkdownText.escape(text))
        #expect(html == "1. Not a list, *not emphasis*, &lt;b&gt;not HTML&lt;/b&gt; &amp; #not a heading")
    }
}

@Suite struct ArticleBodyTests {
    func sentences(_ texts: [String]) -> [Sentence] {
        texts.enumerated().map { Sentence(id: "s-\($0.offset)", text: $0.element, block: 0, markdown: $0.element) }
    }

    @Test func everySentenceGetsItsAnchor() {
        let s = sentences(["First *one*.", "Second [link](https://e.org).", "Third."])
        let html = ArticleBody().html([Block(kind: .paragraph, markdown: "", sentences: s)])
        for id in ["s-0", "s-1", "s-2"] { #expect(html.contains("id=\"\(id)\"")) }
        #expect(html.contains("<em>one</em>"))
    }

    @Test func inlineElementAcrossSentencesKeepsAnchorsAndBalance() {
        let s = sentences(["Start *of. Emphasis* ends.", "Next."])
        // The splitter would not cut inside emphasis here, so force it: two sentences share one element.
        let forced = [Sentence(id: "s-a", text: "", block: 0, markdown: "Start *of."),
                      Sentence(id: "s-b", text: "", block: 0, markdown: "Emphasis* ends."), s[1]]
        let html = ArticleBody().html([Block(kind: .paragraph, markdown: "", sentences: forced)])
        #expect(html.contains("id=\"s-a\"") && html.contains("id=\"s-b\"") && html.contains("id=\"s-1\""))
        #expect(TagBalance.isBalanced(html))
    }

    @Test func highlightsWrapTheSurfaceText() {
        let s = sentences(["Officials said 1,500 soldiers arrived."])
        let h = ArticleBody.Highlight(surface: "1,500 soldiers", href: "../claims/figures.html#c-1", cssClass: "claim figure", title: "figure")
        let html = ArticleBody().html([Block(kind: .paragraph, markdown: "", sentences: s)], highlights: ["s-0": [h]])
        #expect(html.contains("<a class=\"claim figure\" href=\"../claims/figures.html#c-1\" title=\"figure\">1,500 soldiers</a>"))
    }

    @Test func relativeLinks() {
        #expect(Links.relative(from: "articles/a.html", to: "outlets/b.html") == "../outlets/b.html")
        #expect(Links.relative(from: "index.html", to: "articles/a.html", fragment: "s-1") == "articles/a.html#s-1")
        #expect(Links.relative(from: "articles/a.html", to: "articles/b.html") == "../articles/b.html")
        #expect(Links.relative(from: "a/b/c.html", to: "index.html") == "../../index.html")
    }
}

@Suite struct TemplateTests {
    func templates(_ files: [String: String]) throws -> TemplateSet {
        try TemplateSet(folder: "T", io: .memory(Dictionary(uniqueKeysWithValues: files.map { ("T/" + $0.key + ".mustache", $0.value) })), required: [])
    }

    @Test func escapesByDefault() throws {
        let t = try templates(["p": "{{title}}|{{{html}}}"])
        #expect(try t.render("p", ["title": "<script>x</script>", "html": "<em>ok</em>"]) == "&lt;script&gt;x&lt;/script&gt;|<em>ok</em>")
    }

    @Test func missingValueIsAnErrorNamingTheTemplate() throws {
        let t = try templates(["page": "<h1>{{title}}</h1>{{#items}}{{nmae}}{{/items}}"])
        #expect(throws: DossierError.self) { try t.render("page", ["title": "x", "items": [["name": "a"]]]) }
        do {
            _ = try t.render("page", ["title": "x", "items": [["name": "a"]]])
        } catch let e as DossierError {
            #expect(e.file == "T/page.mustache")
            #expect(e.message.contains("`nmae`"))
        }
        // Present but empty is fine.
        #expect(try t.render("page", ["title": "x", "items": [[String: Any]]()]) == "<h1>x</h1>")
    }

    @Test func missingTemplateAndPartialAndParseErrors() throws {
        #expect(throws: DossierError.self) { try templates(["a": "x"]).render("b", [:]) }
        #expect(throws: DossierError.self) { _ = try TemplateSet(folder: "T", io: .memory(["T/a.mustache": "x"]), required: ["article"]) }
        #expect(throws: DossierError.self) { _ = try templates(["a": "line one\n{{> partials/nope}}"]) }
        do {
            _ = try templates(["a": "ok\n{{#open}}never closed"])
            Issue.record("a template that does not parse must fail")
        } catch let e as DossierError {
            #expect(e.file == "T/a.mustache")
            #expect(e.line != nil)
        }
    }
}
