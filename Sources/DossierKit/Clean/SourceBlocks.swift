/// The first cut of an article body into blocks, before furniture rules read them.
struct SourceBlock {
    enum Shape { case text, heading, structure, image }
    /// Markdown (or raw text for .txt) of the block.
    var source: String
    /// Plain text of the block, what the furniture rules and the splitter read.
    var plain: String
    var shape: Shape
}

enum SourceBlocks {
    /// Plain text: each line is a paragraph, unless the file is hard-wrapped, when blank lines separate them.
    static func fromText(_ body: String) -> [SourceBlock] {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { normaliseSpaces(String($0)).trimmingSpaces }
        var out: [SourceBlock] = []
        if looksHardWrapped(lines) {
            var current: [String] = []
            for line in lines + [""] {
                if line.isEmpty {
                    if !current.isEmpty { out.append(textBlock(current.joined(separator: " "))) }
                    current = []
                } else {
                    current.append(line)
                }
            }
        } else {
            out = lines.filter { !$0.isEmpty }.map(textBlock)
        }
        return out
    }

    private static func textBlock(_ line: String) -> SourceBlock {
        SourceBlock(source: MarkdownText.escape(line), plain: line, shape: .text)
    }

    /// A text is hard-wrapped when most of its longer lines stop mid-sentence at a similar width.
    static func looksHardWrapped(_ lines: [String]) -> Bool {
        let long = lines.filter { $0.count >= 40 }
        guard long.count >= 4 else { return false }
        let open = long.filter { line in
            guard let last = line.last else { return false }
            return !".!?:\"”’)".contains(last) && line.count <= 100
        }
        return open.count * 2 > long.count
    }

    /// Markdown: blocks separated by blank lines; fenced code is kept whole.
    static func fromMarkdown(_ body: String) -> [SourceBlock] {
        var out: [SourceBlock] = []
        var current: [String] = []
        var fence: String?
        func flush() {
            guard !current.isEmpty else { return }
            out.append(markdownBlock(current))
            current = []
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = normaliseSpaces(String(raw))
            let trimmed = line.trimmingSpaces
            if let f = fence {
                current.append(line)
                if trimmed.hasPrefix(f) { fence = nil; flush() }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                fence = String(trimmed.prefix(3))
                current.append(line)
                continue
            }
            if trimmed.isEmpty {
                // A blank line inside a list keeps the list together when the next line continues it.
                flush()
                continue
            }
            if trimmed.hasPrefix("#"), !current.isEmpty { flush() }
            // "Background\n===": a line underlined with = or - is a heading (a setext heading), not a paragraph.
            if let first = current.first, isSetextUnderline(trimmed), !isStructure(first.trimmingSpaces),
               !first.trimmingSpaces.hasPrefix("#"), !first.hasPrefix("    "), !first.hasPrefix("\t") {
                let text = current.map(\.trimmingSpaces).joined(separator: " ")
                out.append(SourceBlock(source: text, plain: MarkdownText.plain(text), shape: .heading))
                current = []
                continue
            }
            // "Related\n- Story one\n- Story two": a list or quote interrupts a paragraph (as cmark reads it),
            // so the line before it is a block of its own, not a paragraph with a list inside.
            if let first = current.first, !isStructure(first.trimmingSpaces), !first.hasPrefix("    "), !first.hasPrefix("\t"),
               interruptsParagraph(trimmed) { flush() }
            current.append(line)
            if trimmed.hasPrefix("#") { flush() }
        }
        flush()
        return mergeLists(out)
    }

    private static func markdownBlock(_ lines: [String]) -> SourceBlock {
        let source = lines.joined(separator: "\n")
        let first = lines[0].trimmingSpaces
        if first.hasPrefix("#") {
            let level = first.prefix(while: { $0 == "#" }).count
            if level <= 6, first.dropFirst(level).first == " " || first.count == level {
                var text = String(first.dropFirst(level)).trimmingSpaces
                while text.hasSuffix("#") { text.removeLast() }
                return SourceBlock(source: text.trimmingSpaces, plain: MarkdownText.plain(text.trimmingSpaces), shape: .heading)
            }
        }
        if lines.count == 1, first.hasPrefix("!["), first.hasSuffix(")") {
            return SourceBlock(source: source, plain: MarkdownText.plain(first), shape: .image)
        }
        if isStructure(first) || lines[0].hasPrefix("    ") || lines[0].hasPrefix("\t") {
            return SourceBlock(source: source, plain: MarkdownText.plain(source), shape: .structure)
        }
        return SourceBlock(source: source, plain: MarkdownText.plain(lines.map { $0.trimmingSpaces }.joined(separator: " ")), shape: .text)
    }

    /// "- ", "* " or "+ ": a line that opens a bulleted list item.
    static func opensBulletItem(_ line: String) -> Bool {
        line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ")
    }

    private static func isSetextUnderline(_ line: String) -> Bool {
        !line.isEmpty && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
    }

    /// A bulleted item, an ordered item numbered 1, or a block quote: what may start right under a paragraph line.
    private static func interruptsParagraph(_ line: String) -> Bool {
        opensBulletItem(line) || line.hasPrefix(">")
            || line.hasPrefix("1. ") || line.hasPrefix("1) ")
    }

    /// Lists, block quotes, tables, code and thematic breaks: rendered whole, not cut into sentences.
    private static func isStructure(_ line: String) -> Bool {
        if line.hasPrefix("```") || line.hasPrefix("~~~") || line.hasPrefix(">") || line.hasPrefix("|") { return true }
        if opensBulletItem(line) { return true }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return true }
        }
        return false
    }

    /// Loose lists (items separated by blank lines) become one block again.
    private static func mergeLists(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var out: [SourceBlock] = []
        for b in blocks {
            if b.shape == .structure, let last = out.last, last.shape == .structure,
               isListItem(last.source), isListItem(b.source), isOrdered(last.source) == isOrdered(b.source) {
                out[out.count - 1].source += "\n\n" + b.source
                out[out.count - 1].plain += " " + b.plain
            } else {
                out.append(b)
            }
        }
        return out
    }

    /// (A numbered list after a bulleted one is another list.)
    private static func isOrdered(_ s: String) -> Bool { ListItem.opensOrdered(s.trimmingSpaces) }

    private static func isListItem(_ s: String) -> Bool {
        let t = s.trimmingSpaces
        return opensBulletItem(t) || (t.first?.isNumber ?? false)
    }

    /// Unusual spaces become plain ones; U+205F is reserved as the renderer's sentence marker.
    static func normaliseSpaces(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0xC2 }) else { return s }
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars {
            switch u.value {
            case 0x205F, 0x2028, 0x2029, 0x200B, 0xFEFF, 0x3000, 0x1680: out.unicodeScalars.append(" ")
            case 0x2000...0x200A: out.unicodeScalars.append(u.value == 0x2009 || u.value == 0x2008 ? "\u{202F}" : " ")
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
