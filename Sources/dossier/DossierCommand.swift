import ArgumentParser
import DossierKit
import Foundation

@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turns a folder of news articles about one story into a linked, offline HTML briefing dossier.",
        subcommands: [BuildCommand.self, WatchCommand.self],
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
    @Option(help: "Build cache folder (default: .dossier-cache beside the output folder).")
    var cache: String?
    @Flag(help: "Build everything from scratch, without reading or writing the cache.")
    var noCache = false

    /// Stage lines appear with --verbose, and whenever a stage takes long enough to wonder about.
    var progress: @Sendable (Build.Progress) -> Void {
        let verbose = self.verbose
        return { p in
            if verbose { print(p.line + peakMemory()) } else if p.seconds >= 0.5 { print(p.line) }
        }
    }

    var options: Build.Options {
        let defaultCache = (URL(fileURLWithPath: output).deletingLastPathComponent().path as NSString).appendingPathComponent(".dossier-cache")
        return Build.Options(content: content, templates: templates, output: output, strict: strict,
                             cache: noCache ? nil : (cache ?? defaultCache))
    }
}

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the dossier once.")

    @OptionGroup var paths: Paths

    func run() async throws {
        let build = Build(options: paths.options, progress: paths.progress)
        do {
            Summary.print(try await build.run(), output: paths.output)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}



/// The one or two lines a build prints.
enum Summary {
    /// Notices, warnings (to stderr), the summary line and what changed.
    static func print(_ report: Build.Report, output: String) {
        for n in report.notices { Swift.print(n) }
        for w in report.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
        Swift.print(line(report, output: output))
        if let changes = changes(report) { Swift.print(changes) }
    }

    static func line(_ r: Build.Report, output: String) -> String {
        String(format: "Built %d articles (%d from cache) into %d pages in %@ (%d written, %d unchanged, %d removed) in %.2f s",
               r.articles, r.fromCache, r.pages, output, r.write.written.count, r.write.unchanged, r.write.removed.count, r.seconds)
    }

    /// What changed since the previous build, when there was one.
    static func changes(_ r: Build.Report) -> String? {
        guard r.fromCache > 0 || !r.changes.isEmpty else { return nil }
        var pages = r.write.written.filter { $0.hasSuffix(".html") }
        let shown = pages.prefix(6).joined(separator: ", ")
        pages = Array(pages.dropFirst(6))
        return "Since the last build: \(r.changes.description); pages rewritten: "
            + (r.write.written.isEmpty ? "none" : shown + (pages.isEmpty ? "" : " and \(pages.count) more"))
    }
}

/// ", peak 123 MB" (the process's high-water mark so far, Linux only) for --verbose stage lines.
func peakMemory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Int(line.split(separator: " ").dropFirst().first ?? "") else { return "" }
    return ", peak \(kb / 1024) MB"
}
