import Foundation

/// What the library knows a document by, and what the `doc:`, `org:` and `year:` facets ask of it:
/// its library id (nil outside a library), title, organisation and year.
public struct DocumentFacts: Sendable, Hashable {
    public var id: Int?
    public var title: String
    public var organisation: String?
    public var year: Int?

    public init(id: Int? = nil, title: String, organisation: String? = nil, year: Int? = nil) {
        self.id = id
        self.title = title
        self.organisation = organisation
        self.year = year
    }

    /// The facts found in the document itself: its title lines, and the year in them or in a date line
    /// near the top.
    public init(document: ReviewDocument, id: Int? = nil) {
        // The title the document model gives (its export and reader say the same), not the last title
        // line, which is often a date ("Published: March 2019").
        self.init(id: id, title: document.title, organisation: document.organisation, year: Self.year(of: document))
    }

    /// A year 1900–2099 in the title lines (the last wins: "Child J (2019)"), else in the first date of
    /// the opening paragraphs: a short dated line ("Published: 2021", "12/04/2020") or a month and year
    /// in the prose ("notified, in March 2022, of").
    public static func year(of document: ReviewDocument) -> Int? {
        for line in document.titleLines.reversed() {
            if let year = years(in: line).last { return year }
        }
        let opening = document.text.pieces.lazy.filter { $0.place.item == .introduction }.prefix(8)
        for piece in opening {
            if isDateLine(piece.text), let year = years(in: piece.text).first { return year }
            if let found = piece.text.range(of: monthAndYear, options: [.regularExpression, .caseInsensitive]) {
                return years(in: String(piece.text[found])).first
            }
        }
        return nil
    }

    private static let monthAndYear =
        #"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(19|20)[0-9]{2}\b"#

    /// Four-digit numbers 19xx or 20xx standing as words.
    static func years(in text: String) -> [Int] {
        let bytes = Array(text.utf8)
        var found: [Int] = []
        var index = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        while index + 4 <= bytes.count {
            let window = bytes[index..<index + 4]
            let before = index == 0 ? nil : bytes[index - 1]
            let after = index + 4 < bytes.count ? bytes[index + 4] : nil
            if window.allSatisfy(isDigit), !(before.map(isDigit) ?? false), !(after.map(isDigit) ?? false),
               let year = Int(String(decoding: window, as: UTF8.self)), (1900...2099).contains(year) {
                found.append(year)
                index += 4
            } else {
                index += 1
            }
        }
        return found
    }

    /// A short line that reads as a date: it says "date" or "published", or is written 12/04/2020.
    static func isDateLine(_ text: String) -> Bool {
        guard text.count <= 80 else { return false }
        let lower = text.lowercased()
        return ["date", "published", "publication"].contains { lower.contains($0) }
            || text.range(of: #"\b\d{1,2}/\d{1,2}/\d{4}\b"#, options: .regularExpression) != nil
    }
}
