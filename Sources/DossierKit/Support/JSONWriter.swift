/// Writes JSON by hand: fixed key order (what the README documents), fast on large exports,
/// and byte-for-byte deterministic.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    private var depth: Int { needsComma.count - 1 }

    public init(pretty: Bool = true, capacity: Int = 1 << 16) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// Appends text verbatim (a JavaScript prefix, a final newline): in place, because a copy
    /// of a large export would double its memory.
    public mutating func verbatim(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    public enum Value {
        case string(String?)
        case number(Double?)
        case int(Int?)
        case bool(Bool)
        case null
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        if pretty, depth > 0 { newline() }
    }

    private mutating func key(_ k: String?) {
        separator()
        if let k {
            Self.appendString(k, to: &bytes)
            bytes.append(0x3A)
            if pretty { bytes.append(0x20) }
        }
    }

    public mutating func beginObject(_ k: String? = nil) {
        key(k)
        bytes.append(0x7B)
        needsComma.append(false)
    }

    public mutating func beginArray(_ k: String? = nil) {
        key(k)
        bytes.append(0x5B)
        needsComma.append(false)
    }

    public mutating func endObject() { close(0x7D) }
    public mutating func endArray() { close(0x5D) }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma.removeLast()
        if pretty, hadItems { newline() }
        bytes.append(bracket)
    }

    public mutating func field(_ k: String?, _ value: Value) {
        key(k)
        switch value {
        case .string(let s): if let s { Self.appendString(s, to: &bytes) } else { bytes += "null".utf8 }
        case .number(let d): bytes += (d.map(Self.number) ?? "null").utf8
        case .int(let i): bytes += (i.map(String.init) ?? "null").utf8
        case .bool(let b): bytes += (b ? "true" : "false").utf8
        case .null: bytes += "null".utf8
        }
    }

    public mutating func field(_ k: String?, _ s: String?) { field(k, .string(s)) }

    /// Integers without a fraction ("12000"), others in shortest round-trip form; ±∞ and NaN as null.
    static func number(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        if d == d.rounded(), abs(d) < 9e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func appendString(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        // Runs of plain bytes are copied whole: most strings need no escape at all.
        s.withUTF8 { utf8 in
            var run = 0
            for i in utf8.indices {
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                run = i + 1
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                // Never let a "</script>" or "<!--" in content close a script element the JSON is embedded in.
                case 0x3C: out += "\\u003c".utf8
                default:
                    let hex = String(b, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        out.append(0x22)
    }
}
