/// FNV-1a, 64 bit: a fast, stable hash for ids and cache keys.
/// Swift's `Hasher` is seeded per process, so it can never be used for anything that is written out.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init<S: Sequence>(bytes: S) where S.Element == UInt8 {
        combine(bytes: bytes)
    }

    public init(_ string: String) {
        combine(string)
    }

    public mutating func combine<S: Sequence>(bytes: S) where S.Element == UInt8 {
        var h = value
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        value = h
    }

    public mutating func combine(_ string: String) {
        combine(bytes: string.utf8)
        combine(bytes: CollectionOfOne(0xff))  // separator, so ("ab","c") != ("a","bc")
    }

    public mutating func combine(_ int: Int) {
        withUnsafeBytes(of: Int64(int).littleEndian) { combine(bytes: $0) }
    }

    /// Hex digits of the hash, most significant first; `length` ≤ 16.
    public func hex(_ length: Int = 16) -> String {
        let full = String(value, radix: 16)
        let padded = String(repeating: "0", count: 16 - full.count) + full
        return String(padded.prefix(length))
    }

    public static func hex(_ string: String, length: Int = 16) -> String {
        StableHash(string).hex(length)
    }
}
