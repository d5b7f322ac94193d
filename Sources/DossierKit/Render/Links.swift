/// Every page is named by its path from the site root ("articles/x.html"); this turns
/// "page A links to page B" into a relative link that works from file:// and any sub-folder.
/// Templates never build URLs themselves.
public enum Links {
    /// Relative link from the page at `from` to the page at `to` (optionally with `#fragment`):
    /// up to the root, then down ("../claims/figures.html"). Always relative, always a file name.
    public static func relative(from: String, to: String, fragment: String? = nil) -> String {
        let path = root(from: from) + to
        guard let fragment, !fragment.isEmpty else { return path }
        return path + "#" + fragment
    }

    /// Prefix from a page back to the site root: "" or "../".
    public static func root(from page: String) -> String {
        var depth = 0
        for b in page.utf8 where b == 0x2F { depth += 1 }
        return String(repeating: "../", count: depth)
    }

    // Where each kind of page lives.
    public static let index = "index.html"
    public static let sources = "sources.html"
    public static let outletsIndex = "outlets/index.html"
    public static let stylesheet = "assets/style.css"
    public static func article(_ id: String) -> String { "articles/\(id).html" }
    public static func outlet(_ slug: String) -> String { "outlets/\(slug).html" }
    public static func note(_ id: String) -> String { "notes/\(id).html" }
}

extension Links {
    public static let speakersIndex = "speakers/index.html"
    public static let data = "data/dossier.json"
    public static func speaker(_ slug: String) -> String { "speakers/\(slug).html" }

    /// Story-level pages live at the top of their folder for a one-story corpus, in a sub-folder
    /// per story otherwise.
    static func storyFolder(_ folder: String, _ story: Story) -> String {
        story.slug.isEmpty ? folder + "/" : folder + "/" + story.slug + "/"
    }

    public static func claimsIndex(_ story: Story) -> String { storyFolder("claims", story) + "index.html" }
    public static func claims(_ kind: Claim.Kind, _ story: Story) -> String {
        storyFolder("claims", story) + ClaimText.kindPlural(kind).lowercased() + ".html"
    }
    /// The list of all stories (only for corpora with several).
    public static let storiesIndex = "claims/stories.html"
}

extension Links {
    public static let disputesIndex = "disputes/index.html"
    public static let grades = "grades.html"
    public static func comparison(_ id: String) -> String { "disputes/\(id).html" }
    /// The briefing of a story: the front page for a one-story corpus.
    public static func briefing(_ story: Story) -> String { story.slug.isEmpty ? index : "stories/\(story.slug).html" }
    public static func coverage(_ story: Story) -> String { story.slug.isEmpty ? "coverage.html" : "coverage/\(story.slug).html" }
    public static func timeline(_ story: Story) -> String { story.slug.isEmpty ? "timeline.html" : "timeline/\(story.slug).html" }
}

extension Links {
    public static let whatsNew = "whats-new.html"
    public static let feed = "feed.xml"
}

extension Links {
    public static let search = "search.html"
    public static let searchIndex = "data/search-index.js"
    public static let searchScript = "assets/search.js"
    public static let printEdition = "print.html"
    public static let sitemap = "sitemap.xml"
}
