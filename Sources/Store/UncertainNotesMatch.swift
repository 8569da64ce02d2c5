import Content

/// Another notes file that may be this document's: its fingerprint is below the same-document threshold
/// but well above what unrelated documents score (`DocumentIdentity.Likeness.uncertain`). `NoteStore`
/// never adopts it by itself; the browser asks, the command line says so.
public struct UncertainNotesMatch: Sendable, Equatable {
    /// The file's name in the notes directory.
    public var fileName: String
    /// The document the notes were written on, as the file describes it.
    public var title: String
    public var source: String
    public var noteCount: Int
    public var markCount: Int
    /// How alike the two documents' recommendations are, 0…1.
    public var similarity: Double

    public init(fileName: String, title: String, source: String, noteCount: Int, markCount: Int, similarity: Double) {
        self.fileName = fileName
        self.title = title
        self.source = source
        self.noteCount = noteCount
        self.markCount = markCount
        self.similarity = similarity
    }

    init(fileName: String, notes: DocumentNotes, similarity: Double) {
        self.init(fileName: fileName, title: notes.title, source: notes.source, noteCount: notes.notes.count,
                  markCount: notes.marks.count, similarity: similarity)
    }

    /// "12 notes, 3 marks": what would be used.
    public var contents: String {
        var parts: [String] = []
        if noteCount > 0 { parts.append(Counted.of(noteCount, "note")) }
        if markCount > 0 { parts.append(Counted.of(markCount, "mark")) }
        return parts.joined(separator: ", ")
    }

    /// "45%", rounded down so that it never reads as the same-document threshold.
    public var percentAlike: String { "\(Int(similarity * 100))%" }

    /// The line the command line prints: the notes are not used, and how to choose.
    public var commandLineNotice: String {
        "notes for \"\(TerminalSafe.clean(title))\" (\(contents), \(TerminalSafe.clean(source))) were written on a document "
            + "\(percentAlike) alike; they are not used here: open this document in the browser (casebook FILE) to choose"
    }
}
