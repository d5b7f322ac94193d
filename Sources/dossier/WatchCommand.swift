import ArgumentParser
import DossierKit
import Foundation

/// `dossier watch`: rebuilds whenever Content/ or Templates/ change.
///
/// Polls file sizes and modification times (portable, no inotify dependency); a change is built
/// once the folders have been quiet for `debounce`, so an editor saving several files triggers one
/// build. Ctrl-C during a build lets it finish (the site is never left half-written), then exits.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "watch", abstract: "Rebuild the dossier on every change to the content or templates.")

    @OptionGroup var paths: Paths
    @Option(help: "Seconds between checks for changes.")
    var interval = 0.5
    @Option(help: "Seconds the folders must be quiet before a rebuild starts.")
    var debounce = 0.3

    func run() async throws {
        let stop = StopFlag()
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        source.setEventHandler { stop.set() }
        source.resume()

        var last = signature()
        try await rebuild()
        print("Watching \(paths.content) and \(paths.templates) (Ctrl-C to stop)")
        while !stop.isSet {
            try await Task.sleep(nanoseconds: UInt64(interval * 1e9))
            let now = signature()
            guard now != last else { continue }
            // Wait until the folders are quiet, then build once.
            var settled = now
            repeat {
                try await Task.sleep(nanoseconds: UInt64(debounce * 1e9))
                last = settled
                settled = signature()
            } while settled != last && !stop.isSet
            try await rebuild()
        }
        print("Stopped; \(paths.output) is complete.")
    }

    private func rebuild() async throws {
        let build = Build(options: paths.options, progress: paths.progress)
        do {
            Summary.print(try await build.run(), output: paths.output)
        } catch {
            // Keep watching: the previous site stays in place until the error is fixed.
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        }
    }

    /// Paths, sizes and modification times of everything the build reads.
    private func signature() -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for root in [paths.content, paths.templates] {
            for rel in (try? FileIO.disk.listFiles(root)) ?? [] {
                let path = root + "/" + rel
                if let s = FileIO.disk.stamp(path) { out[path] = [s.size, s.modified] }
            }
        }
        return out
    }
}

/// Set from the signal handler, read by the watch loop.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
