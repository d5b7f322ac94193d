import Foundation

/// A build from Content/ to Public/: the one place to read first.
///
///     Content/ ─load─▶ [RawArticle] ─clean─▶ [Article] ─extract─▶ [Claim] per article
///              ─assemble─▶ Dossier ─compare─▶ Dossier + Analysis ─render─▶ [OutputFile] ─write─▶ Public/
///
/// Each stage is a function from one value to the next, timed, and its errors carry its name.
/// Only `load` and `write` touch the disk (load through `FileIO`, so tests can build in memory).
public struct Build: Sendable {
    public struct Options: Sendable {
        public var content: String
        public var templates: String
        public var output: String
        /// Warnings (skipped articles) fail the build.
        public var strict: Bool
        /// The build cache folder; nil builds everything from scratch.
        public var cache: String?

        public init(content: String = "Content", templates: String = "Templates", output: String = "Public", strict: Bool = false,
                    cache: String? = nil) {
            self.content = content
            self.templates = templates
            self.output = output
            self.strict = strict
            self.cache = cache
        }
    }

    public struct Report: Sendable {
        public var articles = 0
        /// Articles taken from the cache.
        public var fromCache = 0
        public var claims = 0
        public var pages = 0
        /// Pages rendered (the rest were unchanged and kept).
        public var rendered = 0
        public var changes = ChangeSummary()
        /// One-line notices (an ignored cache).
        public var notices: [String] = []
        public var write = WriteReport()
        public var warnings: [BuildWarning] = []
        /// (stage, seconds) in order.
        public var stageTimes: [(String, Double)] = []
        public var seconds: Double { stageTimes.reduce(0) { $0 + $1.1 } }
    }

    public let options: Options
    public let io: FileIO
    /// Monotonic seconds; injected so tests never read the real clock.
    public let clock: @Sendable () -> Double
    /// Called as each stage finishes ("[2/5] clean 10000 articles 0.410 s").
    public let progress: @Sendable (Progress) -> Void

    public init(options: Options, io: FileIO = .disk, clock: @escaping @Sendable () -> Double = Build.monotonicSeconds,
                progress: @escaping @Sendable (Progress) -> Void = { _ in }) {
        self.options = options
        self.io = io
        self.clock = clock
        self.progress = progress
    }

    /// The stages, in order; progress lines count them ("[2/5] clean 5 articles 0.01 s").
    public static let stages = ["load", "clean", "extract", "assemble", "compare", "render", "write"]

