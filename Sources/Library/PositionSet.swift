import Foundation

/// Some of a document's recommendations, by position, as bits: bit p is the recommendation at position
/// p. A document has tens of recommendations, so a facet's verdict on all of them is a few words, and
/// stored (`LearningPositions`) a blob of a few bytes, one row per document rather than per recommendation.
struct PositionSet: Sendable, Equatable {
    private var words: [UInt64] = []

    init() {}

    /// From a stored blob: byte k holds positions 8k…8k+7, the lowest bit first.
    init(blob: Data) {
        words = [UInt64](repeating: 0, count: (blob.count + 7) / 8)
        for (offset, byte) in blob.enumerated() where byte != 0 { words[offset / 8] |= UInt64(byte) << UInt64(8 * (offset % 8)) }
    }

    /// The blob `init(blob:)` reads: only as many bytes as the highest position needs.
    var blob: Data {
        var bytes: [UInt8] = []
        for word in words { for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) } }
        while bytes.last == 0 { bytes.removeLast() }
        return Data(bytes)
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The same positions, however many trailing empty words either holds.
    static func == (a: PositionSet, b: PositionSet) -> Bool {
        (0..<max(a.words.count, b.words.count)).allSatisfy { a.word($0) == b.word($0) }
    }

    private func word(_ index: Int) -> UInt64 { index < words.count ? words[index] : 0 }

    func contains(_ position: Int) -> Bool {
        position >= 0 && position / 64 < words.count && words[position / 64] & (1 << UInt64(position % 64)) != 0
    }

    mutating func insert(_ position: Int) {
        precondition(position >= 0, "a recommendation's position is never negative")
        if position / 64 >= words.count { words += [UInt64](repeating: 0, count: position / 64 + 1 - words.count) }
        words[position / 64] |= 1 << UInt64(position % 64)
    }

    mutating func formUnion(_ other: PositionSet) {
        if other.words.count > words.count { words += [UInt64](repeating: 0, count: other.words.count - words.count) }
        for index in other.words.indices { words[index] |= other.words[index] }
    }

    mutating func formIntersection(_ other: PositionSet) {
        for index in words.indices { words[index] &= index < other.words.count ? other.words[index] : 0 }
    }

    mutating func subtract(_ other: PositionSet) {
        for index in words.indices where index < other.words.count { words[index] &= ~other.words[index] }
    }
}
