import Content
import Foundation
import GRDB
@testable import Library
import Testing

/// A review whose title block ends in a date line ("Published: September 2019") is listed by the title
/// the document model gives, as its export is; a library that stored the date line is corrected.
@Suite struct LibraryTitleTests {
    static let title = "Response to the Recommendations of the Local Child Safeguarding Practice Review: Child Y70 (2014)"
    static let text = review(organisation: "Kingsmere Safeguarding Children Partnership",
                             title: title + "\n\nPublished: September 2019",
                             opening: "The partnership asked for this review in March 2014 and answers it here.",
                             recommendations: [("The police should ensure that missing episodes are recorded.",
                                                "Agreed and completed in June 2015.")])

    @Test func aDateLineLastIsNotTheTitleTheLibraryLists() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let path = try scratch.write("child-y70.txt", Self.text)
        _ = try LibraryImporter(store: store).add([path])
        let entry = try #require(try store.entries().first { $0.source.hasSuffix("child-y70.txt") })
        let document = try store.openDocument(id: entry.id)
        #expect(entry.title == Self.title)
        #expect(entry.title == document.title)
        #expect(entry.organisation == document.organisation)
        #expect(entry.organisation == "Kingsmere Safeguarding Children Partnership")
    }

    @Test func aLibraryThatStoredTheDateLineIsCorrectedOnOpening() throws {
        let scratch = try ScratchLibrary()
        defer { scratch.remove() }
        let store = try scratch.open()
        let path = try scratch.write("child-y70.txt", Self.text)
        let other = try scratch.write("child-b.txt", review(organisation: "Ashford Partnership", title: "Published: May 2020",
                                                               opening: "A note with one title line.", recommendations: []))
        _ = try LibraryImporter(store: store).add([path, other])
        // As a library made before migration v9 stored it: the last title line.
        try store.queue.write { db in
            try db.execute(sql: "UPDATE document SET title = 'Published: September 2019' WHERE source LIKE '%child-y70.txt'")
            try db.execute(sql: "UPDATE document SET title = 'Published: May 2030' WHERE source LIKE '%child-b.txt'")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v9:%'")
        }
        let before = try store.entries()
        let reopened = try scratch.open()
        let entries = try reopened.entries()
        #expect(entries.first { $0.source.hasSuffix("child-y70.txt") }?.title == Self.title)
        // A stored date line the review's opening does not hold is left as it was.
        #expect(entries.filter { !$0.source.hasSuffix("child-y70.txt") } == before.filter { !$0.source.hasSuffix("child-y70.txt") })
    }
}