    /// Runs every stage up to the files of the site, without writing them. With a cache, articles
    /// whose files are unchanged are taken from it, comparisons are redone only for stories whose
    /// articles changed, and pages whose inputs are unchanged are not rendered again.
    /// With `staging`, each rendered file goes straight into the write's staging folder.
    public func site(report: inout Report, cache: BuildCache? = nil, previous: BuildManifest = BuildManifest(),
                     existing: Set<String> = [], staging: StagingArea? = nil) async throws -> (files: [OutputFile], manifest: BuildManifest) {
        let loader = ContentLoader(contentDir: options.content, io: io)
        let (rules, content, templates, assets) = try stage("load", &report) {
            (try Rules.bundled(), try loader.load(previous: cache == nil ? [:] : previous.files),
             try TemplateSet(folder: options.templates, io: io), try SiteRenderer.loadAssets(folder: options.templates, io: io))
        }
        let inputKey = SiteInputs.key(content: content, templates: templates, assets: assets, rules: rules)
        report.warnings += content.warnings
        if options.strict, !content.warnings.isEmpty {
            throw StageError(stage: "load", underlying: DossierError(file: "", message: "--strict: " + content.warnings.map(\.description).joined(separator: "; ")))
        }
        // Unchanged articles come from the cache; a missing or damaged entry is simply redone.
        if cache != nil, !previous.inputKey.isEmpty, previous.inputKey == inputKey, Set(previous.outputs) == existing {
            return unchangedSite(content, previous: previous, report: &report)
        }
        let cached = try await stageAsync("clean", &report, detail: "\(content.articles.count) articles, \(content.unchanged.count) unchanged") {
            try await parallelMap(content.unchanged) { u -> CachedOrRaw in
                let key = BuildCache.articleKey(contentHash: u.contentHash, rules: rules.fingerprint)
                if let cache, case .success(let hit) = cache.article(u.id, key: key) { return .cached(hit.0, hit.1) }
                return .raw(try loader.load(u, config: content.config))
            }
        }
        // Changed files may still be cached (a touched file with the same bytes, an article moved
        // back); unchanged ones read again have just missed the cache, so are not looked up twice.
        let toClean = content.articles.map { ($0, true) } + cached.compactMap(\.raw).map { ($0, false) }
        let cleaner = Cleaner(rules: rules.clean)
        let extractor = Extractor(rules: rules)
        let fresh = try await stageAsync("extract", &report, detail: "\(toClean.count) articles") {
            try await parallelMap(toClean) { item -> (Article, [Claim]) in
                let (raw, lookUp) = item
                let key = BuildCache.articleKey(contentHash: raw.contentHash, rules: rules.fingerprint)
                if lookUp, let cache, case .success(let hit) = cache.article(raw.id, key: key) { return hit }
                let article = cleaner.clean(raw)
                let claims = RepeatedClaims.firstOccurrences(extractor.extract(article))
                cache?.store(article, claims, key: key)
                return (article, claims)
            }
        }
        let results = cached.compactMap(\.hit) + fresh
        report.articles = results.count
        report.fromCache = results.count - fresh.count
        report.claims = results.reduce(0) { $0 + $1.1.count }
        report.changes = ChangeSummary(previous: previous.articles, current: results.map { ($0.0.id, $0.0.contentHash) })
        let dossier = try stage("assemble", &report) {
            var byArticle: [String: [Claim]] = [:]
            for (a, c) in results { byArticle[a.id] = c }
            return Dossier(config: content.config, articles: results.map(\.0), claims: byArticle, notes: content.notes)
        }
        let comparer = Comparer(rules: rules)
        let compared = try await stageAsync("compare", &report, detail: "\(dossier.stories.count) stories") {
            dossier.with(try await comparer.analyse(dossier, cache: cache))
        }
        let files = try await stageAsync("render", &report, detail: "\(results.count) articles") {
            let last = cache == nil ? BuildManifest() : previous
            let memo = PageMemo(previous: last.pages, previousInputs: last.pageInputs, existing: existing,
                                salt: templates.fingerprint + rules.fingerprint, deliver: Self.deliver(to: staging))
            return try await SiteRenderer(templates: templates, assets: assets, memo: memo).render(compared)
        }
        report.pages = files.count { $0.path.hasSuffix(".html") }
        report.rendered = files.count { !$0.kept && $0.path.hasSuffix(".html") }
        var manifest = BuildManifest()
        manifest.files = content.stamps
        for (a, _) in results { manifest.articles[a.id] = a.contentHash }
        for f in files {
            if let fp = f.fingerprint { manifest.pages[f.path] = fp }
            if let i = f.inputs { manifest.pageInputs[f.path] = i }
        }
        manifest.inputKey = inputKey
        manifest.outputs = files.map(\.path)
        return (files, manifest)
    }

