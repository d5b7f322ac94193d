import Yams

/// Reads YAML into plain values, turning parser errors into `DossierError`s with the file's line number.
enum YAML {
    /// `lineOffset` is the line in the file where the YAML text starts, minus one.
    static func mapping(_ text: String, file: String, lineOffset: Int = 0) throws -> [String: Any] {
        let value: Any?
        do {
            value = try Yams.load(yaml: text)
        } catch let error as YamlError {
            throw DossierError(file: file, line: line(of: error).map { $0 + lineOffset },
                               message: "invalid YAML: \(problem(of: error))")
        }
        guard let value else { return [:] }
        guard let map = value as? [String: Any] else {
            throw DossierError(file: file, line: lineOffset + 1, message: "expected `key: value` lines, found \(type(of: value))")
        }
        return map
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

    /// A scalar as text (YAML may have read `2024-10-22` as a date or `7` as a number).
    static func string(_ value: Any?) -> String? {
        switch value {
        case nil: return nil
        case let s as String: return s.isEmpty ? nil : s
        case let b as Bool: return b ? "true" : "false"
        case let i as Int: return String(i)
        case let d as Double: return String(d)
        case let date as Date: return isoDay(date)
        default: return nil
        }
    }

    static func bool(_ value: Any?) -> Bool {
        switch value {
        case let b as Bool: return b
        case let s as String: return ["true", "yes", "1"].contains(s.lowercased())
        default: return false
        }
    }

    private static func isoDay(_ date: Date) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: date)
        return Day(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0)?.description ?? ""
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

import Foundation
