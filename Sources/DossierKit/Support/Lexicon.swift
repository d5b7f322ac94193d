import Foundation

/// A word list from Resources/lexicon: one entry a line, `#` starts a comment, `[name]` starts a section.
/// Rules read their vocabulary from these files so that it can be reviewed and extended without code.
public struct Lexicon: Sendable {
    public let name: String
    /// Entries by section; entries before any `[section]` are in section "".
    public let sections: [String: [String]]
    /// The file's text, for the rules fingerprint (a changed lexicon invalidates cached extractions).
    public let source: String

    public init(name: String, text: String) {
        self.name = name
        self.source = text
        var sections: [String: [String]] = [:]
        var current = ""
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                continue
            }
            sections[current, default: []].append(line)
        }
        self.sections = sections
    }

    public subscript(section: String) -> [String] { sections[section] ?? [] }

    /// All entries, lowercased, of one section as a set.
    public func set(_ section: String = "") -> Set<String> { Set(self[section].map { $0.lowercased() }) }

    /// Loads `Resources/lexicon/<name>.txt` from the module bundle.
    public static func bundled(_ name: String) throws -> Lexicon {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "lexicon"),
              let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw DossierError(file: "Resources/lexicon/\(name).txt", message: "lexicon missing from the build")
        }
        return Lexicon(name: name, text: text)
    }
}
