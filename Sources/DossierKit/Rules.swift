import Foundation

/// All rule data the content stages read (lexicons), loaded once per build and passed as a value.
/// Every file in Resources/lexicon is loaded; each rules struct picks the lexicons it needs by name.
public struct Rules: Sendable {
    public let clean: CleanRules
    public let lexicons: [String: Lexicon]
    /// Hash of every lexicon: a changed rule invalidates cached results.
    public let fingerprint: String

    public init(lexicons list: [Lexicon]) throws {
        var byName: [String: Lexicon] = [:]
        for l in list { byName[l.name] = l }
        lexicons = byName
        func lex(_ name: String) throws -> Lexicon {
            guard let l = byName[name] else { throw DossierError(file: "lexicon/\(name).txt", message: "lexicon missing") }
            return l
        }
        clean = CleanRules(furniture: try lex("furniture"), abbreviations: try lex("abbreviations"))
        var hash = StableHash()
        for l in list.sorted(by: { $0.name < $1.name }) {
            hash.combine(l.name)
            hash.combine(l.source)
        }
        fingerprint = hash.hex()
    }

    /// A lexicon by file name (without .txt); an empty one when the file does not exist.
    public func lexicon(_ name: String) -> Lexicon {
        lexicons[name] ?? Lexicon(name: name, text: "")
    }

    /// The rules shipped with dossier: every .txt file in Resources/lexicon.
    public static func bundled() throws -> Rules {
        guard let dir = Bundle.module.url(forResource: "lexicon", withExtension: nil) else {
            throw DossierError(file: "Resources/lexicon", message: "lexicon folder missing from the build")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try Rules(lexicons: names.map { try Lexicon.bundled(String($0.dropLast(4))) })
    }
}
