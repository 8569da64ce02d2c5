import Content
import Foundation

/// Everything that reaches the browser goes through `Browser.update` as one of these: input, the
/// passing of time, and what the runtime made of the effects it ran.
public enum Message: Sendable {
    /// A key, a mouse event or a new window size, decoded by the backend.
    case input(KeyEvent)
    /// The time now; drives the session clock and stamps notes written after it.
    case tick(Moment)
    /// What the notes store holds after running a `persist` effect (or after another process's change).
    case notesChanged(DocumentNotes)
    /// Saving failed, with the reason for the status line; the change stays in the state.
    case notesFailed(String)
    /// A one-line notice for the status line (a corrupt notes file moved aside…).
    case notice(String)
    /// The process must end now (SIGTERM, SIGHUP, input gone): the core answers with what must be
    /// saved first (the editor's text as a draft, the reading position) and `.quit`.
    case terminate
    /// Notes of a document somewhat alike, which the browser asks whether to use (answered with
    /// `Effect.answerNotesOffer`).
    case notesOffered(NotesOffer)
    /// The notes were written to this file (after `Effect.writeNotes`).
    case notesWritten(String)
    /// Nothing was written: a file of this name is there (after `Effect.writeNotes` not replacing).
    case notesFileExists(String)
    /// The library's document `id`, read after `Effect.openReview`, with its notes (nil without a
    /// notes store), to show at `item` (in the code `series`, as `Effect.openReview` asked).
    case reviewOpened(id: Int, document: ReviewDocument, notes: DocumentNotes?, at: ItemID?, series: String = "")
    /// The document could not be read from the library: why, for the status line.
    case reviewFailed(String)
    /// What a search across the library (`Effect.searchLibrary`) found for `query`, best first.
    /// `counts` are every review's matches, beyond the hits (nil: count the hits); `failure` says why
    /// the query could not run ("give at least one word…"), for the prompt.
    case librarySearched(query: String, hits: [LibraryHit], counts: LibrarySearchCounts? = nil, failure: String? = nil)
    /// The recommendations of the documents `Effect.readLibraryRecommendations` asked for (`ids`), in its
    /// order; nil when the library could not be read, with the reason.
    case libraryRecommendationsRead(ids: [Int], recommendations: [LibraryRecommendation]?, failure: String? = nil)
    /// The commitments of the documents `Effect.readLibraryCommitments` asked for (`ids`), in its order;
    /// nil when the library could not be read, with the reason.
    case libraryCommitmentsRead(ids: [Int], commitments: LibraryCommitments?, failure: String? = nil)
    /// The documents `Effect.readMarks` asked for that have marks, with their marked items; `lookedIn`
    /// counts the documents whose notes were looked in (those that could be read).
    case libraryMarksRead(ids: [Int], documents: [ReviewDocument], marks: [[ItemID]], lookedIn: Int)
    /// `item` of document `document` is now marked (or not), after `Effect.toggleLibraryMark`; nil when
    /// its notes could not be written, with the reason.
    case libraryMarked(document: Int, item: ItemID, marked: Bool?, failure: String?)
    /// `done` of `total` reviews parsed so far for the reading `then` (a library imported by an older
    /// casebook, whose reviews are parsed once, a batch at a time); `then` goes on with the rest.
    case libraryParsing(done: Int, total: Int, then: Effect)
    /// Go on with a reading after its progress was drawn (`Effect.drawThenResume`), unless it was stopped.
    case resumeReading(Effect)
    /// The library's list read again after another process changed it (reviews added or removed).
    case libraryChanged([LibraryEntry])
}

/// A moment, as the runtime's clocks tell it: the core reads no clock of its own.
public struct Moment: Sendable, Hashable {
    /// Seconds from any fixed point that never jumps (a monotonic clock): the session clock counts these.
    public var seconds: Double
    /// The wall-clock time: what notes are stamped with.
    public var date: Date

    public init(seconds: Double, date: Date) {
        self.seconds = seconds
        self.date = date
    }
}
