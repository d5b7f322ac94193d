/// Stage 1, load: reads Content/ (articles, notes, dossier.yml) into values. Only this stage reads content.
public struct ContentLoader: Sendable {
    /// Files above this size are refused: a news article is a few KB; a 5 MB "article" is a mistake.
    public static let maxArticleBytes = 5 * 1024 * 1024
    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    public let contentDir: String
    public let io: FileIO

    public init(contentDir: String, io: FileIO) {
        self.contentDir = contentDir
        self.io = io
    }

    /// Reads the content folder. Articles whose size and modification time match `previous` (the
    /// last build's stamps) are not read: they come back in `unchanged`, to be taken from the cache.
    public func load(previous: [String: BuildManifest.Stamp] = [:]) throws -> LoadedContent {
        guard io.exists(contentDir) else {
            throw DossierError(file: contentDir, message: "content folder not found (give another with --content)")
        }
        var warnings: [BuildWarning] = []
        let (config, configHash) = try loadConfig()
        var articles: [RawArticle] = []
        var unchanged: [UnchangedArticle] = []
        var stamps: [String: BuildManifest.Stamp] = [:]
        var usedIDs = Set<String>()
        for rel in try io.listFiles(contentDir + "/articles") {
            let ext = rel.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard Self.articleExtensions.contains(ext), !rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let sourceFile = "articles/" + rel
            do {
                var id = Slug.make(String(rel.dropLast(ext.count + 1)), maxLength: 80, fallback: "article")
                id = Slug.unique(id, in: &usedIDs)
                let entryHash = Self.configEntryHash(sourceFile, config)
                let stamp = io.stamp(path(sourceFile))
                if let old = previous[sourceFile], let now = stamp, now.size == old.size, now.modified == old.modified {
                    stamps[sourceFile] = old
                    unchanged.append(UnchangedArticle(id: id, sourceFile: sourceFile, contentHash: Self.contentHash(old.contentHash, entryHash)))
                    continue
                }
                let (raw, bytesHash) = try loadArticle(sourceFile: sourceFile, id: id, ext: ext, config: config, entryHash: entryHash)
                // Stamped before reading: a file changed while it was read is read again next time.
                if let now = stamp {
                    stamps[sourceFile] = BuildManifest.Stamp(size: now.size, modified: now.modified, contentHash: bytesHash)
                }
                articles.append(raw)
            } catch let error as DossierError {
                warnings.append(BuildWarning(file: error.file, message: "skipped: " + error.message + (error.line.map { " (line \($0))" } ?? "")))
            }
        }
        // A dossier needs at least one story; an empty corpus is an input error, not an empty site.
        if articles.isEmpty && unchanged.isEmpty {
            let why = warnings.isEmpty ? "has no articles (.txt or .md files)" : "has no article that could be read (\(warnings.count) skipped; first: \(warnings[0]))"
            throw DossierError(file: contentDir + "/articles", message: why + ": nothing to build")
        }
        var notes: [Note] = []
        var noteIDs = Set<String>()
        for rel in try io.listFiles(contentDir + "/notes") where rel.hasSuffix(".md") && !rel.hasPrefix(".") {
            do {
                notes.append(try loadNote(sourceFile: "notes/" + rel, ids: &noteIDs))
            } catch let error as DossierError {
                warnings.append(BuildWarning(file: error.file, message: "skipped: " + error.message))
            }
        }
        notes.sort { ($0.placement.rawValue, $0.order, $0.sourceFile) < ($1.placement.rawValue, $1.order, $1.sourceFile) }
        return LoadedContent(config: config, configHash: configHash, articles: articles, unchanged: unchanged, stamps: stamps,
                             notes: notes, warnings: warnings)
    }

    /// Reads an article the previous build had seen (when its cache entry cannot be used).
    public func load(_ u: UnchangedArticle, config: DossierConfig) throws -> RawArticle {
        let ext = u.sourceFile.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return try loadArticle(sourceFile: u.sourceFile, id: u.id, ext: ext, config: config,
                               entryHash: Self.configEntryHash(u.sourceFile, config)).0
    }

    /// The metadata dossier.yml gives a .txt article (by path, path below articles/, or file name).
    static func configEntry(_ sourceFile: String, _ config: DossierConfig) -> ArticleMeta {
        let fileName = String(sourceFile.split(separator: "/").last ?? "")
        return config.articles[sourceFile] ?? config.articles[String(sourceFile.dropFirst("articles/".count))] ?? config.articles[fileName] ?? ArticleMeta()
    }

    static func configEntryHash(_ sourceFile: String, _ config: DossierConfig) -> String {
        if config.articles.isEmpty { return "" }
        let m = configEntry(sourceFile, config)
        var h = StableHash()
        for field in [m.title, m.outlet, m.sourceURL, m.published?.description, m.language, m.translatedFrom, m.story] {
            h.combine(field ?? "\u{0}")
        }
        h.combine(m.machineTranslated ? 1 : 0)
        return h.hex()
    }

    /// An article's cache key part: its bytes and its dossier.yml entry.
    static func contentHash(_ bytesHash: String, _ configHash: String) -> String {
        var h = StableHash(bytesHash)
        h.combine(configHash)
        return h.hex()
    }

    private func path(_ sourceFile: String) -> String { contentDir + "/" + sourceFile }

