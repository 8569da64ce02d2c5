import Content
import Reports
import Store

/// `casebook present` and `casebook export --notes` without FILE, when the library holds more than the
/// built-in document (as `search` and `commitments` decide): the session across the library's reviews,
/// review by review in title order (the library's own), each review's marked recommendations in
/// document order, each with its notes from the review's own store.
struct LibrarySessionPlan {
    let catalog: any LibraryCatalog
    let entries: [LibraryEntry]

    /// The library the command works across, or nil for the one document (FILE given, or no library
    /// beyond the built-in document).
    init?(_ document: DocumentArgument) throws {
        guard document.file == nil else { return nil }
        let catalog: any LibraryCatalog
        if let folder = BrowseCommand.libraryFolder { catalog = try FolderCatalog(folder: folder) } else {
            guard let store = try document.library.openIfExists() else { return nil }
            catalog = store
        }
        let entries: [LibraryEntry]
        do { entries = try catalog.entries() } catch { throw CommandFailure("the library could not be read: \(error)") }
        guard entries.count > 1 else { return nil }
        self.catalog = catalog
        self.entries = entries
    }

    /// Each review with something marked, with its document and notes; nothing marked is a clear failure.
    func shares() throws -> [HandoutExporter.Share] {
        var shares: [HandoutExporter.Share] = []
        let names = LibraryEntry.names(entries)
        let files = (try? LibraryNotesFiles(catalog: catalog)) ?? LibraryNotesFiles([:])
        for entry in entries.sorted(by: LibraryEntry.byTitle) {
            var document: ReviewDocument
            do { document = try catalog.document(id: entry.id) } catch {
                StandardStreams.complain("\(entry.id): could not be read from the library, left out: \(error)")
                continue
            }
            document.userData = DocumentArgument.userData
            let notes = try Self.notes(of: document, notAdopting: files.others(besides: entry.id))
            let keys = SessionAcrossReviews.keys(marked: notes.marks.sorted(), in: document)
            guard !keys.isEmpty else { continue }
            shares.append(HandoutExporter.Share(name: names[entry.id] ?? ReviewName.label(entry.title), document: document, notes: notes, keys: keys))
        }
        guard !shares.isEmpty else {
            throw CommandFailure("nothing is marked for the session in the library's \(entries.count) reviews: "
                                 + "mark recommendations with m in the browser, or give FILE for one review")
        }
        return shares
    }

    /// The document's notes as its store holds them, never another document's of `others`; what the store
    /// had to say goes to stderr.
    static func notes(of document: ReviewDocument, notAdopting others: OtherDocumentsNotes) throws(CommandFailure) -> DocumentNotes {
        do {
            let store = try NoteStore(document: document, notAdopting: others)
            try store.load()
            for notice in store.takeNotices() { StandardStreams.complain(notice.message) }
            // Notes of a document only somewhat alike are the browser's to offer, never used here.
            if let match = store.uncertainMatch { StandardStreams.complain(match.commandLineNotice) }
            return store.current
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
