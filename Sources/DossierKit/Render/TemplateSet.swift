import Foundation
import Mustache

/// The user's Mustache templates from Templates/: one layout, partials, one template per page kind.
///
/// `{{value}}` escapes; only cmark's output is inserted with `{{{ }}}`. Rendering is strict:
/// a template that names a value the page does not provide, or a missing template or partial,
/// is an error naming the template, never a silently blank page.
public struct TemplateSet: Sendable {
    /// Page templates a build needs; the rest of the folder holds the layout and partials.
    public static let required = ["layout", "index", "article", "outlet", "outlets", "note", "sources",
                                  "claims-index", "claims", "stories", "speakers", "speaker",
                                  "stories-briefing", "disputes", "dispute", "coverage", "timeline", "grades",
                                  "whats-new", "feed", "search", "print"]

    let library: MustacheLibrary
    public let names: Set<String>
    /// Hash of every template's bytes: a changed template re-renders the pages that use it.
    public let fingerprint: String

    public init(folder: String, io: FileIO, required: [String] = TemplateSet.required) throws {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        var names = Set<String>()
        var hash = StableHash()
        var sources: [String: String] = [:]
        for rel in try io.listFiles(folder) where rel.hasSuffix(".mustache") {
            let file = folder + "/" + rel
            let bytes = try io.read(file)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw DossierError(file: file, message: "is not valid UTF-8 text")
            }
            let name = String(rel.dropLast(".mustache".count))
            do {
                // A standalone pragma line renders nothing; it selects the fast escaping.
                try library.register("{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n" + text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw DossierError(file: file, line: max(1, error.context.lineNumber - 1),
                                   message: "template does not parse: \(error.error) near `\(error.context.line.trimmingCharacters(in: .whitespaces))`")
            }
            names.insert(name)
            sources[name] = text
            hash.combine(name)
            hash.combine(bytes: bytes)
        }
        for name in required where !names.contains(name) {
            throw DossierError(file: folder + "/" + name + ".mustache", message: "template is missing")
        }
        // A partial or parent that does not exist would render as nothing: refuse it now.
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for ref in Self.references(in: text) where !names.contains(ref.name) {
                throw DossierError(file: folder + "/" + name + ".mustache", line: ref.line,
                                   message: "names the template `\(ref.name)`, which does not exist")
            }
        }
        self.library = library
        self.names = names
        self.fingerprint = hash.hex()
        self.folder = folder
    }

    let folder: String

    /// Renders `template` with `values`. Throws when the template names a value `values` lacks.
    public func render(_ template: String, _ values: [String: Any]) throws -> String {
        guard names.contains(template) else {
            throw DossierError(file: folder + "/" + template + ".mustache", message: "template is missing")
        }
        let recorder = MissingValues()
        let root = StrictRoot(values: values, missing: recorder)
        guard let html = library.render(root, withTemplate: template) else {
            throw DossierError(file: folder + "/" + template + ".mustache", message: "template is missing")
        }
        if let name = recorder.first {
            throw DossierError(file: folder + "/" + template + ".mustache",
                               message: "names `\(name)`, which this page does not provide (it has: \(values.keys.sorted().joined(separator: ", ")))")
        }
        return html
    }

    /// `{{> partial}}` and `{{< parent}}` references with their line numbers.
    static func references(in text: String) -> [(name: String, line: Int)] {
        var out: [(String, Int)] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                let tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if tag.hasPrefix(">") || tag.hasPrefix("<") {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !name.hasPrefix("*") { out.append((name, i + 1)) }
                }
                rest = rest[close.upperBound...]
            }
        }
        return out
    }
}

/// The outermost rendering context. Mustache looks a name up from the innermost context outwards,
/// so a name that reaches this root unanswered is provided by no context at all: record it.
private struct StrictRoot: MustacheParent {
    let values: [String: Any]
    let missing: MissingValues

    func child(named name: String) -> Any? {
        if let v = values[name] { return v }
        missing.record(name)
        return nil
    }
}

private final class MissingValues: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []

    func record(_ name: String) {
        lock.lock()
        names.append(name)
        lock.unlock()
    }

    var first: String? {
        lock.lock()
        defer { lock.unlock() }
        return names.first
    }
}