    /// Nothing the site is made from changed and the output folder holds what the last build wrote:
    /// every file is kept as it is, and the stages after load have nothing to do.
    private func unchangedSite(_ content: LoadedContent, previous: BuildManifest, report: inout Report) -> (files: [OutputFile], manifest: BuildManifest) {
        let articles = content.unchanged.map { ($0.id, $0.contentHash) } + content.articles.map { ($0.id, $0.contentHash) }
        report.articles = articles.count
        report.fromCache = articles.count
        report.claims = 0
        report.changes = ChangeSummary(previous: previous.articles, current: articles)
        for name in Self.stages.dropFirst() where name != "write" {
            finish(name, "skipped: nothing changed", clock(), &report)
        }
        let files = previous.outputs.map { path -> OutputFile in
            var f = OutputFile(path: path, bytes: [], fingerprint: previous.pages[path])
            f.kept = true
            return f
        }
        report.pages = files.count { $0.path.hasSuffix(".html") }
        report.rendered = 0
        var manifest = previous
        manifest.files = content.stamps
        return (files, manifest)
    }

    /// Where rendered files go: the staging area when writing, else nowhere (kept in memory).
    private static func deliver(to staging: StagingArea?) -> @Sendable (OutputFile) throws -> OutputFile {
        guard let staging else { return { $0 } }
        return { try staging.put($0) }
    }

    /// An unchanged article, found in the cache or read again.
    enum CachedOrRaw: Sendable {
        case cached(Article, [Claim])
        case raw(RawArticle)

        var hit: (Article, [Claim])? { if case .cached(let a, let c) = self { return (a, c) } else { return nil } }
        var raw: RawArticle? { if case .raw(let r) = self { return r } else { return nil } }
    }

    /// The full build: every stage, then the write into the output folder.
    public func run() async throws -> Report {
        var report = Report()
        let writer = SiteWriter(output: options.output)
        try writer.checkOwnership()
        let lock = try writer.lock()
        defer { withExtendedLifetime(lock) {} }
        let staging = try writer.begin()
        let cache = options.cache.map(BuildCache.init(folder:))
        var previous = BuildManifest()
        if let cache {
            if !cache.prepare() {
                report.notices.append("cache: \(cache.folder) cannot be created; building without it")
            } else {
                switch cache.manifest() {
                case .success(let m): previous = m
                case .failure(.missing): break
                case .failure(.otherVersion): report.notices.append("cache: made by another version of dossier; ignored, rebuilding everything")
                case .failure: report.notices.append("cache: damaged or half-written (an interrupted build?); ignored, rebuilding everything")
                }
            }
        }
        let files: [OutputFile], manifest: BuildManifest
        do {
            (files, manifest) = try await site(report: &report, cache: cache, previous: previous, existing: staging.existing, staging: staging)
        } catch {
            _ = try? writer.recover()  // nothing was committed: the half-filled staging folder goes
            throw error
        }
        report.write = try stage("write", &report, detail: "\(files.count) files") { try writer.commit(files, staged: staging) }
        cache?.store(manifest)
        return report
    }

    // MARK: stage timing and error wrapping

    private func stage<T>(_ name: String, _ report: inout Report, detail: String = "", _ body: () throws -> T) throws -> T {
        let start = clock()
        do {
            let value = try body()
            finish(name, detail, start, &report)
            return value
        } catch let e as StageError {
            throw e
        } catch {
            throw StageError(stage: name, underlying: error)
        }
    }

    private func stageAsync<T>(_ name: String, _ report: inout Report, detail: String = "", _ body: () async throws -> T) async throws -> T {
        let start = clock()
        do {
            let value = try await body()
            finish(name, detail, start, &report)
            return value
        } catch {
            throw StageError(stage: name, underlying: error)
        }
    }

    private func finish(_ name: String, _ detail: String, _ start: Double, _ report: inout Report) {
        let seconds = clock() - start
        report.stageTimes.append((name, seconds))
        let n = (Self.stages.firstIndex(of: name) ?? 0) + 1
        progress(Progress(line: "[\(n)/\(Self.stages.count)] \(name)\(detail.isEmpty ? "" : " " + detail) " + String(format: "%.3f s", seconds),
                          seconds: seconds))
    }

    /// One finished stage, for the console.
    public struct Progress: Sendable {
        public let line: String
        public let seconds: Double
    }

    public static let monotonicSeconds: @Sendable () -> Double = {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
