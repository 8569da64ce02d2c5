@testable import Content
import Foundation
import PropertyBased
import TestFixtures
import Testing
@testable import Store

/// Two stores on one folder, standing for two casebook processes, take random turns at adding, appending
/// to, rewriting and deleting notes, marking, planning, saving the position and re-reading (issue 14).
/// Whatever the interleaving: every word a confirmed save wrote is in some note at the end, unless the
/// same process deleted or rewrote the text it was in; the last confirmed mark, plan and position win;
/// and each store, caught up, sees exactly what a fresh reader of the files sees.
@Suite(.timeLimit(.minutes(5))) struct NotesInterleavingProperties {
    /// (what, which store, a number choosing the note, item or text): see `Interleaving.perform`.
    static let steps = zip(Gen.int(in: 0...8), Gen.int(in: 0...1), Gen.int(in: 0...1000)).array(of: 1...30)

    @Test func interleavedSavesLoseNoConfirmedText() async {
        await propertyCheck(count: 25, input: Self.steps) { steps in
            var run = Interleaving(steps: steps)
            try run.check()
        }
    }
}

/// One run of the property: performs the steps, remembering what was confirmed, then checks the files.
struct Interleaving {
    let steps: [(Int, Int, Int)]
    let temp = NotesTemporaryDirectory()
    let document = NotesFixtures.childJ
    var stores: [NoteStore] = []
    /// Words confirmed by a save, and words a process deleted or rewrote after seeing them.
    var confirmed: Set<String> = []
    var released: Set<String> = []
    var marks: [ItemID: Bool] = [:]
    var plan: [ItemID]?
    var position: ReadingPosition??

    init(steps: [(Int, Int, Int)]) {
        self.steps = steps
    }

    mutating func check() throws {
        stores = try (0...1).map { _ in
            let store = NoteStore(document: document, directory: temp.path)
            try store.load()
            return store
        }
        for (index, step) in steps.enumerated() { try perform(step, word: "w\(index)x", at: index) }

        let fresh = NoteStore(document: document, directory: temp.path)
        try fresh.load()
        let words = Set(fresh.current.notes.flatMap { $0.text.split(separator: " ").map(String.init) })
        let lost = confirmed.subtracting(released).subtracting(words)
        #expect(lost.isEmpty, "steps \(steps): confirmed words lost: \(lost.sorted()); notes: \(fresh.current.notes.map(\.text))")
        for (item, marked) in marks { #expect(fresh.current.marks.contains(item) == marked, "steps \(steps): mark \(item)") }
        if let plan { #expect(fresh.current.plan == plan, "steps \(steps): plan") }
        if let position { #expect(fresh.current.lastPosition == position, "steps \(steps): position") }
        #expect(fresh.takeNotices().allSatisfy { $0.kind != .corruptFileMovedAside }, "steps \(steps)")
        for store in stores {
            try store.reload()
            #expect(store.current == fresh.current, "steps \(steps): a store caught up differs from a fresh read")
        }
    }

    /// 0 add a note, 1 append a word to one, 2 rewrite one, 3 delete one, 4 toggle a mark, 5 set the plan,
    /// 6 save the position, 7 add a long note (so the journal outgrows its limit and is compacted), 8 re-read.
    mutating func perform(_ step: (Int, Int, Int), word: String, at index: Int) throws {
        let (kind, which, choice) = step
        let store = stores[which]
        let now = Date(timeIntervalSince1970: 1_780_000_000 + Double(index))
        let targets = document.noteTargets
        let seen = store.current.notes.isEmpty ? nil : store.current.notes[choice % store.current.notes.count]
        switch kind {
        case 0, 7:
            let padding = kind == 7 ? " " + String(repeating: "padding ", count: 4000) : ""
            try store.save(Note(on: targets[choice % targets.count], in: document, text: word + padding, now: now))
            confirmed.insert(word)
        case 1, 2:
            guard let seen else { return }
            let text = kind == 1 ? seen.text + " " + word : word
            try store.save(seen.edited(text: text, in: document, now: now))
            confirmed.insert(word)
            if kind == 2 { released.formUnion(seen.text.split(separator: " ").map(String.init)) }
        case 3:
            guard let seen else { return }
            try store.delete(noteID: seen.id)
            released.formUnion(seen.text.split(separator: " ").map(String.init))
        case 4:
            let item = ItemID(number: choice % 10 + 1)
            marks[item] = try store.toggleMark(item)
        case 5:
            plan = [ItemID(number: choice % 10 + 1), ItemID(number: (choice / 10) % 10 + 1)]
            try store.setPlan(plan!)
        case 6:
            position = .some(ReadingPosition(target: targets[choice % targets.count], scrollLine: choice))
            try store.setLastPosition(position!)
        default:
            try store.reload()
        }
        #expect(!store.hasUnsavedChanges)
    }
}

/// Interleavings the property found, kept as regression tests.
@Suite struct NotesInterleavingRegressions {
    /// Nine notes, then each process rewrites the first as it last saw it: both rewrites were lost.
    @Test func twoRewritesOfOneNoteAfterManyAddsKeepBothTexts() throws {
        var run = Interleaving(steps: [(0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 1, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0),
                                       (0, 0, 0), (2, 1, 0), (2, 0, 0)])
        try run.check()
    }
}
