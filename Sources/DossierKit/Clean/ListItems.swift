/// A Markdown list whose items are lines of text ("Key developments" in a live blog, "What we know"):
/// each item is read as body text, with sentences and claims of its own, and rendered back inside its list.
/// Nested lists, items running over several lines and other structures stay whole (`Block.Kind.other`).
struct ListItem: Equatable {
    /// The item's marker: "-", "*", "+", or the number of an ordered item with its "." or ")".
    let marker: String
    /// The item's Markdown, after the marker.
    let text: String

    var isOrdered: Bool { Self.opensOrdered(marker) }

    /// Whether a list line (or an item's Markdown, marker first) is a numbered one ("3. …"), not a bulleted one.
    static func opensOrdered<S: StringProtocol>(_ line: S) -> Bool { line.first?.isNumber ?? false }

    /// The items of a simple list, or nil when `source` is not one.
    static func items(_ source: String) -> [ListItem]? {
        var out: [ListItem] = []
        for raw in source.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let item = item(String(raw)) else { return nil }
            out.append(item)
        }
        guard !out.isEmpty, out.allSatisfy({ $0.isOrdered == out[0].isOrdered }) else { return nil }
        return out
    }

    /// One line of a list ("- text", "12. text"); nil for an indented, blank or unmarked line.
    static func item(_ line: String) -> ListItem? {
        guard let first = line.first, !first.isWhitespace else { return nil }
        var marker = ""
        var rest = Substring(line)
        if "-*+".contains(first) {
            marker = String(first)
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 9, let close = rest.dropFirst(digits.count).first, close == "." || close == ")" else { return nil }
            marker = String(digits) + String(close)
            rest = rest.dropFirst(digits.count + 1)
        }
        guard rest.first == " " else { return nil }
        let text = String(rest).trimmingSpaces
        guard !text.isEmpty, !opensABlock(text) else { return nil }
        return ListItem(marker: marker, text: text)
    }

    /// Text that cmark would read as a block of its own inside the item: a nested list, a heading, a block
    /// quote, a thematic break or code ("- 1. x", "- # x", "- > x", "- ---").
    private static func opensABlock(_ text: String) -> Bool {
        if let f = text.first, "#>|`~".contains(f) { return true }
        if SourceBlocks.opensBulletItem(text) || text == "-" || text == "*" || text == "+" { return true }
        let compact = text.filter { $0 != " " }
        if compact.count >= 3, let f = compact.first, "-*_".contains(f), compact.allSatisfy({ $0 == f }) { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") || rest == "." || rest == ")" { return true }
        }
        return false
    }
}
