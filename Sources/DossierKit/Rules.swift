/// All rule data the content stages read (lexicons), loaded once per build and passed as a value.
public struct Rules: Sendable {
    public let clean: CleanRules
    /// Hash of every lexicon: a changed rule invalidates cached results.
    public let fingerprint: String

    public init(lexicons: [Lexicon]) throws {
        var byName: [String: Lexicon] = [:]
        for l in lexicons { byName[l.name] = l }
        func lex(_ name: String) throws -> Lexicon {
            guard let l = byName[name] else { throw DossierError(file: "lexicon/\(name).txt", message: "lexicon missing") }
            return l
        }
        clean = CleanRules(furniture: try lex("furniture"), abbreviations: try lex("abbreviations"))
        var hash = StableHash()
        for l in lexicons.sorted(by: { $0.name < $1.name }) {
            hash.combine(l.name)
            hash.combine(l.source)
        }
        fingerprint = hash.hex()
    }

    public static let lexiconNames = ["furniture", "abbreviations"]

    /// The rules shipped with dossier (Resources/lexicon).
    public static func bundled() throws -> Rules {
        try Rules(lexicons: lexiconNames.map { try Lexicon.bundled($0) })
    }
}
