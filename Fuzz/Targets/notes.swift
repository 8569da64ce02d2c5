import Content
import Foundation
import Store

// The notes store's decoders: any bytes, read as a notes file and as its journal, decode or are refused;
// a corrupt store never crashes casebook.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    checkNotesFile(data)
    checkJournal(data)
    return 0
}

/// What decodes as a notes file can be written back and read again.
func checkNotesFile(_ data: Data) {
    guard let snapshot = try? NotesFileCoding.decode(NotesSnapshot.self, from: data) else { return }
    guard let encoded = try? NotesFileCoding.encode(snapshot), (try? NotesFileCoding.decode(NotesSnapshot.self, from: encoded)) != nil else {
        fatalError("decoded notes do not survive a round trip")
    }
}

/// The good frames at the start are exactly what framing their payloads again gives; every record that
/// decodes applies to notes and survives a round trip.
func checkJournal(_ data: Data) {
    let (frames, _) = JournalFrames.read(data)
    var reframed = Data()
    for frame in frames { reframed.append(JournalFrames.frame(frame.payload)) }
    guard reframed == data.prefix(frames.last?.end ?? 0) else { fatalError("frames do not frame again the same") }
    var notes = DocumentNotes(documentKey: "fuzz", source: "", title: "", fingerprint: TextFingerprint(""))
    for frame in frames {
        _ = try? NotesFileCoding.decode(JournalHeader.self, from: frame.payload)
        guard let record = try? NotesFileCoding.decode(JournalRecord.self, from: frame.payload) else { continue }
        notes.apply(record)
        guard let encoded = try? NotesFileCoding.encode(record, pretty: false),
              (try? NotesFileCoding.decode(JournalRecord.self, from: encoded)) == record else {
            fatalError("a journal record does not survive a round trip")
        }
    }
}
