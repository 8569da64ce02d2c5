import Foundation

/// A note a reader or trainer wrote on one item of a document.
public struct Note: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable {
        /// A reader's or trainer's own note.
        case note
        /// What the room said, captured in presentation mode, usually in answer to `question`.
        case roomAnswer
    }

    /// Unique across processes, so two casebook processes never confuse their notes.
    public var id: String
    public var target: NoteTarget
    public var kind: Kind
    /// For a room answer: the reflective question it answers, if any.
    public var question: String?
    /// The note itself; may span several lines.
    public var text: String
    public var createdAt: Date
    /// Decides which edit wins when two processes changed the same note.
    public var updatedAt: Date
    /// The target's text when the note was last written, so the note can follow its text when
    /// an edited document moves it to another id.
    public var anchor: TextFingerprint

    public init(id: String = UUID().uuidString, target: NoteTarget, kind: Kind = .note, question: String? = nil,
                text: String, createdAt: Date, updatedAt: Date? = nil, anchor: TextFingerprint) {
        self.id = id
        self.target = target
        self.kind = kind
        self.question = question
        self.text = text
        self.createdAt = StoredDate.rounded(createdAt)
        self.updatedAt = StoredDate.rounded(updatedAt ?? createdAt)
        self.anchor = anchor
    }

    /// A new note on `target`, anchored to its text in `document`.
    public init(on target: NoteTarget, in document: ReviewDocument, kind: Kind = .note, question: String? = nil,
                text: String, now: Date = Date()) {
        self.init(target: target, kind: kind, question: question, text: text, createdAt: now,
                  anchor: TextFingerprint(document.anchorText(for: target) ?? ""))
    }

    /// The same note with new text, stamped `now` and re-anchored to the target's current text.
    public func edited(text: String, in document: ReviewDocument, now: Date = Date()) -> Note {
        var note = self
        note.text = text
        note.updatedAt = StoredDate.rounded(now)
        if let current = document.anchorText(for: target) { note.anchor = TextFingerprint(current) }
        return note
    }

    /// The first line, for one-line lists such as the notes view.
    public var firstLine: String {
        text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    }
}

extension Note {
    enum CodingKeys: String, CodingKey {
        case id, target, series, kind, question, text, createdAt, updatedAt, anchor
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        target = try container.decodeTarget(forKey: .target, seriesKey: .series)
        kind = try container.decode(Kind.self, forKey: .kind)
        question = try container.decodeIfPresent(String.self, forKey: .question)
        text = try container.decode(String.self, forKey: .text)
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        anchor = try container.decode(TextFingerprint.self, forKey: .anchor)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(target, forKey: .target, seriesKey: .series)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(question, forKey: .question)
        try container.encode(text, forKey: .text)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(anchor, forKey: .anchor)
    }
}

/// Dates in notes files are ISO 8601 in UTC with milliseconds ("2026-11-26T16:48:04.045Z"). Dates are
/// rounded to whole milliseconds before use and written from that whole number, so a note read back
/// from disk equals the note that was written.
enum StoredDate {
    static func rounded(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    static func string(_ date: Date) -> String {
        let total = milliseconds(date)
        let seconds = total.quotientAndRemainder(dividingBy: 1000)
        let (whole, fraction) = seconds.remainder < 0
            ? (seconds.quotient - 1, seconds.remainder + 1000) : (seconds.quotient, seconds.remainder)
        let stamp = Date(timeIntervalSince1970: Double(whole)).formatted(Date.ISO8601FormatStyle())
        let digits = String(fraction)
        return stamp.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// Reads what `string` writes, and also whole seconds or any other fraction. Anything else, and any
    /// date too far off to count in milliseconds, is nil: a notes file is input, and may be hostile.
    static func date(_ string: String) -> Date? {
        guard let date = parse(string), representable(date) else { return nil }
        return date
    }

    private static func parse(_ string: String) -> Date? {
        guard string.hasSuffix("Z") else { return try? Date.ISO8601FormatStyle().parse(string) }
        let parts = string.dropLast().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let stamp = parts.first, !stamp.isEmpty,
              let whole = try? Date.ISO8601FormatStyle().parse(stamp + "Z") else { return nil }
        guard parts.count == 2 else { return whole }
        // Only decimal digits: Double would also take "1e308", "nan" or "-5".
        let digits = parts[1]
        guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }),
              let value = Double("0." + digits) else { return nil }
        return Date(timeIntervalSince1970: whole.timeIntervalSince1970 + value)
    }

    /// Whole milliseconds since 1970 fit an Int64 (about ±292 million years).
    private static func representable(_ date: Date) -> Bool {
        let value = date.timeIntervalSince1970 * 1000
        return value.isFinite && abs(value) < 9.0e15
    }

    private static func milliseconds(_ date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1000).rounded()
        // Never trap: a date from elsewhere that slipped past `date(_:)` is clamped, not a crash.
        guard value.isFinite else { return 0 }
        return Int64(max(-9.0e15, min(9.0e15, value)))
    }
}
