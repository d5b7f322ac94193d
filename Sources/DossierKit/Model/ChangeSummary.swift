/// What changed in the corpus since the previous build, for the console.
public struct ChangeSummary: Sendable {
    public var added: [String] = []
    public var changed: [String] = []
    public var removed: [String] = []

    public init() {}

    /// Compares article ids and content hashes of the previous and the current build.
    public init(previous: [String: String], current: [(String, String)]) {
        guard !previous.isEmpty else { return }
        var seen = Set<String>()
        for (id, hash) in current {
            seen.insert(id)
            if let old = previous[id] {
                if old != hash { changed.append(id) }
            } else {
                added.append(id)
            }
        }
        removed = previous.keys.filter { !seen.contains($0) }
        added.sort()
        changed.sort()
        removed.sort()
    }

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// "2 added (a, b), 1 changed (c)"
    public var description: String {
        func part(_ label: String, _ ids: [String]) -> String? {
            guard !ids.isEmpty else { return nil }
            let names = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
            return "\(ids.count) \(label) (\(names))"
        }
        let parts = [part("added", added), part("changed", changed), part("removed", removed)].compactMap { $0 }
        return parts.isEmpty ? "no article changed" : parts.joined(separator: ", ")
    }
}
