import Foundation
@testable import DossierKit

/// A temporary project folder (Content/, Templates/ copied from the repository, Public/) for end-to-end builds.
struct TestSite {
    let root: String
    var content: String { root + "/Content" }
    var templates: String { root + "/Templates" }
    var output: String { root + "/Public" }

    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    init(articles: [String: String] = [:], config: String? = nil, notes: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "dossier-test-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: content + "/articles", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Self.repository + "/Templates", toPath: templates)
        for (name, text) in articles { try write("Content/articles/" + name, text) }
        for (name, text) in notes { try write("Content/notes/" + name, text) }
        if let config { try write("Content/dossier.yml", config) }
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    var options: Build.Options { Build.Options(content: content, templates: templates, output: output) }

    var cache: String { root + "/.dossier-cache" }

    @discardableResult
    func build(strict: Bool = false, cached: Bool = false, output: String? = nil) async throws -> Build.Report {
        var o = options
        o.strict = strict
        o.cache = cached ? cache : nil
        if let output { o.output = output }
        return try await Build(options: o, clock: { 0 }).run()
    }

    func page(_ relative: String) throws -> String {
        try String(contentsOfFile: output + "/" + relative, encoding: .utf8)
    }

    /// The built site's data/dossier.json, parsed.
    func export() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/data/dossier.json"))) as! [String: Any]
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: output + "/" + relative)
    }

    /// Every file of the built site with its bytes.
    func snapshot(_ folder: String? = nil) throws -> [String: Data] {
        let dir = folder ?? output
        var out: [String: Data] = [:]
        for rel in try FileIO.disk.listFiles(dir) {
            out[rel] = FileManager.default.contents(atPath: dir + "/" + rel)
        }
        return out
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// Checks every internal link and anchor of a built site, as sitecheck.py does: relative, ends in a
/// file name, the file exists, the #fragment is an id on that page, and nothing loads from outside.
enum LinkCheck {
    struct Problem: CustomStringConvertible {
        let page: String
        let link: String
        let why: String
        var description: String { "\(page) → \(link): \(why)" }
    }

    static func problems(in root: String) throws -> [Problem] {
        let files = try FileIO.disk.listFiles(root).filter { $0.hasSuffix(".html") }
        var ids: [String: Set<String>] = [:]
        var links: [String: [(String, Bool)]] = [:]
        for f in files {
            let html = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
            ids[f] = Set(attributeValues("id", in: html))
            links[f] = attributeValues("href", in: html).map { ($0, false) } + attributeValues("src", in: html).map { ($0, true) }
        }
        var problems: [Problem] = []
        for f in files {
            for (link, isResource) in links[f]! {
                let l = link.replacingOccurrences(of: "&amp;", with: "&")
                if l.hasPrefix("http://") || l.hasPrefix("https://") || l.hasPrefix("//") {
                    if isResource { problems.append(Problem(page: f, link: l, why: "loads from outside")) }
                    continue
                }
                if l.hasPrefix("mailto:") { continue }
                if l.hasPrefix("/") { problems.append(Problem(page: f, link: l, why: "rooted")); continue }
                let parts = l.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0]).split(separator: "?").first.map(String.init) ?? ""
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                var target = f
                if !path.isEmpty {
                    if path.hasSuffix("/") { problems.append(Problem(page: f, link: l, why: "folder")); continue }
                    target = resolve(path, from: f)
                    guard FileManager.default.fileExists(atPath: root + "/" + target) else {
                        problems.append(Problem(page: f, link: l, why: "missing file")); continue
                    }
                }
                if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), ids[target]?.contains(fragment) != true {
                    problems.append(Problem(page: f, link: l, why: "missing anchor"))
                }
            }
        }
        return problems
    }

    /// "../a/b.html" seen from "x/y.html" → "a/b.html".
    static func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for p in link.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(String(p)) }
        }
        return parts.joined(separator: "/")
    }

    static func attributeValues(_ name: String, in html: String) -> [String] {
        var out: [String] = []
        var rest = Substring(html)
        let needle = " \(name)=\""
        while let r = rest.range(of: needle) {
            rest = rest[r.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            out.append(String(rest[..<end]))
            rest = rest[end...]
        }
        return out
    }
}
