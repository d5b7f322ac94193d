/// Stage 5, render: turns the dossier into the files of the site (pages, stylesheet, data).
public struct SiteRenderer: Sendable {
    public let templates: TemplateSet
    /// Files copied verbatim from Templates/assets/ (stylesheet, scripts).
    public let assets: [OutputFile]
    /// Which pages are unchanged since the last build (empty: render everything).
    public let memo: PageMemo

    public init(templates: TemplateSet, assets: [OutputFile], memo: PageMemo = PageMemo()) {
        self.templates = templates
        self.assets = assets
        self.memo = memo
    }

    /// Renders every file of the site. Each file is handed to `emit` as soon as it is made (the
    /// write stage stages it and drops its bytes); the default keeps everything in memory.
    public func render(_ dossier: Dossier, emit: @escaping @Sendable (OutputFile) throws -> OutputFile = { $0 }) async throws -> [OutputFile] {
        let templates = self.templates
        let articlePage = ArticlePage(dossier: dossier, memo: memo)
        var files = try await parallelMap(dossier.articles) { a in
            do { return try emit(try articlePage.render(a, templates: templates)) } catch let e as DossierError {
                throw DossierError(file: e.file, line: e.line, message: e.message + " (rendering \(a.sourceFile))")
            }
        }
        // Families rendered in parallel emit each page as it is made; `add` emits the rest
        // (`emit` must let a file it has already taken pass through, as `StagingArea.put` does).
        func add(_ family: [OutputFile]) throws { files += try family.map(emit) }
        let index = IndexPages(dossier: dossier, memo: memo)
        try add(try await BriefingPage(dossier: dossier, memo: memo).render(templates: templates, emit: emit))
        try add(try DisputePages(dossier: dossier, memo: memo).render(templates: templates))
        try add(try await CoveragePages(dossier: dossier, memo: memo).render(templates: templates, emit: emit))
        try add([try index.sources(templates: templates)])
        try add(try index.outlets(templates: templates))
        try add(try index.notes(templates: templates))
        try add(try await ClaimPages(dossier: dossier, memo: memo).render(templates: templates, emit: emit))
        try add(try await SpeakerPages(dossier: dossier, memo: memo).render(templates: templates, emit: emit))
        try add(try WhatsNewPage(dossier: dossier, memo: memo).render(templates: templates))
        try add(try PrintPages(dossier: dossier, memo: memo).render(templates: templates))
        try add([DataExport(dossier: dossier).file()])
        try add([SearchIndex(dossier: dossier).file()])
        try add(assets)
        return files.sorted { $0.path < $1.path }
    }

    /// Reads Templates/assets/ into output files under assets/.
    public static func loadAssets(folder: String, io: FileIO) throws -> [OutputFile] {
        try io.listFiles(folder + "/assets").filter { !$0.hasPrefix(".") }.map { rel in
            OutputFile(path: "assets/" + rel, bytes: try io.read(folder + "/assets/" + rel))
        }
    }
}
