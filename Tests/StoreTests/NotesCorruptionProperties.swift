@testable import Content
import Foundation
import PropertyBased
import TestFixtures
import Testing
@testable import Store

/// Random damage to the notes file or its journal (issue 14): truncation, flipped bits, inserted garbage,
/// random bytes, huge lengths in a journal frame. Opening never crashes or hangs; what cannot be read is
/// moved aside with a message; every save recorded before the damage in the journal is kept; and the store
/// saves again afterwards.
@Suite(.timeLimit(.minutes(5))) struct NotesCorruptionProperties {
    /// (which file: 0 the notes file, 1 the journal; the damage; where; a byte or length).
    static let damage = zip(Gen.int(in: 0...1), Gen.int(in: 0...5), Gen.int(in: 0...100_000), Gen.int(in: 0...255))

    @Test func damagedFilesAreMovedAsideAndGoodSavesKept() async {
        await propertyCheck(count: 60, input: Self.damage) { file, kind, place, byte in
            try Corruption(file: file, kind: kind, place: place, byte: byte).check()
        }
    }
}

/// One run: six saves (the first writes the notes file, the rest go to the journal), then one damage.
struct Corruption {
    let file, kind, place, byte: Int
    var label: String { "file \(file), damage \(kind), at \(place), byte \(byte)" }

    func check() throws {
        let temp = NotesTemporaryDirectory()
        let document = NotesFixtures.childJ
        let writer = NoteStore(document: document, directory: temp.path)
        try writer.load()
        let journal = writer.filePath + ".journal"
        /// Each word saved, with the journal's length once it was written (0: in the notes file).
        var saved: [(word: String, end: Int)] = []
        for index in 0..<6 {
            let word = "saved\(index)"
            try writer.save(Note(on: .item(ItemID(number: index + 1)), in: document, text: word))
            saved.append((word, (try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0))
        }
        let path = file == 0 ? writer.filePath : journal
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let damaged = Self.damage(original, kind: kind, place: place, byte: byte)
        try damaged.write(to: URL(fileURLWithPath: path))
        let damagedFrom = Self.firstDifference(original, damaged)

        let reader = NoteStore(document: document, directory: temp.path)
        do { try reader.load() } catch {
            // A flipped digit can make the notes file's format newer: left alone, as documented.
            #expect(error.kind == .newerFormat, "\(label): \(error.message)")
            return
        }
        let notices = reader.takeNotices()
        let words = Set(reader.current.notes.map(\.text))
        for notice in notices where notice.kind == .corruptFileMovedAside {
            #expect(temp.names().contains { $0.contains(".corrupt-") }, "\(label): \(notice.message)")
        }
        if file == 1 {
            // Every save whose record ends before the damage is kept.
            for (word, end) in saved where end <= damagedFrom {
                #expect(words.contains(word), "\(label): \(word) lost; notices \(notices.map(\.message))")
            }
        } else if notices.isEmpty, (try? NotesFileCoding.decode(damaged)) == nil {
            Issue.record("\(label): a notes file that does not decode was not moved aside")
        }
        // And the store works on: a new save is read back.
        try reader.save(Note(on: .introduction, in: document, text: "afterwards"))
        let fresh = NoteStore(document: document, directory: temp.path)
        try fresh.load()
        #expect(fresh.current.notes.contains { $0.text == "afterwards" }, "\(label)")
        #expect(fresh.current.notes.count == reader.current.notes.count, "\(label)")
    }

    /// 0 truncate, 1 flip a bit, 2 insert garbage, 3 replace with random bytes, 4 a huge frame length
    /// whose header checksum is right (reads as a record never written whole), 5 the same, checksum wrong.
    static func damage(_ data: Data, kind: Int, place: Int, byte: Int) -> Data {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return data }
        let at = place % bytes.count
        var generator = SplitMix(seed: UInt64(place * 256 + byte))
        switch kind {
        case 0: bytes.removeSubrange(at...)
        case 1: bytes[at] ^= 1 << UInt8(byte % 8)
        case 2: bytes.insert(contentsOf: (0..<(byte % 40 + 1)).map { _ in UInt8.random(in: 0...255, using: &generator) }, at: at)
        case 3: bytes = (0..<(place % 5000)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        default:
            // The frame starting at or before `at`, found by walking the journal's frames.
            let frames = JournalFrames.read(data).frames
            let start = frames.last { $0.end <= at }?.end ?? 0
            guard bytes.count >= start + 12 else { return data }
            for offset in 0..<4 { bytes[start + 4 + offset] = offset == 3 ? 0x7F : 0xFF }
            if kind == 4 {
                let check = CRC32.checksum(bytes[start..<(start + 8)])
                for offset in 0..<4 { bytes[start + 8 + offset] = UInt8(truncatingIfNeeded: check >> (offset * 8)) }
            }
        }
        return Data(bytes)
    }

    static func firstDifference(_ a: Data, _ b: Data) -> Int {
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    }
}
