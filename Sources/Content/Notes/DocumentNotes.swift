import Foundation

/// Everything casebook remembers about one document: its notes, marks, session plan and where the
/// reader left off, plus enough about the document to recognise it (and a lightly edited copy) again.
/// This is the content of one notes file.
public struct DocumentNotes: Sendable, Hashable {
    /// Bumped when the file layout changes incompatibly; a newer file is refused, not overwritten.
    /// 2: the latest changes are in a journal beside the file (see the Store target), which a casebook
    /// reading format 1 would not see, and would lose by rewriting the file.
    public static let currentFormat = 2

    public var format: Int
    /// The document's key when this file was created: also its file name.
    public var documentKey: String
    /// Where the document was last opened from, and its title: shown in the notes view.
    public var source: String
    public var title: String
    /// The recommendations' text, for recognising an edited copy whose key changed.
    public var fingerprint: TextFingerprint
    /// In the order they were written.
    public var notes: [Note]
    /// Items marked in the browser (`m`).
    public var marks: Set<ItemID>
    /// Each mark's item's text when it was marked, so that the mark follows the text, as a note does
    /// (`NoteAnchoring`); none for a mark written by a casebook before marks were anchored.
    public var markAnchors: [ItemID: TextFingerprint] = [:]
    /// The session plan, in presentation order (`--only 3,5,6`, or the marks when it is empty).
    public var plan: [ItemID]
    public var lastPosition: ReadingPosition?
    /// Editor text a signal interrupted, offered again when the editor reopens on its note.
    public var drafts: [NoteDraft]

    public init(documentKey: String, source: String, title: String, fingerprint: TextFingerprint,
                notes: [Note] = [], marks: Set<ItemID> = [], plan: [ItemID] = [], lastPosition: ReadingPosition? = nil,
                drafts: [NoteDraft] = []) {
        self.format = Self.currentFormat
        self.documentKey = documentKey
        self.source = source
        self.title = title
        self.fingerprint = fingerprint
        self.notes = notes
        self.marks = marks
        self.plan = plan
        self.lastPosition = lastPosition
        self.drafts = drafts
    }

    /// An empty record for `document`.
    public init(for document: ReviewDocument) {
        let identity = DocumentIdentity(document)
        self.init(documentKey: identity.key, source: document.source, title: document.title,
                  fingerprint: identity.fingerprint)
    }

    /// What to present: the plan, or when there is none, the marked items in document order.
    public var presentationOrder: [ItemID] { plan.isEmpty ? marks.sorted() : plan }

    public func notes(on target: NoteTarget) -> [Note] { notes.filter { $0.target == target } }

    /// Notes on a recommendation (by its note key: number and any series) and on any of its parts, in
    /// document order, oldest first.
    public func notes(onRecommendation key: ItemID) -> [Note] {
        notesInDocumentOrder.filter { $0.target.itemID?.recommendation == key.recommendation }
    }

    /// Every note, in document order (the introduction first), oldest first on each item:
    /// for the notes view.
    public var notesInDocumentOrder: [Note] {
        notes.sorted { ($0.target, $0.createdAt) < ($1.target, $1.createdAt) }
    }

    /// The targets that carry at least one note, for outline markers.
    public var notedTargets: Set<NoteTarget> { Set(notes.map(\.target)) }

    public func note(withID id: String) -> Note? { notes.first { $0.id == id } }
}

extension DocumentNotes: Codable {
    enum CodingKeys: String, CodingKey {
        case format, documentKey, source, title, fingerprint, notes, marks, markSeries, markAnchors, plan, planSeries, lastPosition, drafts
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        documentKey = try container.decode(String.self, forKey: .documentKey)
        source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        fingerprint = try container.decodeIfPresent(TextFingerprint.self, forKey: .fingerprint)
            ?? TextFingerprint(hashes: [], capacity: DocumentIdentity.fingerprintCapacity)
        notes = try container.decodeIfPresent([Note].self, forKey: .notes) ?? []
        marks = Set(SeriesCoding.ids(try container.decodeIfPresent([ItemID].self, forKey: .marks) ?? [],
                                     in: try container.decodeIfPresent([String].self, forKey: .markSeries)))
        // Beside the marks, in their sorted order, null for one without.
        let anchors = try container.decodeIfPresent([TextFingerprint?].self, forKey: .markAnchors) ?? []
        for (mark, anchor) in zip(marks.sorted(), anchors) { markAnchors[mark] = anchor }
        plan = SeriesCoding.ids(try container.decodeIfPresent([ItemID].self, forKey: .plan) ?? [],
                                in: try container.decodeIfPresent([String].self, forKey: .planSeries))
        lastPosition = try container.decodeIfPresent(ReadingPosition.self, forKey: .lastPosition)
        drafts = try container.decodeIfPresent([NoteDraft].self, forKey: .drafts) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(documentKey, forKey: .documentKey)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(fingerprint, forKey: .fingerprint)
        try container.encode(notes, forKey: .notes)
        // Sorted, so the same marks always write the same file.
        let marks = marks.sorted()
        try container.encode(marks, forKey: .marks)
        // Series beside the ids, only when one has any (`SeriesCoding`).
        try container.encodeIfPresent(SeriesCoding.series(of: marks), forKey: .markSeries)
        if marks.contains(where: { markAnchors[$0] != nil }) { try container.encode(marks.map { markAnchors[$0] }, forKey: .markAnchors) }
        try container.encode(plan, forKey: .plan)
        try container.encodeIfPresent(SeriesCoding.series(of: plan), forKey: .planSeries)
        try container.encodeIfPresent(lastPosition, forKey: .lastPosition)
        // Only when there are any, so a file without drafts reads as earlier versions wrote it.
        if !drafts.isEmpty { try container.encode(drafts, forKey: .drafts) }
    }
}

/// The JSON form of a notes file: readable, stable key order, dates with milliseconds. Generic, so the
/// store's own records (its journal) carry notes in the same form.
package enum NotesFileCoding {
    /// `pretty`: indented, for a file people may read; otherwise one line.
    package static func encode<Value: Encodable>(_ value: Value, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(StoredDate.string(date))
        }
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    package static func decode(_ data: Data) throws -> DocumentNotes {
        try decode(DocumentNotes.self, from: data)
    }

    package static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let raw = try container.decode(String.self)
            guard let date = StoredDate.date(raw) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(raw)")
            }
            return StoredDate.rounded(date)
        }
        return try decoder.decode(type, from: data)
    }
}
