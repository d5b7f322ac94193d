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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        var yaml: [Substring] = []
        for (i, line) in lines.enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed == "---" || trimmed == "..." {
                let body = lines[(i + 1)...].joined(separator: "\n")
                return Split(yaml: yaml.joined(separator: "\n"), body: body, bodyLine: i + 3)
            }
            yaml.append(trimmed)
        }
        throw DossierError(file: file, line: 1, message: "front matter opened with `---` is never closed")
    }
}
