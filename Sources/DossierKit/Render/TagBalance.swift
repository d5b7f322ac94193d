/// Small checks on the HTML fragments cmark produces (well-formed, lowercase tags).
enum TagBalance {
    static let voidTags: Set<Substring> = ["br", "img", "hr", "input", "wbr"]

    /// Whether every element opened in the fragment is closed in it, in order.
    static func isBalanced(_ html: String) -> Bool {
        guard html.utf8.contains(0x3C) else { return true }
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

    /// The UTF-8 range of `needle` in `html` where it is plain text: not inside a tag, not inside a link.
    static func textRange(of needle: String, in html: String) -> Range<Int>? {
        let bytes = Array(html.utf8)
        var from = 0
        while let at = html.byteOffset(of: needle, from: from) {
            if isPlainText(at, at + needle.utf8.count, bytes) { return at..<(at + needle.utf8.count) }
            from = at + 1
        }
        return nil
    }

    private static func isPlainText(_ lo: Int, _ hi: Int, _ b: [UInt8]) -> Bool {
        if b[lo..<hi].contains(0x3C) { return false }
        // Inside a tag: the last '<' before lo has no '>' after it.
        var i = lo - 1
        while i >= 0, b[i] != 0x3C, b[i] != 0x3E { i -= 1 }
        if i >= 0, b[i] == 0x3C { return false }
        // Inside <a …>…</a>: the last "<a " before lo is not closed by a "</a>".
        var j = lo - 1
        while j >= 2 {
            if b[j] == 0x3C, j + 2 < lo, b[j + 1] == 0x61, b[j + 2] == 0x20 { return false }
            if b[j] == 0x3C, j + 3 < lo, b[j + 1] == 0x2F, b[j + 2] == 0x61, b[j + 3] == 0x3E { return true }
            j -= 1
        }
        return true
    }
}
