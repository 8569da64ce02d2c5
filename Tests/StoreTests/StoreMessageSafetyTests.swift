import Foundation
import Testing
@testable import Store

/// Store messages name files, and file names may hold escape sequences: the messages carry them visibly,
/// whether they reach stderr or the status line.
@Suite struct StoreMessageSafetyTests {
    @Test func storeMessagesShowControlCharactersVisibly() {
        let path = "/tmp/evil\u{1B}]0;PWNED\u{07}\u{9B}2J/notes.json"
        let error = NoteStoreError(.notWritable, "cannot save notes: \(path) is not writable")
        let notice = NoteStoreNotice(.corruptFileMovedAside, "notes file \(path) was corrupt")
        for message in [error.message, error.description, notice.message, notice.description] {
            #expect(!message.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }, "\(message)")
            #expect(message.contains("^[]0;PWNED^G<U+009B>2J"))
        }
    }
}
