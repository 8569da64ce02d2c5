@testable import Library
import Testing

/// The library screen's counts per review, from rowids: the same as a count per rowid in a dictionary,
/// whether the rowids come in order (as the index gives them) or not.
@Suite struct ReviewTallyTests {
    func expected(_ rowids: [Int64], first: Int) -> (counts: [Int: Int], firstOf: [Int: [Int64]]) {
        var counts: [Int: Int] = [:], firstOf: [Int: [Int64]] = [:]
        for rowid in rowids {
            let document = PassageID.document(of: rowid)
            if counts[document, default: 0] < first { firstOf[document, default: []].append(rowid) }
            counts[document, default: 0] += 1
        }
        return (counts, firstOf)
    }

    @Test func eachReviewsCountAndFirstMatchesInAnyOrder() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let rowids = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                PassageID.rowid(document: Int.random(in: 1...5, using: &generator), index: Int.random(in: 0...30, using: &generator))
            }
            for ordered in [rowids.sorted(), rowids] {
                var tally = ReviewTally(firstPerReview: 3)
                for rowid in ordered { tally.add(rowid) }
                tally.flush()
                let wanted = expected(ordered, first: 3)
                #expect(tally.counts == wanted.counts)
                #expect(tally.firstOf == wanted.firstOf)
            }
        }
    }
}
