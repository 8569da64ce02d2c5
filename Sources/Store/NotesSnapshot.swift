import Content
import Foundation

/// The notes file itself: the whole record, as `NotesFileCoding` writes it, plus the name of the journal
/// generation that follows it. A journal whose header names another generation (or a file with none,
/// from an older casebook) is left over from before the file was last rewritten, and is not replayed.
package struct NotesSnapshot: Codable {
    package var notes: DocumentNotes
    package var generation: String?

    private enum Keys: String, CodingKey { case journal }

    package init(notes: DocumentNotes, generation: String?) {
        self.notes = notes
        self.generation = generation
    }

    package init(from decoder: Decoder) throws {
        notes = try DocumentNotes(from: decoder)
        generation = try decoder.container(keyedBy: Keys.self).decodeIfPresent(String.self, forKey: .journal)
    }

    package func encode(to encoder: Encoder) throws {
        try notes.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encodeIfPresent(generation, forKey: .journal)
    }
}
