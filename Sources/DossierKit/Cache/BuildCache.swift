import Foundation

/// The build cache (outside the output folder): each article's cleaned text and claims keyed by a
/// hash of its bytes and of the rules, each story's comparison keyed by its articles, and a
/// manifest of file stamps and page fingerprints from the previous build.
///
/// Every file carries a magic number, the format version, its key and a checksum, and is written
/// to a temporary name and renamed: a corrupt, half-written or foreign file is detected and
/// ignored (the build redoes that work), never trusted.
public struct BuildCache: Sendable {
    /// Bump when any cached encoding changes.
    public static let formatVersion: UInt64 = 3
    static let magic: [UInt8] = Array("DOSSIERC".utf8)
    /// The program that wrote the cache (size and time of its executable): a rebuilt or upgraded
    /// dossier may extract, compare or render differently, so it never trusts another's cache.
    static let program: String = {
        var st = stat()
        for path in ["/proc/self/exe", CommandLine.arguments.first ?? ""] where stat(path, &st) == 0 {
            return "\(st.st_size)-\(st.st_mtim.tv_sec)-\(st.st_mtim.tv_nsec)"
        }
        return ""
    }()

    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    // MARK: files

    func path(_ kind: String, _ name: String) -> String { folder + "/" + kind + "/" + name + ".bin" }

    /// Wraps a payload: magic, version, program, key, payload, checksum.
    static func seal(key: String, payload: [UInt8]) -> [UInt8] {
        var w = BinaryWriter(capacity: payload.count + 64)
        w.uint(formatVersion)
        w.string(program)
        w.string(key)
        var out = magic + w.bytes + payload
        let sum = StableHash(bytes: out).value
        withUnsafeBytes(of: sum.littleEndian) { out.append(contentsOf: $0) }
        return out
    }

    /// The payload if the file is whole, of this version and for this key.
    static func open(_ bytes: [UInt8], key: String) -> Result<BinaryReader, CacheProblem> {
        guard bytes.count >= magic.count + 8, Array(bytes.prefix(magic.count)) == magic else { return .failure(.damaged) }
        let body = bytes[..<(bytes.count - 8)]
        var stored: UInt64 = 0
        for (i, b) in bytes.suffix(8).enumerated() { stored |= UInt64(b) << (8 * UInt64(i)) }
        guard StableHash(bytes: body).value == stored else { return .failure(.damaged) }
        var r = BinaryReader(Array(body), at: magic.count)
        // An unknown program (its executable could not be read) trusts no cache, not even its own.
        guard let version = try? r.uint(), version == formatVersion, !program.isEmpty, (try? r.string()) == program else {
            return .failure(.otherVersion)
        }
        guard let k = try? r.string() else { return .failure(.damaged) }
        guard k == key else { return .failure(.stale) }
        return .success(r)
    }

    public enum CacheProblem: Error { case missing, damaged, otherVersion, stale }

    func read(_ kind: String, _ name: String, key: String) -> Result<BinaryReader, CacheProblem> {
        guard let bytes = FileBytes.read(path(kind, name)) else { return .failure(.missing) }
        return Self.open(bytes, key: key)
    }

    func write(_ kind: String, _ name: String, key: String, payload: [UInt8]) {
        let target = path(kind, name)
        let temp = target + ".tmp-\(getpid())"
        do {
            try SiteWriter.writeFile(temp, Self.seal(key: key, payload: payload), makeFolder: false)
            _ = rename(temp, target)
        } catch {
            // A cache that cannot be written only makes the next build slower.
            try? FileManager.default.removeItem(atPath: temp)
        }
    }

    // MARK: articles and stories

    /// Key of an article's cached result: its bytes (with its dossier.yml entry) and the rules.
    public static func articleKey(contentHash: String, rules: String) -> String { contentHash + "/" + rules }

