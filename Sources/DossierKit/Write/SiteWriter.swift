import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Stage 6, write: puts the built files into the output folder without ever leaving it half-written.
///
/// New and changed files are first written to a staging folder beside the output. When all are
/// there, a journal listing the moves and deletions is written (the commit point) and then applied
/// with renames. A build killed before the commit point leaves the old site untouched; one killed
/// while applying is completed by the next build, which replays the journal. Files whose bytes did
/// not change are not touched, so they keep their modification time. A first build renames the
/// complete staging folder into place in one step.
public struct SiteWriter: Sendable {
    public static let markerName = ".dossier-site"
    static let markerText = "This folder is written by dossier. Every build replaces what is in it.\n"

    public let output: String
    let staging: String
    let journal: String
    let lockFile: String

    public init(output: String) {
        var out = output
        while out.count > 1, out.hasSuffix("/") { out.removeLast() }
        self.output = out
        let url = URL(fileURLWithPath: out)
        let parent = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        staging = parent + "/." + name + ".staging"
        journal = parent + "/." + name + ".journal"
        lockFile = parent + "/." + name + ".lock"
    }

    /// Refuses an output folder that holds files but was not made by dossier: a typo in --output
    /// must never delete a user's files.
    public func checkOwnership() throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: output, isDirectory: &isDir) else { return }
        guard isDir.boolValue else {
            throw DossierError(file: output, message: "exists and is not a folder; choose another --output")
        }
        let entries = try fm.contentsOfDirectory(atPath: output)
        if entries.isEmpty || entries.contains(Self.markerName) { return }
        throw DossierError(file: output, message: "is not empty and was not made by dossier (no \(Self.markerName) in it); refusing to replace it. Choose an empty or new folder for --output")
    }

    /// Takes the build lock for this output folder for as long as the returned handle lives.
    public func lock() throws -> BuildLock {
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: lockFile).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        let fd = open(lockFile, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DossierError(file: lockFile, message: "cannot create the build lock") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw DossierError(file: output, message: "another dossier build is writing to this folder; wait for it to finish and try again")
        }
        return BuildLock(fd: fd)
    }

    /// Completes an interrupted write (journal present) or discards an uncommitted one.
    public func recover() throws -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: journal) {
            try applyJournal()
            return true
        }
        if fm.fileExists(atPath: staging) { try fm.removeItem(atPath: staging) }
        return false
    }

    /// The files now in the output folder (marker excluded), as paths relative to it.
    public func existingFiles() throws -> [String] {
        guard FileManager.default.fileExists(atPath: output) else { return [] }
        return try FileIO.disk.listFiles(output).filter { $0 != Self.markerName }
    }

    /// Starts a write: completes or discards an interrupted one, lists the output folder, and
    /// returns the staging area files are put into one by one as they are rendered, so a large
    /// site never sits in memory whole. Call with the lock held, after `checkOwnership`.
    public func begin() throws -> StagingArea {
        _ = try recover()
        return StagingArea(output: output, staging: staging, existing: Set(try existingFiles()))
    }

    /// Finishes a write begun with `begin`: stages what is not staged yet, then moves the new and
    /// changed files into place and removes the files the site no longer has.
    public func commit(_ files: [OutputFile], staged area: StagingArea) throws -> WriteReport {
        let fm = FileManager.default
        var report = WriteReport()
        var seen = Set<String>()
        for file in files {
            let f = try area.put(file)
            guard seen.insert(f.path).inserted else { throw DossierError(file: f.path, message: "unsafe or duplicate output path") }
            if f.staged == .written { report.written.append(f.path) } else { report.unchanged += 1 }
        }
        report.removed = area.existing.subtracting(seen).sorted()
        let outputExists = fm.fileExists(atPath: output)
        if !outputExists || (try? fm.contentsOfDirectory(atPath: output).isEmpty) == true {
            // First build: the complete site appears in one rename.
            try Self.writeFile(staging + "/" + Self.markerName, Array(Self.markerText.utf8))
            if outputExists { try fm.removeItem(atPath: output) }
            try fm.createDirectory(atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path, withIntermediateDirectories: true)
            guard rename(staging, output) == 0 else { throw DossierError(file: output, message: "cannot move the built site into place: \(String(cString: strerror(errno)))") }
            return report
        }
        if report.written.isEmpty && report.removed.isEmpty {
            if fm.fileExists(atPath: staging) { try fm.removeItem(atPath: staging) }
            return report
        }
        var lines = report.written.map { "W " + $0 }
        lines += report.removed.map { "D " + $0 }
        // The commit point: once the journal is on disk, the new site will be completed.
        try Self.writeFile(journal + ".tmp", Array((lines.joined(separator: "\n") + "\n").utf8), sync: true)
        guard rename(journal + ".tmp", journal) == 0 else { throw DossierError(file: journal, message: "cannot commit the build") }
        try applyJournal()
        return report
    }

    private func applyJournal() throws {
        let fm = FileManager.default
        guard let data = fm.contents(atPath: journal), let text = String(data: data, encoding: .utf8) else {
            throw DossierError(file: journal, message: "build journal cannot be read; delete it and the output folder, then build again")
        }
        var dirsToPrune = Set<String>()
        for line in text.split(separator: "\n") where line.count > 2 {
            let path = String(line.dropFirst(2))
            guard Self.isSafe(path) else { continue }
            let target = output + "/" + path
            if line.hasPrefix("W ") {
                let source = staging + "/" + path
                guard fm.fileExists(atPath: source) else { continue }  // already moved
                try fm.createDirectory(atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path, withIntermediateDirectories: true)
                guard rename(source, target) == 0 else {
                    throw DossierError(file: target, message: "cannot move into place: \(String(cString: strerror(errno)))")
                }
            } else if line.hasPrefix("D ") {
                if fm.fileExists(atPath: target) { try fm.removeItem(atPath: target) }
                dirsToPrune.insert(URL(fileURLWithPath: target).deletingLastPathComponent().path)
            }
        }
        for dir in dirsToPrune.sorted(by: >) where dir.hasPrefix(output + "/") {
            if let items = try? fm.contentsOfDirectory(atPath: dir), items.isEmpty { try? fm.removeItem(atPath: dir) }
        }
        if !fm.fileExists(atPath: output + "/" + Self.markerName) {
            try Self.writeFile(output + "/" + Self.markerName, Array(Self.markerText.utf8))
        }
        try fm.removeItem(atPath: journal)
        if fm.fileExists(atPath: staging) { try fm.removeItem(atPath: staging) }
    }

    /// Relative, no `..`, no empty or hidden components.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." }
    }

    /// Writes `path`, making its folder first unless the caller already has.
    static func writeFile(_ path: String, _ bytes: [UInt8], sync: Bool = false, makeFolder: Bool = true) throws {
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if makeFolder, !dir.isEmpty {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DossierError(file: path, message: "cannot be written: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        try bytes.withUnsafeBytes { buf in
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw DossierError(file: path, message: "cannot be written: \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
        if sync { fsync(fd) }
    }
}

/// Holds an exclusive `flock` on the output's lock file; released when dropped or the process ends.
public final class BuildLock: Sendable {
    let fd: Int32

    init(fd: Int32) { self.fd = fd }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
