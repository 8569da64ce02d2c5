import Content
import Foundation
import Learning
import Search

/// A library read from the files of one folder, parsed in memory at start: the built-in document
/// (id 1) and every file casebook can open under the folder (ids 2…, in path order). A stand-in for
/// the library store, behind `CASEBOOK_LIBRARY_FOLDER=DIR`, for trying the library browser
/// and its end-to-end tests; files that cannot be read are left out.
struct FolderCatalog: LibraryCatalog {
    private let documents: [(entry: LibraryEntry, document: ReviewDocument, index: SearchIndex)]

    init(folder: String) throws(CommandFailure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("\(folder): no such folder")
        }
        let paths = (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
            .filter { !$0.hasSuffix(".local.txt") && !$0.hasPrefix(".") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
        var loaded = [DocumentArgument.builtIn()]
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let document = try? DocumentArgument.load(path: path, reportingEncoding: false) else { continue }
            loaded.append(document)
        }
        documents = loaded.enumerated().map { offset, document in
            let (learning, index) = SearchIndex.withLearning(of: document)
            return (Self.entry(id: offset + 1, document: document, learning: learning), document, index)
        }
    }

    private static func entry(id: Int, document: ReviewDocument, learning: LearningIndex) -> LibraryEntry {
        var counts: [String: Int] = [:]
        for value in learning.recommendations.compactMap(\.status?.value) { counts[value.rawValue, default: 0] += 1 }
        return LibraryEntry(id: id, title: document.title, organisation: document.organisation,
                            year: year(in: document.titleLines.joined(separator: " "))
                                ?? year(in: document.text.pieces.prefix(4).map(\.text).joined(separator: " ")), source: document.source,
                            recommendationCount: document.recommendationCount, statusCounts: counts,
                            themes: Set(learning.recommendations.flatMap(\.themeNames)).sorted(),
                            agencies: Set(learning.recommendations.flatMap(\.allAgencies)).sorted(),
                            flags: StoredFacetPicker.flagNames.filter { !(learning.recommendationsMatching(facet: "has", value: $0) ?? []).isEmpty })
    }

    /// The first year (19xx or 20xx) in the text, if any.
    private static func year(in text: String) -> Int? {
        guard let range = text.range(of: #"\b(19|20)[0-9]{2}\b"#, options: .regularExpression) else { return nil }
        return Int(text[range])
    }

    func entries() throws -> [LibraryEntry] { documents.map(\.entry) }

    func document(id: Int) throws -> ReviewDocument {
        guard let found = documents.first(where: { $0.entry.id == id }) else { throw CommandFailure("no document \(id)") }
        return found.document
    }

    /// Each document's own search, one hit per item matched, ranked by how many matches it has.
    func search(_ query: String, limit: Int) throws -> [LibraryHit] {
        let parsed = try SearchQuery(typing: query)
        var hits: [LibraryHit] = []
        for (entry, document, index) in documents {
            let matches = index.run(parsed).matches
            var order: [Place.Item] = []
            var byItem: [Place.Item: [Place]] = [:]
            for place in matches {
                if byItem[place.item] == nil { order.append(place.item) }
                byItem[place.item, default: []].append(place)
            }
            for item in order {
                let places = byItem[item] ?? []
                var id: ItemID?
                if case let .recommendation(number, _) = item {
                    var part: Character?
                    if case let .part(letter) = places[0].zone { part = letter }
                    id = ItemID(number: number, part: part)
                }
                hits.append(LibraryHit(document: entry.id, documentTitle: entry.title, item: id,
                                       snippet: Self.snippet(at: places[0], in: document), rank: -Double(places.count)))
            }
        }
        return Array(hits.sorted { $0.rank < $1.rank }.prefix(limit))
    }

    /// The words around a match, on one line.
    private static func snippet(at place: Place, in document: ReviewDocument) -> String {
        guard let piece = document.text.index(of: place) else { return "" }
        let utf8 = Array(document.text.pieces[piece].text.utf8)
        // Cut between characters, never inside one's UTF-8 bytes.
        func isInside(_ index: Int) -> Bool { index < utf8.count && utf8[index] & 0xC0 == 0x80 }
        var start = max(0, place.range.lowerBound - 30)
        while start > 0, isInside(start) { start -= 1 }
        var end = min(utf8.count, place.range.upperBound + 60)
        while isInside(end) { end += 1 }
        let text = String(decoding: utf8[start..<end], as: UTF8.self)
        return (start > 0 ? "…" : "") + text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
