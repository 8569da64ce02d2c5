import Content
import Testing
@testable import TUICore

/// The browser finds a recommendation's index by its item or number by binary search (issue 14,
/// memory), in order or not, numbers repeated or not.
@Suite struct RecommendationLookupTests {
    @Test func findsEachItemAndTheFirstOfEachNumber() {
        let orders: [[Place.Item]] = [
            [.recommendation(1), .recommendation(2), .recommendation(3)],
            [.recommendation(5), .recommendation(2), .recommendation(number: 5, occurrence: 1), .recommendation(1),
             .recommendation(number: 2, occurrence: 1)],
            [],
        ]
        for items in orders {
            let lookup = RecommendationLookup(items)
            for (index, item) in items.enumerated() { #expect(lookup[item] == index) }
            for number in Set(items.compactMap { if case let .recommendation(number, _) = $0 { number } else { nil } }) {
                #expect(lookup[number] == items.firstIndex(of: .recommendation(number)))
            }
            #expect(lookup[4] == nil)
            #expect(lookup[.recommendation(number: 1, occurrence: 1)] == nil)
            #expect(lookup[Place.Item.introduction] == nil)
        }
    }
}
