import Content
import Foundation

// The notes-store decoder: any bytes decode to notes or throw; a corrupt file never crashes casebook.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let notes = try? NotesFileCoding.decode(data) {
        // What was read can be written back and read again.
        guard let encoded = try? NotesFileCoding.encode(notes), (try? NotesFileCoding.decode(encoded)) != nil else {
            fatalError("decoded notes do not survive a round trip")
        }
    }
    return 0
}
