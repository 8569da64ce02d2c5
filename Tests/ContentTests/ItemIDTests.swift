@testable import Content
import Testing

@Suite struct ItemIDTests {
    @Test(arguments: [
        ("3", ItemID(number: 3)),
        ("3b", ItemID(number: 3, part: "b")),
        ("R3b", ItemID(number: 3, part: "b")),
        ("r3B", ItemID(number: 3, part: "b")),
        ("Recommendation 3b", ItemID(number: 3, part: "b")),
        ("rec 10", ItemID(number: 10)),
        (" 7a ", ItemID(number: 7, part: "a")),
    ])
    func parses(_ raw: String, _ expected: ItemID) {
        #expect(ItemID(parsing: raw) == expected)
    }

    @Test(arguments: ["", "b3", "3bb", "x", "R", "3-b", "Recommendation"])
    func rejects(_ raw: String) {
        #expect(ItemID(parsing: raw) == nil)
    }

    @Test func describesAndOrders() {
        #expect(ItemID(number: 3, part: "B").description == "3b")
        #expect(ItemID(number: 3, part: "b").recommendation == ItemID(number: 3))
        let sorted = [ItemID(number: 10), ItemID(number: 3, part: "b"), ItemID(number: 3), ItemID(number: 3, part: "a")].sorted()
        #expect(sorted.map(\.description) == ["3", "3a", "3b", "10"])
    }
}
