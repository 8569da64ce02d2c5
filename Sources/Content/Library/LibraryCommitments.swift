/// The commitments of library reviews, packed: a library of 2,000 reviews holds more than 600,000, and
/// as values of their own (a few strings each) they would take several hundred megabytes. Here each
/// sentence's words are bytes in one buffer, a name (owner, due period, status, the committing words)
/// is kept once and referred to, and a citation that says what every citation of its kind says
/// ("Recommendation 5, line 84") is rebuilt rather than kept. A commitment is made whole when read.
public struct LibraryCommitments: RandomAccessCollection, Sendable, Equatable {
    private struct Packed: Sendable {
        var document: Int32
        var recommendation: Int32
        var position: Int32
        /// -1 for none.
        var line: Int32
        var owner: Int32
        var due: Int32
        var status: Int32
        var words: Int32
        /// The code's series letters, as a name (-1 for none).
        var series: Int32
        /// Where the sentence ends in `bytes`, then the citation when it is not the usual one.
        var sentenceEnd: Int
        var citationEnd: Int
    }

    private var packed: [Packed] = []
    private var bytes: [UInt8] = []
    private var names: [String] = []
    private var nameIndex: [String: Int32] = [:]

    public init() {}

    public init(_ commitments: some Sequence<LibraryCommitment>) {
        for commitment in commitments { append(commitment) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { packed.count }

    public subscript(position: Int) -> LibraryCommitment {
        let row = packed[position]
        let start = position == 0 ? 0 : packed[position - 1].citationEnd
        let sentence = String(decoding: bytes[start..<row.sentenceEnd], as: UTF8.self)
        let line = row.line < 0 ? nil : Int(row.line)
        let series = name(row.series) ?? ""
        let citation = row.citationEnd == row.sentenceEnd
            ? Self.usualCitation(code: series + "\(row.recommendation)", line: line)
            : String(decoding: bytes[row.sentenceEnd..<row.citationEnd], as: UTF8.self)
        return LibraryCommitment(document: Int(row.document), recommendation: Int(row.recommendation), sentence: sentence,
                                 owner: name(row.owner), due: name(row.due), status: name(row.status) ?? "",
                                 words: name(row.words) ?? "", line: line, citation: citation,
                                 position: Int(row.position), series: series)
    }

    /// The code of a commitment's recommendation ("PR2", "5"), without making the rest of it.
    public func code(at position: Int) -> String {
        series(at: position) + "\(packed[position].recommendation)"
    }

    /// The letters of a commitment's recommendation's code ("PR"); "" for a plain number.
    public func series(at position: Int) -> String { name(packed[position].series) ?? "" }

    /// The document and recommendation of a commitment, without making the rest of it.
    public func recommendation(at position: Int) -> (document: Int, number: Int, position: Int) {
        (Int(packed[position].document), Int(packed[position].recommendation), Int(packed[position].position))
    }

    public mutating func append(_ commitment: LibraryCommitment) {
        bytes.append(contentsOf: commitment.sentence.utf8)
        let sentenceEnd = bytes.count
        if commitment.citation != Self.usualCitation(code: commitment.code, line: commitment.line) {
            bytes.append(contentsOf: commitment.citation.utf8)
        }
        packed.append(Packed(document: Int32(truncatingIfNeeded: commitment.document),
                             recommendation: Int32(truncatingIfNeeded: commitment.recommendation),
                             position: Int32(truncatingIfNeeded: commitment.position),
                             line: commitment.line.map { Int32(truncatingIfNeeded: $0) } ?? -1,
                             owner: index(commitment.owner), due: index(commitment.due), status: index(commitment.status),
                             words: index(commitment.words), series: commitment.series.isEmpty ? -1 : index(commitment.series), sentenceEnd: sentenceEnd, citationEnd: bytes.count))
    }

    /// Room for `count` commitments of `bytes` bytes of words in all, so that reading a library's does
    /// not copy the buffers as they grow (a copy holds both, old and new, at once).
    public mutating func reserveCapacity(_ count: Int, bytes: Int) {
        packed.reserveCapacity(count)
        self.bytes.reserveCapacity(bytes)
    }

    public mutating func append(contentsOf commitments: some Sequence<LibraryCommitment>) {
        for commitment in commitments { append(commitment) }
    }

    /// "Recommendation 5, line 84", "Recommendation PR2, line 84": how a response's sentence is cited.
    private static func usualCitation(code: String, line: Int?) -> String {
        "Recommendation \(code)" + (line.map { ", line \($0)" } ?? "")
    }

    private mutating func index(_ name: String?) -> Int32 {
        guard let name else { return -1 }
        if let known = nameIndex[name] { return known }
        let index = Int32(names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    private func name(_ index: Int32) -> String? { index < 0 ? nil : names[Int(index)] }

    public static func == (left: LibraryCommitments, right: LibraryCommitments) -> Bool { left.elementsEqual(right) }
}
