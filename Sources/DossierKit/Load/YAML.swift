import Yams

/// Reads YAML into plain values, turning parser errors into `DossierError`s with the file's line number.
enum YAML {
    /// `lineOffset` is the line in the file where the YAML text starts, minus one.
    /// Scalars come back as the text that was written (`title: 1e3` is "1e3", `published:
    /// 2025-03-01T23:30:00-05:00` keeps its day), as the fast path in `FrontMatter` reads them.
    static func mapping(_ text: String, file: String, lineOffset: Int = 0) throws -> [String: Any] {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DossierError(file: file, line: line(of: error).map { $0 + lineOffset },
                               message: "invalid YAML: \(problem(of: error))")
        }
        guard let node else { return [:] }
        guard node.mapping != nil, let map = plain(node) as? [String: Any] else {
            let found = node.scalar != nil ? "a single value" : node.sequence != nil ? "a list" : "something else"
            throw DossierError(file: file, line: lineOffset + 1, message: "expected `key: value` lines, found \(found)")
        }
        return map
    }

    /// Mappings as dictionaries, sequences as arrays, scalars as their text; nulls are left out.
    private static func plain(_ node: Node) -> Any? {
        switch node {
        case .scalar(let s):
            return node.null != nil ? nil : s.string
        case .mapping(let m):
            var out: [String: Any] = [:]
            for (k, v) in m { if let key = k.string, let value = plain(v) { out[key] = value } }
            return out
        case .sequence(let seq):
            return seq.compactMap(plain)
        default:
            return nil
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let c, let p, _, _), .parser(let c, let p, _, _), .composer(let c, let p, _, _):
            if let c { return "\(p) (\(c.text))" }
            return p
        default: return "\(error)"
        }
    }

    /// A scalar's text; nil for a missing or empty value, or a mapping or list.
    static func string(_ value: Any?) -> String? {
        guard let s = value as? String, !s.isEmpty else { return nil }
        return s
    }

    static func bool(_ value: Any?) -> Bool {
        guard let s = value as? String else { return false }
        return ["true", "yes", "1", "on"].contains(s.lowercased())
    }

    /// Article metadata from a mapping (front matter, or an entry of dossier.yml's `articles:`).
    static func articleMeta(_ map: [String: Any], file: String) throws -> ArticleMeta {
        var meta = ArticleMeta()
        meta.title = string(map["title"])
        meta.outlet = string(map["outlet"])
        meta.sourceURL = string(map["source_url"] ?? map["url"])
        if let p = string(map["published"] ?? map["date"]) {
            guard let day = Day(iso: p) else {
                throw DossierError(file: file, message: "`published: \(p)` is not a date of the form YYYY-MM-DD")
            }
            meta.published = day
        }
        meta.language = string(map["language"])
        meta.translatedFrom = string(map["translated_from"])
        meta.machineTranslated = bool(map["machine_translated"])
        meta.story = string(map["story"])
        return meta
    }
}

