/// Splits `---` YAML front matter from a Markdown body.
enum FrontMatter {
    struct Split {
        let yaml: String?
        let body: String
        /// Line number (1-based) where the body starts.
        let bodyLine: Int
    }

    /// Front matter that is only `key: value` lines with plain or simply quoted values is read
    /// here without the YAML parser (the common case, and much faster); anything else → nil.
    static func simpleMapping(_ yaml: String) -> [String: String]? {
        var map: [String: String] = [:]
        for raw in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.utf8
            if line.first == 0x23 { continue }  // comment
            guard let colon = line.firstIndex(of: 0x3A) else { return nil }
            let key = raw[..<colon]
            guard !key.isEmpty, key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F || ($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
            var value = raw[raw.index(after: colon)...]
            guard value.isEmpty || value.first == " " else { return nil }
            while value.first == " " { value = value.dropFirst() }
            while value.last == " " { value = value.dropLast() }
            if value.isEmpty || value == "~" || value == "null" { map[String(key)] = ""; continue }
            let first = value.utf8.first!
            if first == 0x22 || first == 0x27 {
                // A quoted value: accept only the simple form, no escapes or inner quotes of its kind.
                guard value.count >= 2, value.utf8.last == first else { return nil }
                let inner = value.dropFirst().dropLast()
                if inner.utf8.contains(first) || (first == 0x22 && inner.utf8.contains(0x5C)) { return nil }
                map[String(key)] = String(inner)
                continue
            }
            // Plain scalars that YAML would read as something else are left to the YAML parser.
            if "[]{}&*!|>%@`#".utf8.contains(first) || value.contains(": ") || value.contains(" #") { return nil }
            map[String(key)] = String(value)
        }
        return map
    }

    static func split(_ text: String, file: String) throws -> Split {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else {
            return Split(yaml: nil, body: text, bodyLine: 1)
        }
        // Scan line starts for the closing "---" (or "..."), without cutting the whole text into lines.
        let u = Array(text.utf8)
        var lineStart = text.hasPrefix("---\r\n") ? 5 : 4
        var line = 2
        let yamlStart = lineStart
        while lineStart < u.count {
            var end = lineStart
            while end < u.count, u[end] != 0x0A { end += 1 }
            var content = end
            if content > lineStart, u[content - 1] == 0x0D { content -= 1 }
            let length = content - lineStart
            if length == 3, (u[lineStart] == 0x2D && u[lineStart + 1] == 0x2D && u[lineStart + 2] == 0x2D)
                || (u[lineStart] == 0x2E && u[lineStart + 1] == 0x2E && u[lineStart + 2] == 0x2E) {
                let yaml = String(decoding: u[yamlStart..<max(yamlStart, lineStart - 1)], as: UTF8.self)
                let body = end < u.count ? String(decoding: u[(end + 1)...], as: UTF8.self) : ""
                return Split(yaml: yaml.replacingBytes("\r", with: ""), body: body, bodyLine: line + 1)
            }
            lineStart = end + 1
            line += 1
        }
        throw DossierError(file: file, line: 1, message: "front matter opened with `---` is never closed")
    }
}
