import Content
import Foundation

/// The notes file itself: the whole record, as `NotesFileCoding` writes it, plus the name of the journal
/// generation that follows it. A journal whose header names another generation (or a file with none,
/// from an older casebook) is left over from before the file was last rewritten, and is not replayed.
package struct NotesSnapshot: Codable {
    package var notes: DocumentNotes
    package var generation: String?
    /// The generation of the journal whose records this file took in when it was written: that journal,
    /// should it be left behind (a writer killed between the two steps), is expected and ignored.
    package var previousGeneration: String?

    private enum Keys: String, CodingKey { case journal, journalBefore }

    package init(notes: DocumentNotes, generation: String?, previousGeneration: String? = nil) {
        self.notes = notes
        self.generation = generation
        self.previousGeneration = previousGeneration
    }

    package init(from decoder: Decoder) throws {
        notes = try DocumentNotes(from: decoder)
        let container = try decoder.container(keyedBy: Keys.self)
        generation = try container.decodeIfPresent(String.self, forKey: .journal)
        previousGeneration = try container.decodeIfPresent(String.self, forKey: .journalBefore)
    }

    package func encode(to encoder: Encoder) throws {
        try notes.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(generation, forKey: .journal)
        try container.encodeIfPresent(previousGeneration, forKey: .journalBefore)
    }
}
