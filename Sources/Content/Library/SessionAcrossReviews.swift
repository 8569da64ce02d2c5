import Foundation

/// One review's share of a session across the library: its marked recommendations, in document order.
public struct SessionRun: Sendable, Hashable {
    /// The review's library id.
    public var document: Int
    /// What the slides and the handout call it ("Child J").
    public var name: String
    /// The recommendations presented, by their note keys (PR2 apart from E2), each once, in document order.
    public var keys: [ItemID]

    public init(document: Int, name: String, keys: [ItemID]) {
        self.document = document
        self.name = name
        self.keys = keys
    }
}

/// The session plan across reviews, as the browser's `p` in the library, `casebook present` and the
/// handout make it: review by review in the order given, and in each the marked recommendations (a
/// marked part brings its recommendation) in document order. Reviews with nothing marked are left out.
public enum SessionAcrossReviews {
    /// Each review by the name the slides give it (`LibraryEntry.names`, "Child E #13" beside another Child E).
    public static func runs(_ reviews: [(id: Int, name: String, document: ReviewDocument, marks: [ItemID])]) -> [SessionRun] {
        reviews.compactMap { review in
            let keys = keys(marked: review.marks, in: review.document)
            return keys.isEmpty ? nil : SessionRun(document: review.id, name: review.name, keys: keys)
        }
    }

    /// The marked recommendations by their note keys (PR2 apart from E2), in document order, each once;
    /// marks the document no longer has are left out.
    public static func keys(marked: [ItemID], in document: ReviewDocument) -> [ItemID] {
        let wanted = Set(marked.map(\.recommendation))
        var seen = Set<ItemID>()
        return document.keyedRecommendations.map(\.key).filter { wanted.contains($0) && seen.insert($0).inserted }
    }

    /// A session plan's recommendations by their note keys, in the plan's order, each once; those the
    /// document no longer has are left out.
    public static func keys(presenting plan: [ItemID], in document: ReviewDocument) -> [ItemID] {
        let known = Set(document.keyedRecommendations.map(\.key))
        var seen = Set<ItemID>()
        return plan.map(\.recommendation).filter { known.contains($0) && seen.insert($0).inserted }
    }

}

extension LibraryEntry {
    /// The library's order by title, the list's default and the session's across reviews: the title as
    /// its row reads ("Child J: Response to…", so the order is the one a user sees), case and accents
    /// ignored, ties by id, so the order is stable.
    public static func byTitle(_ a: LibraryEntry, _ b: LibraryEntry) -> Bool {
        let (x, y) = (a.titleOrder, b.titleOrder)
        return x != y ? x < y : a.id < b.id
    }

    /// `titleKey` with its numbers in number order ("Child A2" before "Child A10"), for sorting only.
    public var titleOrder: String { Self.numbersInOrder(titleKey) }

    /// Each run of digits padded to 12 with zeros in front, so that text order is number order.
    public static func numbersInOrder(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return text }
        var result = "", digits = ""
        func flush() {
            if !digits.isEmpty { result += String(repeating: "0", count: max(0, 12 - digits.count)) + digits }
            digits = ""
        }
        for character in text {
            if character.isASCII, character.isNumber { digits.append(character) } else { flush(); result.append(character) }
        }
        flush()
        return result
    }

    /// Each review's name across the library, by id: its short name ("Child J"), with its library id
    /// where another review shares it ("Child E #5", "Child E #13"), as the status line's address, the
    /// session's slides and handout, the plan (`M`) and the search results name it.
    public static func names(_ entries: [LibraryEntry]) -> [Int: String] {
        let names = ReviewName.distinct(entries.map { ($0.id, $0.title) })
        return Dictionary(zip(entries.map(\.id), names), uniquingKeysWith: { first, _ in first })
    }

    /// What `byTitle` compares.
    public var titleKey: String { Self.fold(ReviewName.row(title)) }

    /// Case and accents ignored, as the library's sorting and filtering compare text.
    public static func fold(_ text: String) -> String {
        // Plain ASCII (most titles) folds by lower-casing alone, many times quicker than Foundation's
        // folding: the library's first frame folds every title.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
