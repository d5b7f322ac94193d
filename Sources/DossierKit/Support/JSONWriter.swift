/// Writes JSON by hand: fixed key order (what the README documents), fast on large exports,
/// and byte-for-byte deterministic.
public struct JSONWriter {
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    private var depth: Int { needsComma.count - 1 }

    public init(pretty: Bool = true, capacity: Int = 1 << 16) {
        self.pretty = pretty
        text.reserveCapacity(capacity)
    }

    public enum Value {
        case string(String?)
        case number(Double?)
        case int(Int?)
        case bool(Bool)
        case null
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty, depth > 0 {
            text += "\n"
            text += String(repeating: "  ", count: depth)
        }
    }

    private mutating func key(_ k: String?) {
        separator()
        if let k {
            Self.appendString(k, to: &text)
            text += pretty ? ": " : ":"
        }
    }

    public mutating func beginObject(_ k: String? = nil) {
        key(k)
        text += "{"
        needsComma.append(false)
    }

    public mutating func beginArray(_ k: String? = nil) {
        key(k)
        text += "["
        needsComma.append(false)
    }

    public mutating func endObject() { close("}") }
    public mutating func endArray() { close("]") }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        if pretty, hadItems {
            text += "\n"
            text += String(repeating: "  ", count: depth)
        }
        text += bracket
    }

    public mutating func field(_ k: String?, _ value: Value) {
        key(k)
        switch value {
        case .string(let s): if let s { Self.appendString(s, to: &text) } else { text += "null" }
        case .number(let d): text += d.map(Self.number) ?? "null"
        case .int(let i): text += i.map(String.init) ?? "null"
        case .bool(let b): text += b ? "true" : "false"
        case .null: text += "null"
        }
    }

    public mutating func field(_ k: String?, _ s: String?) { field(k, .string(s)) }

    /// Integers without a fraction ("12000"), others in shortest round-trip form; ±∞ and NaN as null.
    static func number(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        if d == d.rounded(), abs(d) < 9e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // Never let a "</script>" or "<!--" in content close a script element the JSON is embedded in.
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
