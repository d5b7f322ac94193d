/// Decides, block by block, what is article and what is page furniture (share bars, comment forms,
/// banners, link lists, placeholders), and what role each kept block plays.
struct FurnitureClassifier {
    enum Role { case header, paragraph, heading, caption, structure }

    struct Classified {
        var block: SourceBlock
        var role: Role
    }

    let rules: CleanRules
    private(set) var removed: [RemovedFurniture] = []
    /// What the text says about itself: "Source: Krone", a translation notice.
    private(set) var hints = ArticleMeta()

    init(rules: CleanRules) {
        self.rules = rules
    }

    mutating func classify(_ blocks: [SourceBlock]) -> [Classified] {
        var out: [Classified] = []
        var sawParagraph = false  // whether `out` has a paragraph yet
        var i = 0
        var inLinkList = false
        while i < blocks.count {
            let b = blocks[i]
            defer { i += 1 }
            if b.shape == .image {
                remove(b.plain.isEmpty ? "image" : b.plain, "image (pictures are not loaded offline)")
                continue
            }
            // The list under a link-list heading ("Related", "More from Sport") is the link list.
            if inLinkList, b.shape == .structure, SourceBlocks.opensBulletItem(b.source) {
                remove(b.plain, "link list entries")
                inLinkList = false
                continue
            }
            if b.shape == .structure || b.shape == .heading {
                inLinkList = false
                out.append(Classified(block: b, role: b.shape == .heading ? .heading : .structure))
                continue
            }
            let words = b.plain.wordCount
            // Labels, notices and credits are short; a long paragraph skips those checks.
            let key = words <= CleanRules.maxLabelWords ? labelKey(b.plain) : ""
            if isTailStart(key, words: words) {
                // A comment form or footer: it and everything after it belong to the page.
                let rest = blocks[i...].map(\.plain).joined(separator: " · ")
                remove(rest, "comment form or page footer")
                break
            }
            if rules.blockLabels.contains(key) || words <= CleanRules.maxSectionLabelWords && !endsSentence(b.plain)
                && rules.blockPrefixes.contains(where: { key.hasPrefix($0 + " ") }) {
                inLinkList = true
                remove(b.plain, "link list (\(b.plain))")
                continue
            }
            if words <= CleanRules.maxLabelWords, isLinkToAnotherStory(b.plain) {
                remove(b.plain, "link to another story")
                continue
            }
            if inLinkList {
                if words <= CleanRules.maxHeadingWords && !endsSentence(b.plain) {
                    remove(b.plain, "link list entry")
                    continue
                }
                inLinkList = false
            }
            if rules.labels.contains(key) || (key.isEmpty && words <= 3 && !b.plain.contains(where: { $0.isLetter || $0.isNumber })) {
                remove(b.plain, "share, subscribe or navigation label")
                continue
            }
            if rules.media.contains(key) {
                remove(b.plain, "picture or player placeholder")
                continue
            }
            if isSeparator(b.plain) {
                remove(b.plain, "separator line")
                continue
            }
            // ("What we know:" before a list, or any other Markdown structure, introduces it.)
            if isEmptyLabel(b.plain, words: words), !(i + 1 < blocks.count && blocks[i + 1].shape == .structure) {
                remove(b.plain, "empty field label")
                continue
            }
            if words <= CleanRules.maxLabelWords, let notice = rules.notices.first(where: { key.containsBytes($0) }) {
                hints.machineTranslated = hints.machineTranslated || !notice.hasPrefix("read the original")
                remove(b.plain, "translation notice")
                continue
            }
            if let credit = sourceCredit(b.plain, words: words) {
                if credit.hasPrefix("http://") || credit.hasPrefix("https://") {
                    hints.sourceURL = credit
                } else {
                    hints.outlet = credit
                }
                remove(b.plain, "source credit (kept as metadata)")
                continue
            }
            if isCaption(b.plain) {
                out.append(Classified(block: b, role: .caption))
                continue
            }
            let isParagraph = words > CleanRules.maxTitleWords || (words >= 8 && endsSentence(b.plain))
            if isParagraph {
                out.append(Classified(block: b, role: .paragraph))
            } else if !sawParagraph {
                out.append(Classified(block: b, role: .header))
            } else if words <= CleanRules.maxHeadingWords && !endsSentence(b.plain) {
                out.append(Classified(block: b, role: .heading))
            } else {
                out.append(Classified(block: b, role: .paragraph))
            }
            if out.last?.role == .paragraph { sawParagraph = true }
        }
        return dropBanners(out)
    }

