/// Skips rendering a page whose inputs are the same as in the previous build.
///
/// A page's fingerprint hashes every value its template receives (and the templates and rules),
/// so it changes exactly when the page could; the page is rendered only when it does, or when the
/// file is missing from the output.
public struct PageMemo: Sendable {
    let previous: [String: UInt64]
    let existing: Set<String>
    let salt: String

    public init(previous: [String: UInt64] = [:], existing: Set<String> = [], salt: String = "") {
        self.previous = previous
        self.existing = existing
        self.salt = salt
    }

    /// The fingerprint of a page made by `template` from `values` (plus `extra`, for inputs not in values).
    func fingerprint(_ template: String, _ values: [String: Any], extra: String = "") -> UInt64 {
        var h = StableHash(salt)
        h.combine(template)
        h.combine(extra)
        Self.hash(values, into: &h)
        return h.value
    }

    func isUnchanged(_ path: String, _ fingerprint: UInt64) -> Bool {
        previous[path] == fingerprint && existing.contains(path)
    }

    /// Deterministic hash of template values: dictionaries by sorted key.
    static func hash(_ value: Any, into h: inout StableHash) {
        switch value {
        case let s as String: h.combine("s"); h.combine(s)
        case let b as Bool: h.combine(b ? "T" : "F")
        case let i as Int: h.combine("i"); h.combine(i)
        case let d as Double: h.combine("d"); h.combine(d.bitPattern.description)
        case let dict as [String: Any]:
            h.combine("{")
            for k in dict.keys.sorted() {
                h.combine(k)
                hash(dict[k]!, into: &h)
            }
            h.combine("}")
        case let list as [Any]:
            h.combine("[")
            for v in list { hash(v, into: &h) }
            h.combine("]")
        default:
            h.combine(String(describing: value))
        }
    }
}

extension TemplateSet {
    /// Renders `template` into the page at `path`, unless the memo says the page is unchanged.
    func page(_ path: String, _ template: String, _ values: [String: Any], memo: PageMemo, extra: String = "") throws -> OutputFile {
        let fp = memo.fingerprint(template, values, extra: extra)
        if memo.isUnchanged(path, fp) { return .kept(path, fingerprint: fp) }
        return OutputFile(path: path, text: try render(template, values), fingerprint: fp)
    }
}
