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

    public func render(_ dossier: Dossier) async throws -> [OutputFile] {
        let templates = self.templates
        let articlePage = ArticlePage(dossier: dossier, memo: memo)
        var files = try await parallelMap(dossier.articles) { a in
            do { return try articlePage.render(a, templates: templates) } catch let e as DossierError {
                throw DossierError(file: e.file, line: e.line, message: e.message + " (rendering \(a.sourceFile))")
            }
        }
        let index = IndexPages(dossier: dossier, memo: memo)
        files += try await BriefingPage(dossier: dossier, memo: memo).render(templates: templates)
        files += try DisputePages(dossier: dossier, memo: memo).render(templates: templates)
        files += try await CoveragePages(dossier: dossier, memo: memo).render(templates: templates)
        files.append(try index.sources(templates: templates))
        files += try index.outlets(templates: templates)
        files += try index.notes(templates: templates)
        files += try await ClaimPages(dossier: dossier, memo: memo).render(templates: templates)
        files += try await SpeakerPages(dossier: dossier, memo: memo).render(templates: templates)
        files += try WhatsNewPage(dossier: dossier, memo: memo).render(templates: templates)
        files += try PrintPages(dossier: dossier, memo: memo).render(templates: templates)
        files.append(DataExport(dossier: dossier).file())
        files.append(SearchIndex(dossier: dossier).file())
        files += assets
        return files.sorted { $0.path < $1.path }
    }

    /// Reads Templates/assets/ into output files under assets/.
    public static func loadAssets(folder: String, io: FileIO) throws -> [OutputFile] {
        try io.listFiles(folder + "/assets").filter { !$0.hasPrefix(".") }.map { rel in
            OutputFile(path: "assets/" + rel, bytes: try io.read(folder + "/assets/" + rel))
        }
    }
}
