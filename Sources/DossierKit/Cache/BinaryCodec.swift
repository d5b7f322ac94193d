/// A small binary format for the build cache: varints, length-prefixed UTF-8, no reflection.
/// Fast to write and read, and every read is bounds-checked, so a damaged file is an error,
/// never a crash.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)) }
    public mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    public mutating func double(_ v: Double) { uint(v.bitPattern) }

    public mutating func string(_ s: String) {
        uint(UInt64(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    public mutating func optional<T>(_ v: T?, _ write: (inout BinaryWriter, T) -> Void) {
        bool(v != nil)
        if let v { write(&self, v) }
    }

    public mutating func string(_ s: String?) { optional(s) { $0.string($1) } }
    public mutating func double(_ d: Double?) { optional(d) { $0.double($1) } }

    public mutating func array<T>(_ items: [T], _ write: (inout BinaryWriter, T) -> Void) {
        uint(UInt64(items.count))
        for i in items { write(&self, i) }
    }

    public mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }
}

public struct BinaryReader {
    public struct Damaged: Error {}

    let bytes: [UInt8]
    var position: Int

    public init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    public var isAtEnd: Bool { position == bytes.count }

    public mutating func uint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let b = bytes[position]
            position += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    public mutating func int() throws -> Int {
        let u = try uint()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    public mutating func count() throws -> Int {
        let n = try uint()
        // A count can never exceed the bytes left: guards against huge allocations from damage.
        guard n <= UInt64(bytes.count - position) else { throw Damaged() }
        return Int(n)
    }

    public mutating func bool() throws -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    public mutating func double() throws -> Double { Double(bitPattern: try uint()) }

    public mutating func string() throws -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
    }

    public mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    public mutating func optionalString() throws -> String? { try optional { try $0.string() } }
    public mutating func optionalDouble() throws -> Double? { try optional { try $0.double() } }

    public mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    public mutating func strings() throws -> [String] { try array { try $0.string() } }
}
