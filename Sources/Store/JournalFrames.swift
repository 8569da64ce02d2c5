import Foundation

/// How records sit in the journal file, one after another:
///
///     "cbj1"  length (UInt32, little-endian)  CRC-32 of those 8 bytes  payload  CRC-32 of the payload
///
/// The header's own checksum tells a length that was never written whole (a killed writer: the file just
/// ends early, and the record is ignored) from one that was damaged (a flipped bit that would otherwise
/// pass for a short file and silently drop every record after it).
package enum JournalFrames {
    static let magic: [UInt8] = Array("cbj1".utf8)
    static let headerSize = 12
    static let overhead = headerSize + 4

    package static func frame(_ payload: Data) -> Data {
        var header = magic + littleEndian(UInt32(payload.count))
        header += littleEndian(CRC32.checksum(header))
        var data = Data(header)
        data.append(payload)
        data.append(contentsOf: littleEndian(CRC32.checksum(payload)))
        return data
    }

    /// Where reading the frames stopped.
    package enum Ending: Equatable {
        /// At the end of the data, after a whole frame.
        case clean
        /// In the last frame, which the data ends before (a writer killed mid-append): not an error.
        case torn
        /// At a frame that is whole but damaged: its magic, header or checksum is wrong.
        case damaged
    }

    /// The payloads of the whole, good frames at the start of `data`, each with the offset just after
    /// it, and why reading stopped after them. Never trusts a length before its checksum, never reads
    /// out of bounds.
    package static func read(_ data: Data) -> (frames: [(payload: Data, end: Int)], ending: Ending) {
        let bytes = [UInt8](data)
        var frames: [(payload: Data, end: Int)] = []
        var offset = 0
        while offset < bytes.count {
            guard bytes.count - offset >= headerSize else { return (frames, .torn) }
            let header = bytes[offset..<(offset + 8)]
            guard header.prefix(4).elementsEqual(magic),
                  number(bytes, at: offset + 8) == CRC32.checksum(header) else { return (frames, .damaged) }
            let length = Int(number(bytes, at: offset + 4))
            let start = offset + headerSize
            guard bytes.count - start >= length + 4 else {
                // A writer killed mid-append leaves its frame last; a good frame further on means the
                // length itself is wrong, and the frames after it are worth keeping aside.
                return (frames, hasFrameHeader(bytes, after: start) ? .damaged : .torn)
            }
            let payload = bytes[start..<(start + length)]
            guard number(bytes, at: start + length) == CRC32.checksum(payload) else { return (frames, .damaged) }
            offset = start + length + 4
            frames.append((Data(payload), offset))
        }
        return (frames, .clean)
    }

    private static func hasFrameHeader(_ bytes: [UInt8], after start: Int) -> Bool {
        var offset = start
        while offset + headerSize <= bytes.count {
            if bytes[offset] == magic[0], bytes[offset..<(offset + 4)].elementsEqual(magic),
               number(bytes, at: offset + 8) == CRC32.checksum(bytes[offset..<(offset + 8)]) { return true }
            offset += 1
        }
        return false
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    private static func number(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << ($1 * 8) }
    }
}
