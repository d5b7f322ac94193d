/// Skips rendering a page whose inputs are the same as in the previous build, and hands every
/// finished page to `deliver`.
///
/// A page's fingerprint hashes every value its template receives (and the templates and rules),
/// so it changes exactly when the page could; the page is rendered only when it does, or when the
/// file is missing from the output. `deliver` is where a page goes as soon as it is made (the write
/// stage's staging folder, which keeps only its path); it must let a file it took pass through.
public struct PageMemo: Sendable {
    let previous: [String: UInt64]
    /// Each page's `PageInputs` hash at the last build.
    let previousInputs: [String: UInt64]
    let existing: Set<String>
    let salt: String
    let deliver: @Sendable (OutputFile) throws -> OutputFile
    /// This build's input hashes; set by the renderer once the dossier is known.
    private(set) var inputs: PageInputs?

    public init(previous: [String: UInt64] = [:], previousInputs: [String: UInt64] = [:], existing: Set<String> = [],
                salt: String = "", deliver: @escaping @Sendable (OutputFile) throws -> OutputFile = { $0 }) {
        self.previous = previous
        self.previousInputs = previousInputs
        self.existing = existing
        self.salt = salt
        self.deliver = deliver
    }

    /// The memo for rendering `dossier`, with its page input hashes.
    func rendering(_ dossier: Dossier) -> PageMemo {
        var m = self
        m.inputs = PageInputs(dossier: dossier, salt: salt)
        return m
    }

    /// The page as the last build left it, when its inputs hash is unchanged and the file is in place.
    func keep(_ path: String, inputs: UInt64) throws -> OutputFile? {
        guard previousInputs[path] == inputs, existing.contains(path), let fp = previous[path] else { return nil }
        var kept = OutputFile.kept(path, fingerprint: fp)
        kept.inputs = inputs
        return try deliver(kept)
    }

    /// The fingerprint of a page made by `template` from `values` (plus `extra`, for inputs not in values).
    func fingerprint(_ template: String, _ values: [String: Any], extra: String = "") -> UInt64 {
        var h = ValueHash()
        h.combine(salt)
        h.combine(template)
        h.combine(extra)
        return ValueHash.of(values, seed: h.value)
    }

    func isUnchanged(_ path: String, _ fingerprint: UInt64) -> Bool {
        previous[path] == fingerprint && existing.contains(path)
    }
}

extension TemplateSet {
    /// Renders `template` into the page at `path`, unless the memo says the page is unchanged, and
    /// delivers it. `late` adds values that are costly to make and need not be fingerprinted because
    /// `extra` stands for their inputs (an article's body HTML, from its text).
    func page(_ path: String, _ template: String, _ values: [String: Any], memo: PageMemo, extra: String = "",
              inputs: UInt64? = nil, late: (inout [String: Any]) -> Void = { _ in }) throws -> OutputFile {
        let fp = memo.fingerprint(template, values, extra: extra)
        var file: OutputFile
        if memo.isUnchanged(path, fp) {
            file = .kept(path, fingerprint: fp)
        } else {
            var values = values
            late(&values)
            file = OutputFile(path: path, text: try render(template, values), fingerprint: fp)
        }
        file.inputs = inputs
        return try memo.deliver(file)
    }

    /// The same for a page with a `PageInputs` hash: when it is unchanged, `values` is never called.
    func page(_ path: String, _ template: String, memo: PageMemo, inputs: UInt64?, extra: String = "",
              values: () throws -> [String: Any], late: (inout [String: Any]) -> Void = { _ in }) throws -> OutputFile {
        if let inputs, let kept = try memo.keep(path, inputs: inputs) { return kept }
        return try page(path, template, try values(), memo: memo, extra: extra, inputs: inputs, late: late)
    }
}
