/// Splits `---` YAML front matter from a Markdown body.
enum FrontMatter {
    struct Split {
        let yaml: String?
        let body: String
        /// Line number (1-based) where the body starts.
        let bodyLine: Int
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
