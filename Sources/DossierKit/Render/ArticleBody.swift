/// Renders an article's blocks through cmark, wrapping every sentence in an anchor
/// (`<span class="s" id="s-…">`) so that claims can link to the exact sentence.
///
/// Each paragraph goes through cmark once, with U+205F (a space to cmark, reserved by cleaning)
/// between its sentences; the output is cut at those marks. If a cut would split an inline
/// element (a link or emphasis across a sentence end), the pieces are joined and the later
/// sentences keep an empty anchor at the start of the span instead.
public struct ArticleBody: Sendable {
    /// A claim to mark inside a sentence: `surface` is found in the sentence's HTML and wrapped.
    public struct Highlight: Sendable {
        public let surface: String
        public let href: String
        public let cssClass: String
        public let title: String
        /// Text of the link added after the sentence when `surface` is not found (or empty).
        public let label: String

        public init(surface: String, href: String, cssClass: String, title: String, label: String = "") {
            self.surface = surface
            self.href = href
            self.cssClass = cssClass
            self.title = title
            self.label = label.isEmpty ? title : label
        }
    }

    static let marker = "\u{205F}"
    let cmark = Cmark()

    public init() {}

    public func html(_ blocks: [Block], highlights: [String: [Highlight]] = [:]) -> String {
        var out = ""
        out.reserveCapacity(blocks.reduce(0) { $0 + $1.markdown.utf8.count } * 2)
        var openList: String?  // the tag of the list the last item opened ("ul", "ol")
        for block in blocks {
            if let tag = openList, block.kind != .item || listTag(block) != tag {
                out += "</\(tag)>\n"
                openList = nil
            }
            switch block.kind {
            case .item:
                if openList == nil {
                    let tag = listTag(block)
                    let start = tag == "ol" ? Int(block.markdown.prefix { $0.isNumber }) ?? 1 : 1
                    out += start == 1 ? "<\(tag)>\n" : "<\(tag) start=\"\(start)\">\n"
                    openList = tag
                }
                let md = block.sentences.map(\.markdown).joined(separator: Self.marker)
                out += "<li>" + sentenceSpans(cmark.inlineHTML(md), block.sentences, highlights) + "</li>\n"
            case .paragraph, .deck:
                let md = block.sentences.map(\.markdown).joined(separator: Self.marker)
                let inner = cmark.inlineHTML(md)
                let cls = block.kind == .deck ? " class=\"deck\"" : ""
                out += "<p\(cls)>" + sentenceSpans(inner, block.sentences, highlights) + "</p>\n"
            case .heading:
                let s = block.sentences[0]
                out += "<h2 class=\"sub\" id=\"\(s.id)\">" + mark(cmark.inlineHTML(block.markdown), highlights[s.id]) + "</h2>\n"
            case .caption:
                let s = block.sentences[0]
                out += "<p class=\"caption\" id=\"\(s.id)\"><span class=\"caption-label\">Caption</span> " + cmark.inlineHTML(block.markdown) + "</p>\n"
            case .other:
                let s = block.sentences[0]
                out += "<div class=\"md\" id=\"\(s.id)\">\n" + cmark.html(block.markdown) + "</div>\n"
            }
        }
        if let tag = openList { out += "</\(tag)>\n" }
        return out
    }

    /// "ol" for a numbered item ("3. …"), "ul" for a bulleted one.
    private func listTag(_ block: Block) -> String {
        ListItem.opensOrdered(block.markdown) ? "ol" : "ul"
    }

    /// The headline's sentences as anchored spans (for an `<h1>`).
    public func headline(_ sentences: [Sentence], highlights: [String: [Highlight]] = [:]) -> String {
        guard !sentences.isEmpty else { return "" }
        let md = sentences.map(\.markdown).joined(separator: Self.marker)
        return sentenceSpans(cmark.inlineHTML(md), sentences, highlights)
    }

    /// Renders a headline or any short inline text (title, summary line) through cmark, without a `<p>`.
    public func inline(_ markdown: String) -> String { cmark.inlineHTML(markdown) }

    private func sentenceSpans(_ inner: String, _ sentences: [Sentence], _ highlights: [String: [Highlight]]) -> String {
        let pieces = inner.splitBytes(Self.marker)
        guard pieces.count == sentences.count else {
            // cmark changed the structure (should not happen with paragraph text): anchor the whole block.
            let anchors = sentences.dropFirst().map { "<span id=\"\($0.id)\"></span>" }.joined()
            return "<span class=\"s\" id=\"\(sentences[0].id)\">" + anchors + inner.replacingBytes(Self.marker, with: " ") + "</span>"
        }
        var out = ""
        var i = 0
        while i < pieces.count {
            var piece = pieces[i]
            var j = i
            var extraAnchors = ""
            while !TagBalance.isBalanced(piece), j + 1 < pieces.count {
                j += 1
                extraAnchors += "<span id=\"\(sentences[j].id)\"></span>"
                piece += " " + pieces[j]
            }
            if !out.isEmpty { out += " " }
            let hs = j == i ? highlights[sentences[i].id] : nil
            out += "<span class=\"s\" id=\"\(sentences[i].id)\">" + extraAnchors + mark(piece, hs) + "</span>"
            i = j + 1
        }
        return out
    }

    /// The surface text as cmark writes it with smart punctuation, for finding it in the HTML.
    static func asCmarkText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x27 || $0 == 0x2D || $0 == 0x2E }) else { return text }
        var s = text.replacingBytes("&", with: "&amp;").replacingBytes("<", with: "&lt;").replacingBytes(">", with: "&gt;")
        s = s.replacingBytes("'", with: "’").replacingBytes("---", with: "—").replacingBytes("--", with: "–").replacingBytes("...", with: "…")
        return s
    }

    /// Wraps the first occurrence of each highlight's surface text that lies outside any tag or link.
    func mark(_ html: String, _ highlights: [Highlight]?) -> String {
        guard let highlights, !highlights.isEmpty else { return html }
        var result = html
        var suffixLinks = ""
        for h in highlights {
            let needle = Self.asCmarkText(h.surface)
            if !needle.isEmpty, let r = TagBalance.textRange(of: needle, in: result) {
                let u = Array(result.utf8)
                result = String(decoding: u[..<r.lowerBound], as: UTF8.self)
                    + "<a class=\"\(h.cssClass)\" href=\"\(h.href)\" title=\"\(HTML.escape(h.title))\">"
                    + String(decoding: u[r], as: UTF8.self) + "</a>" + String(decoding: u[r.upperBound...], as: UTF8.self)
            } else {
                suffixLinks += "<a class=\"\(h.cssClass) ref\" href=\"\(h.href)\" title=\"\(HTML.escape(h.title))\">\(HTML.escape(h.label))</a>"
            }
        }
        return result + (suffixLinks.isEmpty ? "" : " <span class=\"claim-refs\">" + suffixLinks + "</span>")
    }
}

