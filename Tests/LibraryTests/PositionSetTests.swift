import Foundation
@testable import Library
import Testing

/// A document's recommendations as bits: stored as a blob and read back unchanged, and combined as
/// sets of positions combine.
@Suite struct PositionSetTests {
    static func set(_ positions: [Int]) -> PositionSet {
        var set = PositionSet()
        for position in positions { set.insert(position) }
        return set
    }

    private static func positions(of set: PositionSet, upTo limit: Int = 300) -> [Int] { (0..<limit).filter(set.contains) }

    @Test func aBlobReadsBackAsTheSamePositionsInAsFewBytesAsTheHighestNeeds() {
        for positions in [[], [0], [7], [8], [0, 7, 8, 63], [64], [63, 64, 65, 127, 128], [200, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 168]] {
            let set = Self.set(positions)
            let blob = set.blob
            #expect(blob.count == (positions.max().map { $0 / 8 + 1 } ?? 0), "\(positions)")
            let read = PositionSet(blob: blob)
            #expect(read == set, "\(positions)")
            #expect(Self.positions(of: read) == positions.sorted(), "\(positions)")
            #expect(read.isEmpty == positions.isEmpty)
        }
        // Byte k is positions 8k…8k+7, lowest bit first.
        #expect(Self.set([0, 9]).blob == Data([0b0000_0001, 0b0000_0010]))
        #expect(!Self.set([5]).contains(-1) && !Self.set([5]).contains(1_000))
    }

    @Test func combiningIsCombiningTheirPositions() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...20, using: &generator)).map { _ in Int.random(in: 0...190, using: &generator) }
            let b = (0..<Int.random(in: 0...20, using: &generator)).map { _ in Int.random(in: 0...70, using: &generator) }
            var union = Self.set(a), intersection = Self.set(a), difference = Self.set(a)
            union.formUnion(Self.set(b))
            intersection.formIntersection(Self.set(b))
            difference.subtract(Self.set(b))
            #expect(Self.positions(of: union) == Set(a).union(b).sorted(), "\(a) \(b)")
            #expect(Self.positions(of: intersection) == Set(a).intersection(b).sorted(), "\(a) \(b)")
            #expect(Self.positions(of: difference) == Set(a).subtracting(b).sorted(), "\(a) \(b)")
            // Equal sets are equal however many empty words either holds.
            #expect((intersection == Self.set(Array(Set(a).intersection(b)))), "\(a) \(b)")
        }
    }
}
