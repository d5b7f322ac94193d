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
            var out: [String] = []
            walk(folder, "", into: &out)
            return out.sorted()
        },
        read: { path in
            guard let bytes = FileBytes.read(path) else { throw DossierError(file: path, message: "cannot be read") }
            return bytes
        },
        exists: { FileManager.default.fileExists(atPath: $0) },
        stamp: { path in
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            return (Int(st.st_size), Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
        }
    )

    /// Adds the regular files below `folder + rel` to `out`. readdir's entry types spare a stat per
    /// file (a large output folder is listed on every build); symbolic links to folders are not followed.
    private static func walk(_ folder: String, _ rel: String, into out: inout [String]) {
        guard let dir = opendir(rel.isEmpty ? folder : folder + "/" + rel) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = rel.isEmpty ? name : rel + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                var st = stat()
                guard stat(folder + "/" + path, &st) == 0 else { continue }
                let isDir = (st.st_mode & S_IFMT) == S_IFDIR
                if isDir && type == Int32(DT_LNK) { continue }
                type = isDir ? Int32(DT_DIR) : (st.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : type
            }
            if type == Int32(DT_DIR) { walk(folder, path, into: &out) } else if type == Int32(DT_REG) { out.append(path) }
        }
    }

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