    /// Reads a file as UTF-8 text, refusing invalid UTF-8, empty and oversized files with a clear message.
    private func readText(_ sourceFile: String) throws -> (text: String, bytes: [UInt8]) {
        let file = path(sourceFile)
        let bytes = try io.read(file)
        if bytes.count > Self.maxArticleBytes {
            throw DossierError(file: file, message: "is \(bytes.count / 1024 / 1024) MB, above the limit of \(Self.maxArticleBytes / 1024 / 1024) MB")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // UTF-8 byte order mark
        guard let text = String(validating: body, as: UTF8.self) else {
            throw DossierError(file: file, line: Self.lineOfInvalidUTF8(bytes), message: "is not valid UTF-8 text")
        }
        if body.contains(0) { throw DossierError(file: file, message: "contains NUL bytes: not a text file") }
        return (text.replacingCRLF(), bytes)
    }

    static func lineOfInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    /// `entryHash` is the article's dossier.yml entry, hashed (`configEntryHash`).
    private func loadArticle(sourceFile: String, id: String, ext: String, config: DossierConfig, entryHash: String) throws -> (RawArticle, String) {
        let file = path(sourceFile)
        let (text, bytes) = try readText(sourceFile)
        let fromConfig = Self.configEntry(sourceFile, config)
        var meta = fromConfig
        var body = text
        var format = RawArticle.Format.text
        if ext != "txt" {
            format = .markdown
            let split = try FrontMatter.split(text, file: file)
            if let yaml = split.yaml {
                let map: [String: Any] = try FrontMatter.simpleMapping(yaml) ?? YAML.mapping(yaml, file: file, lineOffset: 1)
                meta = try YAML.articleMeta(map, file: file).filling(from: fromConfig)
            }
            body = split.body
        }
        if body.allSatisfy({ $0.isWhitespace }) {
            throw DossierError(file: file, message: "has no body text")
        }
        let bytesHash = StableHash(bytes: bytes).hex()
        let contentHash = Self.contentHash(bytesHash, entryHash)
        return (RawArticle(id: id, sourceFile: sourceFile, format: format, meta: meta, body: body, contentHash: contentHash), bytesHash)
    }

    private func loadNote(sourceFile: String, ids: inout Set<String>) throws -> Note {
        let file = path(sourceFile)
        let (text, _) = try readText(sourceFile)
        let split = try FrontMatter.split(text, file: file)
        let map = try split.yaml.map { try YAML.mapping($0, file: file, lineOffset: 1) } ?? [:]
        let stem = String(sourceFile.dropFirst("notes/".count).dropLast(3))
        var title = YAML.string(map["title"])
        var body = split.body
        if title == nil, let first = body.split(separator: "\n", omittingEmptySubsequences: true).first, first.hasPrefix("# ") {
            title = String(first.dropFirst(2)).trimmingSpaces
            body = String(body.drop(while: { $0 == "\n" }).drop(while: { $0 != "\n" }))
        }
        let placementText = YAML.string(map["placement"]) ?? "page"
        guard let placement = Note.Placement(rawValue: placementText) else {
            throw DossierError(file: file, message: "placement `\(placementText)` is not one of \(Note.Placement.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let id = Slug.unique(Slug.make(stem, fallback: "note"), in: &ids)
        return Note(id: id, sourceFile: sourceFile, title: title ?? stem, markdown: body, placement: placement,
                    order: Int(YAML.string(map["order"]) ?? "") ?? 0)
    }

    /// dossier.yml (defaults when there is none) and the hash of its bytes ("" without the file).
    private func loadConfig() throws -> (DossierConfig, String) {
        var config = DossierConfig()
        let file = contentDir + "/dossier.yml"
        guard io.exists(file) else { return (config, "") }
        let bytes = try io.read(file)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DossierError(file: file, line: Self.lineOfInvalidUTF8(bytes), message: "is not valid UTF-8 text")
        }
        let map = try YAML.mapping(text, file: file)
        if let t = YAML.string(map["title"]) { config.title = t }
        config.summary = YAML.string(map["summary"]) ?? ""
        config.baseURL = YAML.string(map["base_url"])
        if let base = config.baseURL, !(base.hasPrefix("https://") || base.hasPrefix("http://")) {
            throw DossierError(file: file, message: "base_url must start with https:// or http://")
        }
        config.searchFullText = YAML.bool(map["search_full_text"])
        if let outlets = map["outlets"] as? [String: Any] {
            for (name, value) in outlets {
                let entry = value as? [String: Any] ?? [:]
                var outlet = OutletConfig()
                if let g = YAML.string(entry["grade"])?.uppercased() {
                    guard ["A", "B", "C", "D", "E", "F"].contains(g) else {
                        throw DossierError(file: file, message: "outlet `\(name)`: grade `\(g)` is not one of A–F")
                    }
                    outlet.grade = g
                }
                outlet.url = YAML.string(entry["url"])
                outlet.note = YAML.string(entry["note"])
                config.outlets[name] = outlet
            }
        }
        if let articles = map["articles"] as? [String: Any] {
            for (name, value) in articles {
                guard let entry = value as? [String: Any] else {
                    throw DossierError(file: file, message: "articles: entry `\(name)` should be a mapping of fields")
                }
                config.articles[name] = try YAML.articleMeta(entry, file: file)
            }
        }
        return (config, StableHash(bytes: bytes).hex())
    }
}

extension String {
    func replacingCRLF() -> String {
        guard utf8.contains(13) else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    var trimmingSpaces: String {
        // Fast path: nothing to trim, or only ASCII spaces at the ends.
        let u = utf8
        guard let f = u.first, let l = u.last else { return self }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if !isSpace(f) && !isSpace(l) && f < 0x80 && l < 0x80 { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}

import Foundation
