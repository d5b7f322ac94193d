import Foundation

/// Every disk access of a build goes through these closures, so any stage can be tested in memory.
public struct FileIO: Sendable {
    /// Regular files below a folder, as paths relative to it, sorted. Empty when the folder does not exist.
    public var listFiles: @Sendable (_ folder: String) throws -> [String]
    public var read: @Sendable (_ path: String) throws -> [UInt8]
    public var exists: @Sendable (_ path: String) -> Bool
    /// Size and modification time (nanoseconds), or nil when unknown: then the file is always read.
    public var stamp: @Sendable (_ path: String) -> (size: Int, modified: Int)?

    public init(listFiles: @escaping @Sendable (String) throws -> [String],
                read: @escaping @Sendable (String) throws -> [UInt8],
                exists: @escaping @Sendable (String) -> Bool,
                stamp: @escaping @Sendable (String) -> (size: Int, modified: Int)? = { _ in nil }) {
        self.listFiles = listFiles
        self.read = read
        self.exists = exists
        self.stamp = stamp
    }

    /// The real file system.
    public static let disk = FileIO(
        listFiles: { folder in
            let fm = FileManager.default
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else { return [] }
            guard let e = fm.enumerator(atPath: folder) else { return [] }
            var out: [String] = []
            while let rel = e.nextObject() as? String {
                var d: ObjCBool = false
                if fm.fileExists(atPath: folder + "/" + rel, isDirectory: &d), !d.boolValue {
                    out.append(rel)
                }
            }
            return out.sorted()
        },
        read: { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DossierError(file: path, message: "cannot be read")
            }
            return [UInt8](data)
        },
        exists: { FileManager.default.fileExists(atPath: $0) },
        stamp: { path in
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            return (Int(st.st_size), Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
        }
    )

    /// An in-memory file system: `files` maps paths to contents.
    public static func memory(_ files: [String: String]) -> FileIO {
        FileIO(
            listFiles: { folder in
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
            },
            read: { path in
                guard let s = files[path] else { throw DossierError(file: path, message: "does not exist") }
                return Array(s.utf8)
            },
            exists: { path in files[path] != nil || files.keys.contains { $0.hasPrefix(path + "/") } }
        )
    }
}
