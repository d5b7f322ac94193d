import ArgumentParser
import DossierKit
import Foundation

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turns a folder of news articles about one story into a linked, offline HTML briefing dossier.",
        subcommands: [BuildCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

struct Paths: ParsableArguments {
    @Option(help: "Folder with articles/, notes/ and dossier.yml.")
    var content = "Content"
    @Option(help: "Folder with the Mustache templates and assets/.")
    var templates = "Templates"
    @Option(help: "Folder the site is written to (replaced only if empty or made by dossier).")
    var output = "Public"
    @Flag(help: "Treat warnings (skipped articles) as errors.")
    var strict = false
    @Flag(name: .shortAndLong, help: "Print each stage's time.")
    var verbose = false

    var options: Build.Options { Build.Options(content: content, templates: templates, output: output, strict: strict) }
}

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the dossier once.")

    @OptionGroup var paths: Paths

    func run() async throws {
        let verbose = paths.verbose
        // Stage lines appear with --verbose, and whenever a stage takes long enough to wonder about.
        let build = Build(options: paths.options, progress: { p in if verbose || p.seconds >= 0.5 { print(p.line) } })
        do {
            let report = try await build.run()
            for w in report.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
            print(String(format: "Built %d articles into %d pages in %@ (%d written, %d unchanged, %d removed) in %.2f s",
                         report.articles, report.pages, paths.output, report.write.written.count, report.write.unchanged,
                         report.write.removed.count, report.seconds))
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}


