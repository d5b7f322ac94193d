/// A Markdown list whose items are lines of text ("Key developments" in a live blog, "What we know"):
/// each item is read as body text, with sentences and claims of its own, and rendered back inside its list.
/// Nested lists, items running over several lines and other structures stay whole (`Block.Kind.other`).
struct ListItem: Equatable {
    /// The item's marker: "-", "*", "+", or the number of an ordered item with its "." or ")".
    let marker: String
    /// The item's Markdown, after the marker.
    let text: String

    var isOrdered: Bool { marker.first?.isNumber ?? false }

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
        guard !text.isEmpty, !text.hasPrefix("- "), !text.hasPrefix("* "), !text.hasPrefix("+ ") else { return nil }
        return ListItem(marker: marker, text: text)
    }
}
