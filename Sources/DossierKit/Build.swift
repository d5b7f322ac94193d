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

        public init(content: String = "Content", templates: String = "Templates", output: String = "Public", strict: Bool = false) {
            self.content = content
            self.templates = templates
            self.output = output
            self.strict = strict
        }
    }

    public struct Report: Sendable {
        public var articles = 0
        public var claims = 0
        public var pages = 0
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

    /// Runs every stage up to the files of the site, without writing them.
    public func site(report: inout Report) async throws -> [OutputFile] {
        let (rules, content) = try stage("load", &report) {
            (try Rules.bundled(), try ContentLoader(contentDir: options.content, io: io).load())
        }
        report.warnings += content.warnings
        if options.strict, !content.warnings.isEmpty {
            throw StageError(stage: "load", underlying: DossierError(file: "", message: "--strict: " + content.warnings.map(\.description).joined(separator: "; ")))
        }
        let cleaner = Cleaner(rules: rules.clean)
        let articles = try await stageAsync("clean", &report, detail: "\(content.articles.count) articles") {
            try await parallelMap(content.articles) { cleaner.clean($0) }
        }
        report.articles = articles.count
        let extractor = Extractor(rules: rules)
        let claims = try await stageAsync("extract", &report, detail: "\(articles.count) articles") {
            try await parallelMap(articles) { RepeatedClaims.firstOccurrences(extractor.extract($0)) }
        }
        report.claims = claims.reduce(0) { $0 + $1.count }
        let dossier = try stage("assemble", &report) {
            var byArticle: [String: [Claim]] = [:]
            for (a, c) in zip(articles, claims) { byArticle[a.id] = c }
            return Dossier(config: content.config, articles: articles, claims: byArticle, notes: content.notes)
        }
        let comparer = Comparer(rules: rules)
        let compared = try await stageAsync("compare", &report, detail: "\(dossier.stories.count) stories") {
            dossier.with(try await comparer.analyse(dossier))
        }
        let files = try await stageAsync("render", &report, detail: "\(articles.count) articles") {
            let renderer = SiteRenderer(templates: try TemplateSet(folder: options.templates, io: io),
                                        assets: try SiteRenderer.loadAssets(folder: options.templates, io: io))
            return try await renderer.render(compared)
        }
        report.pages = files.count { $0.path.hasSuffix(".html") }
        return files
    }

    /// The full build: every stage, then the write into the output folder.
    public func run() async throws -> Report {
        var report = Report()
        let writer = SiteWriter(output: options.output)
        try writer.checkOwnership()
        let lock = try writer.lock()
        defer { withExtendedLifetime(lock) {} }
        let files = try await site(report: &report)
        report.write = try stage("write", &report, detail: "\(files.count) files") { try writer.write(files) }
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
