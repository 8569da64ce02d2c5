import Content

/// Side effects the core asks the runtime to perform; their results come back as messages.
public indirect enum Effect: Sendable, Equatable {
    case quit
    /// Repaint every cell (Ctrl-L).
    case redrawAll
    /// Record a change to the document's notes in the store; the runtime answers with
    /// `.notesChanged` (what the store now holds) or `.notesFailed` (why saving failed).
    case persist(NoteChange)
    /// Write the notes (as the store holds them) to a file the user named, because the store cannot
    /// be written; the runtime answers with `.notesWritten`, `.notesFailed`, or `.notesFileExists`
    /// when a file is there and `replacing` is not set (the user said yes to replacing it).
    case writeNotes(toFile: String, replacing: Bool)
    /// The user's answer to `Message.notesOffered`: copy the notes into this document's (the runtime
    /// answers with `.notesChanged`), or never use them here.
    case answerNotesOffer(accept: Bool)
    /// Open the library's document `document` (at `item`, when given: in the code `series`, "PR" for
    /// PR2, when it has one, as E2 and PR2 share the number); the runtime reads it and its notes and
    /// answers with `.reviewOpened`, or `.reviewFailed`.
    case openReview(document: Int, at: ItemID?, series: String = "")
    /// Search every document in the library; the runtime answers with `.librarySearched`.
    case searchLibrary(String)
    /// Read the recommendations of these documents of the library, as derived at import (for the themes
    /// and agencies matrices); the runtime answers with `.libraryRecommendationsRead`.
    case readLibraryRecommendations([Int])
    /// Read the commitments of these documents of the library, as derived at import (for the tracker
    /// across reviews), only those of the recommendations `filter` lets through (the recommendation facets
    /// of the library's filter, as `casebook commitments --filter` reads them; nil: every one); the runtime
    /// answers with `.libraryCommitmentsRead`.
    case readLibraryCommitments([Int], filter: String? = nil)
    /// Read the marks (the session plan's candidates) of these documents of the library; the runtime
    /// answers with `.libraryMarksRead`.
    case readMarks([Int])
    /// Mark (or unmark, when marked) `item` of the library's document `document` for the session, in
    /// that review's notes; the runtime answers with `.libraryMarked`.
    case toggleLibraryMark(document: Int, item: ItemID)
    /// Draw the frame (the progress of a long reading) and take the keys typed meanwhile, then go on with
    /// the reading: the runtime answers with `.resumeReading`.
    case drawThenResume(Effect)
}
