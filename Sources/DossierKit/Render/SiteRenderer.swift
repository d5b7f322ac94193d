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

    /// Renders every file of the site. Each page goes to `memo.deliver` as soon as it is made (the
    /// write stage stages it and drops its bytes).
    /// The page families run side by side: several are one long serial job (the sources list, the
    /// feed, the export), and would otherwise leave all cores but one idle.
    public func render(_ dossier: Dossier) async throws -> [OutputFile] {
        let templates = self.templates
        let memo = self.memo.rendering(dossier)
        let articlePage = ArticlePage(dossier: dossier, memo: memo)
        let index = IndexPages(dossier: dossier, memo: memo)
        let families: [@Sendable () async throws -> [OutputFile]] = [
            { try await parallelMap(dossier.articles) { a in
                do { return try articlePage.render(a, templates: templates) } catch let e as DossierError {
                    throw DossierError(file: e.file, line: e.line, message: e.message + " (rendering \(a.sourceFile))")
                }
            } },
            { try await ClaimPages(dossier: dossier, memo: memo).render(templates: templates) },
            { try await CoveragePages(dossier: dossier, memo: memo).render(templates: templates) },
            { try await BriefingPage(dossier: dossier, memo: memo).render(templates: templates) },
            { try DisputePages(dossier: dossier, memo: memo).render(templates: templates) },
            { try await SpeakerPages(dossier: dossier, memo: memo).render(templates: templates) },
            { try WhatsNewPage(dossier: dossier, memo: memo).render(templates: templates) },
            { try PrintPages(dossier: dossier, memo: memo).render(templates: templates) },
            { [try index.sources(templates: templates)] + (try index.outlets(templates: templates)) + (try index.notes(templates: templates)) },
            { [DataExport(dossier: dossier).file(), SearchIndex(dossier: dossier).file()] },
            { self.assets },
        ]
        return try await withThrowingTaskGroup(of: [OutputFile].self) { group in
            for family in families { group.addTask(operation: family) }
            var files: [OutputFile] = []
            // Pages are delivered where they are made; files made without templates are delivered here.
            for try await part in group { files += try part.map(memo.deliver) }
            return files.sorted { $0.path < $1.path }
        }
    }

    /// Reads Templates/assets/ into output files under assets/.
    public static func loadAssets(folder: String, io: FileIO) throws -> [OutputFile] {
        try io.listFiles(folder + "/assets").filter { !$0.hasPrefix(".") }.map { rel in
            OutputFile(path: "assets/" + rel, bytes: try io.read(folder + "/assets/" + rel))
        }
    }
}
