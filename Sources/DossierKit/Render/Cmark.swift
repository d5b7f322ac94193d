import Ccmark
import Foundation

/// libcmark, in its safe mode: raw HTML is omitted and `javascript:`/`vbscript:`/`file:`/`data:`
/// links are emptied by cmark itself. Smart punctuation on; invalid UTF-8 replaced.
/// A value of this type is cheap; each call makes and frees its own parser, so tasks never share one.
public struct Cmark: Sendable {
    /// Never CMARK_OPT_UNSAFE.
    static let options: Int32 = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    public init() {}

    /// Renders a Markdown document to HTML.
    public func html(_ markdown: String) -> String {
        guard let parser = cmark_parser_new(Self.options) else { return "" }
        defer { cmark_parser_free(parser) }
        var text = markdown
        text.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let doc = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(doc) }
        guard let out = cmark_render_html(doc, Self.options) else { return "" }
        defer { free(out) }
        return Self.withoutImages(String(cString: out))
    }

    /// Renders one paragraph's inline Markdown without the surrounding `<p>` tags.
    public func inlineHTML(_ markdown: String) -> String {
        var html = self.html(markdown)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>\n") {
            html = String(html.dropFirst(3).dropLast(5))
        }
        return html
    }

    /// `<img>` would load a file from the web; the dossier shows the picture's description instead.
    static func withoutImages(_ html: String) -> String {
        guard html.containsBytes("<img ") else { return html }
        var out = ""
        var rest = Substring(html)
        while let start = rest.range(of: "<img ") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "/>") else { rest = rest[start.upperBound...]; break }
            let tag = rest[start.lowerBound..<end.upperBound]
            var alt = ""
            if let a = tag.range(of: "alt=\"") , let q = tag[a.upperBound...].firstIndex(of: "\"") {
                alt = String(tag[a.upperBound..<q])
            }
            out += "<span class=\"img-alt\">[picture" + (alt.isEmpty ? "" : ": " + alt) + "]</span>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}

#if canImport(Glibc)
import Glibc
#endif
