import Content
import Foundation

/// Where new notes get their ids: a seeded generator the runtime gives the browser at start, so the
/// core makes ids without asking the system, and tests get the same ids on every run.
public struct NoteIDSource: Sendable, Hashable {
    private var words: SplitMix

    /// The runtime seeds from a random source; ids stay unique across processes as UUIDs would.
    public init(seed: UInt64) { words = SplitMix(seed: seed) }

    /// The next id, shaped as a version-4 UUID (as Foundation's random UUIDs were).
    public mutating func next() -> String {
        var bytes = [UInt8]()
        for _ in 0..<2 {
            let word = words.next()
            bytes += (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let uuid = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        return uuid.uuidString
    }
}
