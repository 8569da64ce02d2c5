import Foundation

/// A document's identity in the library: FNV-1a (64 bits) of its bytes and their count, in hex. Not a
/// defence against tampering, only a fast test of "the same file again".
enum ContentHash {
    static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 16) + "-" + String(data.count)
    }
}
