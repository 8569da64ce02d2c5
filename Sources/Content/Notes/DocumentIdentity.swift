/// How a notes file recognises its document. The key comes from the title lines, normalised to
/// lower-case words (so punctuation, case and spacing edits don't change it), and the number of
/// recommendations. When the key changes, because the title was reworded or a recommendation added,
/// the fingerprint of the recommendations' text still recognises the document (see `NotesDirectory`).
public struct DocumentIdentity: Sendable, Hashable {
    /// Enough word pairs to tell documents apart reliably (about ±0.03 on the similarity).
    public static let fingerprintCapacity = 256
    /// A store file whose fingerprint is at least this similar belongs to the document.
    public static let sameDocumentThreshold = 0.6
    /// Below the same-document threshold but at least this similar, a store file may or may not be this
    /// document's (a heavily revised version, or a sibling review from the same template): the browser
    /// asks, and nothing else adopts it. Unrelated documents score far below it (see `Likeness`).
    public static let uncertainThreshold = 0.3

    /// How a stored fingerprint compares with this document's.
    public enum Likeness: Sendable, Equatable {
        /// The notes are this document's (`isSameDocument`).
        case same
        /// Perhaps this document's: ask before using them. `similarity` is between the two thresholds.
        case uncertain(similarity: Double)
        /// Another document's.
        case different
    }

    /// File-name safe: a readable slug of the title, the recommendation count, and a hash.
    public var key: String
    public var fingerprint: TextFingerprint

    /// An identity as worked out before and kept (the library stores each document's, so that finding its
    /// notes needs no parse).
    public init(key: String, fingerprint: TextFingerprint) {
        self.key = key
        self.fingerprint = fingerprint
    }

    public init(_ document: ReviewDocument) {
        var words = document.titleLines.flatMap(TextFingerprint.words(of:))
        if words.isEmpty {
            // No title: the file name is the best remaining clue.
            let name = document.source.split(separator: "/").last.map(String.init) ?? document.source
            words = TextFingerprint.words(of: name)
        }
        let count = document.recommendations.count
        let hash = StableHash.fnv1a64(words.joined(separator: " ") + "|\(count)")
        // Readable part: the end of the title, which usually names the case ("…review-of-child-j").
        let lastLine = TextFingerprint.words(of: document.titleLines.last ?? "").map { $0.filter(\.isASCII) }
        var slug = ""
        for word in lastLine.reversed() where !word.isEmpty && slug.count + word.count < 40 {
            slug = word + (slug.isEmpty ? "" : "-") + slug
        }
        if slug.isEmpty { slug = "document" }
        let hex = String(hash, radix: 16)
        key = slug + "-\(count)r-" + String(repeating: "0", count: 16 - hex.count) + hex

        let text = document.recommendations.isEmpty
            ? document.introduction.map(\.plainText).joined(separator: "\n")
            : document.recommendations.map(\.fullText).joined(separator: "\n")
        fingerprint = TextFingerprint(text, capacity: Self.fingerprintCapacity)
    }

    /// The key plus a hash of the text: the file name for this document when a different document with
    /// the same title lines and recommendation count already uses `key`.
    public var distinctKey: String {
        let hex = String(StableHash.fnv1a64(fingerprint.hashes.map(String.init).joined(separator: " ")), radix: 16)
        return key + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether a notes file that recorded `stored` is this document's (a file from before fingerprints
    /// were kept is taken to be).
    public func isSameDocument(as stored: TextFingerprint) -> Bool {
        likeness(to: stored) == .same
    }

    /// Whether a notes file that recorded `stored` is this document's, perhaps is, or is not.
    public func likeness(to stored: TextFingerprint) -> Likeness {
        stored.isEmpty ? .same : Self.likeness(ofSimilarity: stored.similarity(to: fingerprint))
    }

    /// What a similarity already worked out says, for a caller that also ranks by it.
    public static func likeness(ofSimilarity similarity: Double) -> Likeness {
        if similarity >= sameDocumentThreshold { return .same }
        return similarity >= uncertainThreshold ? .uncertain(similarity: similarity) : .different
    }
}