    /// When the headline appears twice before the body (page title, then article title), the lines
    /// before its first appearance are site banners and those between are section or place tags.
    private mutating func dropBanners(_ blocks: [Classified]) -> [Classified] {
        let header = blocks.prefix(while: { $0.role == .header })
        var firstIndex: [String: Int] = [:]
        for (i, c) in header.enumerated() {
            let key = normalise(c.block.plain)
            if let first = firstIndex[key] {
                for j in 0..<first { remove(header[j].block.plain, "site banner above the headline") }
                for j in (first + 1)..<i { remove(header[j].block.plain, "tag between repeated headlines") }
                remove(header[i].block.plain, "repeated headline")
                return [header[first]] + blocks[(i + 1)...]
            }
            firstIndex[key] = i
        }
        return blocks
    }

    private mutating func remove(_ text: String, _ reason: String) {
        removed.append(RemovedFurniture(text: text, reason: reason))
    }

    /// Lowercase, digits folded to 0, outer spaces and trailing ":.!|" removed: "Comment (12)" → "comment (0)".
    private func labelKey(_ text: String) -> String {
        var s = ""
        var lastDigit = false
        var lastSpace = true
        for ch in text.lowercased().unicodeScalars {
            if ch.properties.numericType != nil && ch.isASCII {
                if !lastDigit { s.append("0") }
                lastDigit = true
                lastSpace = false
                continue
            }
            lastDigit = false
            if ch == " " || ch == "\t" {
                if !lastSpace { s.append(" ") }
                lastSpace = true
                continue
            }
            lastSpace = false
            s.unicodeScalars.append(ch)
        }
        while let last = s.unicodeScalars.last, ":.!|*•·-–— ".unicodeScalars.contains(last) { s.unicodeScalars.removeLast() }
        while let first = s.unicodeScalars.first, "•·-–—*> ".unicodeScalars.contains(first) { s.unicodeScalars.removeFirst() }
        return s
    }

    private func isTailStart(_ key: String, words: Int) -> Bool {
        guard words <= 16 else { return false }
        return rules.tailStarts.contains { key == $0 || (key.hasPrefix($0) && $0.contains(" ")) }
    }

    private func isSeparator(_ text: String) -> Bool {
        let t = text.trimmingSpaces
        return !t.isEmpty && t.allSatisfy { "_-—–*=~·• \\".contains($0) }
    }

    /// "Date:" or "Share post:" with nothing after it.
    private func isEmptyLabel(_ text: String, words: Int) -> Bool {
        let t = text.trimmingSpaces
        return words <= 3 && t.hasSuffix(":")
    }

    /// "READ MORE: Leisure centre to raise prices": a link-list heading as a label before another story's headline.
    private func isLinkToAnotherStory(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), text.index(after: colon) < text.endIndex else { return false }
        return rules.blockLabels.contains(text[..<colon].lowercased().trimmingSpaces)
    }

    /// "Source: Krone" or "Source: https://…" standing alone: returns what follows the label.
    private func sourceCredit(_ text: String, words: Int) -> String? {
        guard words <= 12, let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].lowercased().trimmingSpaces
        guard rules.sourceLabels.contains(label) else { return nil }
        let value = String(text[text.index(after: colon)...]).trimmingSpaces
        return value.isEmpty ? nil : value
    }

    /// "FILE – …", or a line ending in a photo credit "(AP Photo/…)", "(Source: Shutterstock) |".
    private func isCaption(_ text: String) -> Bool {
        let lower = text.asciiLowercased.trimmingSpaces
        if rules.captionStarts.contains(where: { lower.hasPrefix($0 + " ") || lower.hasPrefix($0) && $0.hasSuffix("–") }) { return true }
        if rules.photoAgencies.contains(where: { lower.containsBytes($0) }) { return true }
        var tail = Substring(lower)
        while let last = tail.last, last == "|" || last == " " || last == "." { tail.removeLast() }
        guard tail.hasSuffix(")"), let open = tail.lastIndex(of: "(") else { return false }
        let inside = tail[tail.index(after: open)...]
        return rules.captionCredits.contains { inside.hasPrefix($0) }
    }

    /// Ends in . ! ? … possibly followed by closing quotes: `said.”` ends a sentence, `stand idly by”` does not.
    private func endsSentence(_ text: String) -> Bool {
        var t = Substring(text.trimmingSpaces)
        while let last = t.last, "\"”’')»".contains(last) { t.removeLast() }
        guard let last = t.last else { return false }
        return ".!?…".contains(last)
    }

}