    public func article(_ id: String, key: String) -> Result<(Article, [Claim]), CacheProblem> {
        read("articles", id, key: key).flatMap { r in
            var r = r
            guard let a = try? r.article(), let claims = try? r.array({ try $0.claim() }), r.isAtEnd else { return .failure(.damaged) }
            return .success((a, claims))
        }
    }

    public func store(_ article: Article, _ claims: [Claim], key: String) {
        var w = BinaryWriter(capacity: 16384)
        w.article(article)
        w.array(claims) { $0.claim($1) }
        write("articles", article.id, key: key, payload: w.bytes)
    }

    public func story(_ slug: String, key: String) -> Result<Analysis, CacheProblem> {
        read("stories", slug, key: key).flatMap { r in
            var r = r
            guard let a = try? r.analysis(), r.isAtEnd else { return .failure(.damaged) }
            return .success(a)
        }
    }

    public func store(_ analysis: Analysis, story slug: String, key: String) {
        var w = BinaryWriter(capacity: 4096)
        w.analysis(analysis)
        write("stories", slug, key: key, payload: w.bytes)
    }

    // MARK: manifest

    public func manifest() -> Result<BuildManifest, CacheProblem> {
        read("", "manifest", key: "manifest").flatMap { r in
            var r = r
            guard let m = try? BuildManifest(reading: &r), r.isAtEnd else { return .failure(.damaged) }
            return .success(m)
        }
    }

    public func store(_ manifest: BuildManifest) {
        var w = BinaryWriter(capacity: 1 << 16)
        manifest.write(to: &w)
        write("", "manifest", key: "manifest", payload: w.bytes)
    }

    /// Creates the cache folders; false when the cache cannot be used at all.
    public func prepare() -> Bool {
        for sub in ["articles", "stories"] {
            guard (try? FileManager.default.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)) != nil else { return false }
        }
        return true
    }
}

/// What the previous build saw and wrote: the basis for skipping work and for "what changed".
public struct BuildManifest: Sendable {
    /// A content file as last seen: if size and modification time are unchanged, so are its bytes.
    public struct Stamp: Sendable, Hashable {
        public var size: Int
        public var modified: Int
        public var contentHash: String
    }

    /// Content path (relative to the content folder) → stamp.
    public var files: [String: Stamp] = [:]
    /// Article id → content hash, for "what changed".
    public var articles: [String: String] = [:]
    /// Output path → fingerprint of everything the page was made from.
    public var pages: [String: UInt64] = [:]
    /// Output path → `PageInputs` hash, for pages made from one story.
    public var pageInputs: [String: UInt64] = [:]
    /// Hash of everything the site is made from (`SiteInputs`), and every file the build wrote:
    /// when both still hold, a rebuild has nothing to do.
    public var inputKey = ""
    public var outputs: [String] = []

    public init() {}

    func write(to w: inout BinaryWriter) {
        w.array(files.keys.sorted()) { w, k in
            let s = files[k]!
            w.string(k); w.int(s.size); w.int(s.modified); w.string(s.contentHash)
        }
        w.array(articles.keys.sorted()) { w, k in w.string(k); w.string(articles[k]!) }
        w.array(pages.keys.sorted()) { w, k in w.string(k); w.uint(pages[k]!) }
        w.array(pageInputs.keys.sorted()) { w, k in w.string(k); w.uint(pageInputs[k]!) }
        w.string(inputKey)
        w.array(outputs) { w, p in w.string(p) }
    }

    init(reading r: inout BinaryReader) throws {
        for (k, s) in try r.array({ r in (try r.string(), Stamp(size: try r.int(), modified: try r.int(), contentHash: try r.string())) }) { files[k] = s }
        for (k, v) in try r.array({ r in (try r.string(), try r.string()) }) { articles[k] = v }
        for (k, v) in try r.array({ r in (try r.string(), try r.uint()) }) { pages[k] = v }
        for (k, v) in try r.array({ r in (try r.string(), try r.uint()) }) { pageInputs[k] = v }
        inputKey = try r.string()
        outputs = try r.array { r in try r.string() }
    }
}
