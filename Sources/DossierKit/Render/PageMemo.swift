/// Skips rendering a page whose inputs are the same as in the previous build, and hands every
/// finished page to `deliver`.
///
/// A page's fingerprint hashes every value its template receives (and the templates and rules),
/// so it changes exactly when the page could; the page is rendered only when it does, or when the
/// file is missing from the output. `deliver` is where a page goes as soon as it is made (the write
/// stage's staging folder, which keeps only its path); it must let a file it took pass through.
public struct PageMemo: Sendable {
    let previous: [String: UInt64]
    let existing: Set<String>
    let salt: String
    let deliver: @Sendable (OutputFile) throws -> OutputFile

    public init(previous: [String: UInt64] = [:], existing: Set<String> = [], salt: String = "",
                deliver: @escaping @Sendable (OutputFile) throws -> OutputFile = { $0 }) {
        self.previous = previous
        self.existing = existing
        self.salt = salt
        self.deliver = deliver
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
    /// Renders `template` into the page at `path`, unless the memo says the page is unchanged, and
    /// delivers it. `late` adds values that are costly to make and need not be fingerprinted because
    /// `extra` stands for their inputs (an article's body HTML, from its text).
    func page(_ path: String, _ template: String, _ values: [String: Any], memo: PageMemo, extra: String = "",
              late: (inout [String: Any]) -> Void = { _ in }) throws -> OutputFile {
        let fp = memo.fingerprint(template, values, extra: extra)
        if memo.isUnchanged(path, fp) { return try memo.deliver(.kept(path, fingerprint: fp)) }
        var values = values
        late(&values)
        return try memo.deliver(OutputFile(path: path, text: try render(template, values), fingerprint: fp))
    }
}
