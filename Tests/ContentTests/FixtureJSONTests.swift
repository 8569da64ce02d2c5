import Foundation
import TestFixtures
import Testing

/// Fixture JSON that does not decode fails with its file, the key and the cause, not a bare nil.
@Suite struct FixtureJSONTests {
    struct Sample: Decodable {
        struct Item: Decodable { var number: Int }
        var items: [Item]
    }

    private func decodeError(_ json: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("casebook-\(UUID().uuidString).expected.json")
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: FixtureError.self) { try FixtureJSON.decode(Sample.self, from: url) }
        #expect(error.description.hasPrefix(url.lastPathComponent + ": "), "\(error)")
        return error.description
    }

    @Test func aWrongTypeNamesItsKey() throws {
        let message = try decodeError(#"{"items": [{"number": 1}, {"number": "two"}]}"#)
        #expect(message.contains("at items[1].number: expected Int"), "\(message)")
    }

    @Test func aMissingKeyIsNamed() throws {
        let message = try decodeError(#"{"items": [{"count": 1}]}"#)
        #expect(message.contains("at items[0]: missing key \"number\""), "\(message)")
    }

    @Test func brokenJSONSaysSo() throws {
        let message = try decodeError(#"{"items": [ "#)
        #expect(message.contains("at (top): "), "\(message)")
    }
}
