/// Small checks on the HTML fragments cmark produces (well-formed, lowercase tags).
enum TagBalance {
    static let voidTags: Set<Substring> = ["br", "img", "hr", "input", "wbr"]

    /// Whether every element opened in the fragment is closed in it, in order.
    static func isBalanced(_ html: String) -> Bool {
        guard html.contains("<") else { return true }
        var stack: [Substring] = []
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            guard let gt = rest[lt...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: lt)..<gt]
            rest = rest[rest.index(after: gt)...]
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().prefix(while: { $0.isLetter || $0.isNumber })
                guard stack.last == name else { return false }
                stack.removeLast()
            } else {
                let name = tag.prefix(while: { $0.isLetter || $0.isNumber })
                if !voidTags.contains(name) && !tag.hasSuffix("/") { stack.append(name) }
            }
        }
        return stack.isEmpty
    }

    /// The range of `needle` in `html` where it is plain text: not inside a tag and not inside a link.
    static func textRange(of needle: String, in html: String) -> Range<String.Index>? {
        var searchStart = html.startIndex
        while let r = html.range(of: needle, range: searchStart..<html.endIndex) {
            if isPlainText(r, in: html) { return r }
            searchStart = html.index(after: r.lowerBound)
        }
        return nil
    }

    private static func isPlainText(_ r: Range<String.Index>, in html: String) -> Bool {
        let before = html[..<r.lowerBound]
        if let lt = before.lastIndex(of: "<"), before[lt...].firstIndex(of: ">") == nil { return false }
        if html[r].contains("<") { return false }
        // Inside <a …>…</a>?
        if let open = before.range(of: "<a ", options: .backwards) {
            let close = before.range(of: "</a>", options: .backwards)
            if close == nil || close!.lowerBound < open.lowerBound { return false }
        }
        return true
    }
}

import Foundation
