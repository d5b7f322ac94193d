/// A fast 64-bit hash of template values, for page fingerprints only.
///
/// It reads eight bytes at a time where `StableHash` (FNV-1a) reads one, and hashes a dictionary's
/// entries in any order (their hashes are added), so no keys are sorted. Nothing it makes is ever
/// written into a page: ids come from `StableHash`, whose values must never change.
struct ValueHash {
    private(set) var value: UInt64

    init(seed: UInt64 = 0x243F_6A88_85A3_08D3) {
        value = seed
    }

    private static let k1: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let k2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        var h = (value ^ word) &* Self.k1
        h ^= h >> 29
        value = h
    }

    mutating func combine(_ int: UInt64) {
        mix(int)
    }

    mutating func combine(_ string: String) {
        var s = string
        s.withUTF8 { combine(bytes: $0) }
    }

    mutating func combine(bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            mix(tail)
        }
        // The length ends the string, so ("ab", "c") and ("a", "bc") differ.
        mix(UInt64(n) &* Self.k2)
    }

    /// Hash of template values: strings, booleans, numbers, lists and string-keyed dictionaries.
    static func of(_ value: Any, seed: UInt64 = 0x243F_6A88_85A3_08D3) -> UInt64 {
        var h = ValueHash(seed: seed)
        h.add(value)
        return h.value
    }

    private mutating func add(_ value: Any) {
        switch value {
        case let s as String:
            mix(1)
            combine(s)
        case let dict as [String: Any]:
            // Entries hashed on their own and added: the same dictionary in any order hashes alike.
            var sum: UInt64 = 0
            for (k, v) in dict {
                var entry = ValueHash(seed: Self.k2)
                entry.combine(k)
                entry.add(v)
                entry.mix(0)
                sum &+= entry.value
            }
            mix(2)
            mix(sum)
            mix(UInt64(dict.count))
        case let list as [Any]:
            mix(3)
            for v in list { add(v) }
            mix(UInt64(list.count))
        case let b as Bool:
            mix(b ? 4 : 5)
        case let i as Int:
            mix(6)
            mix(UInt64(bitPattern: Int64(i)))
        case let d as Double:
            mix(7)
            mix(d.bitPattern)
        default:
            mix(8)
            combine(String(describing: value))
        }
    }
}
