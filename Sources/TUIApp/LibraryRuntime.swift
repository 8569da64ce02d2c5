import Content
import Foundation
import Store
import TUICore

/// Runs the library's effects for the browser: reads a review from the catalog (with its notes store)
/// when the core asks to open one, and searches every review as the core asks. The notes of the review
/// open are the `NotesKeeper`'s, replaced (after writing what it holds) when another review opens.
public final class LibraryRuntime: EffectRunner {
    private let catalog: any LibraryCatalog
    private var notes: NotesKeeper?
    /// The library id of the review whose notes `notes` keeps, and the review itself.
    private var openID: Int?
    private var openDocument: ReviewDocument?
    /// What a search across the library asks for at each key: 30 reviews with 3 matches each (several
    /// screens of results), the counts of every review's matches besides.
    static let searchReviews = 30, searchHitsPerReview = 3
    /// How many reviews of a library imported by an older casebook are parsed between two frames of
    /// progress: about a second's work on two cores.
    let parseBatch: Int
    /// The reading whose reviews are being parsed first: how many there were, and those tried (one that
    /// cannot be parsed stays unparsed, and must not be tried for ever).
    private var parsing: (reading: Effect, total: Int, tried: Set<Int>)?

    /// Opens the notes store of a review, which must not adopt the other reviews' notes files; tests keep
    /// it in a temporary folder.
    private let notesKeeper: (ReviewDocument, OtherDocumentsNotes) -> NotesKeeper
    /// Which notes file is which review's, read when a review's notes first open and again after
    /// reviews are parsed (which stores their identities in a library imported before v6).
    private var notesFiles: LibraryNotesFiles?
    /// The folder those stores keep their files in, where the marks across reviews are looked for; nil
    /// when notes are kept in memory only.
    private let notesDirectory: String?
    /// The library's change mark when its list was last read, and that list, to tell another process's
    /// change of the reviews from one of something else (nil: changes are not watched).
    private var listed: (mark: Int, entries: [LibraryEntry])?

    /// The library with each review's notes in the standard notes folder.
    public convenience init(catalog: any LibraryCatalog) {
        self.init(catalog: catalog, notesDirectory: try? NotesLocation.directory(environment: ProcessInfo.processInfo.environment),
                  notesKeeper: NotesKeeper.init(document:notAdopting:))
    }

    /// `notesKeeper` opens a review's notes store in `notesDirectory` (tests: a temporary folder).
    public init(catalog: any LibraryCatalog, notesDirectory: String?, parseBatch: Int = 32,
                notesKeeper: @escaping (ReviewDocument, OtherDocumentsNotes) -> NotesKeeper) {
        self.catalog = catalog
        self.parseBatch = parseBatch
        self.notesDirectory = notesDirectory
        self.notesKeeper = notesKeeper
    }

    /// Starts watching the library for another process's changes, from the list the browser shows.
    public func watchChanges(listed entries: [LibraryEntry]) {
        listed = catalog.changeMark().map { ($0, entries) }
    }

    /// The list read again when another process changed the library since it was last read and the
    /// reviews differ (another process storing what it parsed changes the mark, not the list).
    public func changesOutside() -> [Message] {
        guard let listed, let mark = catalog.changeMark(), mark != listed.mark else { return [] }
        guard let entries = try? catalog.entries() else { return [] }
        self.listed = (mark, entries)
        guard entries != listed.entries else { return [] }
        // Which notes file is which review's is read again with the reviews there are now.
        notesFiles = nil
        return [.libraryChanged(entries)]
    }

    /// Reads ahead, off the terminal loop, what the library's search will want (`prepareSearch`); done when
    /// `finished` is called. A person's first keys take longer than this reading (about 150 ms at 2,000
    /// reviews), and a search asked for meanwhile waits for it rather than reading it twice.
    public func prepareSearchInBackground(finished: @escaping @Sendable () -> Void = {}) {
        let catalog = self.catalog
        Thread.detachNewThread {
            catalog.prepareSearch()
            finished()
        }
    }

    /// Runs the effects in order, so that a review's last position is saved before the next one opens.
    public func perform(_ effects: [Effect]) -> [Message] {
        var answers: [Message] = []
        for effect in effects {
            if let progress = parseFirst(effect) {
                answers.append(progress)
                continue
            }
            switch effect {
            case let .openReview(id, item, series): answers += open(id, at: item, series: series)
            case let .searchLibrary(query):
                do {
                    let page = try catalog.searchPage(query, reviews: Self.searchReviews, hitsPerReview: Self.searchHitsPerReview)
                    answers.append(.librarySearched(query: query, hits: page.hits, counts: page.counts))
                } catch {
                    answers.append(.librarySearched(query: query, hits: [], failure: "\(error)"))
                }
            case let .readLibraryRecommendations(ids):
                do { answers.append(.libraryRecommendationsRead(ids: ids, recommendations: try catalog.recommendations(of: ids))) } catch {
                    answers.append(.libraryRecommendationsRead(ids: ids, recommendations: nil, failure: "The library could not be read: \(error)"))
                }
            case let .readLibraryCommitments(ids, filter):
                do {
                    let commitments = try filter.map { try catalog.commitments(of: ids, filter: $0) } ?? catalog.commitments(of: ids)
                    answers.append(.libraryCommitmentsRead(ids: ids, commitments: commitments))
                } catch {
                    answers.append(.libraryCommitmentsRead(ids: ids, commitments: nil, failure: "The library could not be read: \(error)"))
                }
            case let .readMarks(ids): answers += readMarks(ids)
            case let .drawThenResume(reading): answers.append(.resumeReading(reading))
            case let .toggleLibraryMark(id, item): answers += toggleMark(item, in: id)
            default:
                answers += notes?.perform([effect]) ?? []
            }
        }
        return answers
    }

    public func flush() -> String? { notes?.flush() }

    /// Before a reading that would parse reviews (a library imported by an older casebook) and store
    /// what it reads: parses one batch of them and answers how far it has got, so the screen shows it
    /// and stays answering keys; the core asks again for the rest. Nil when nothing is left to parse.
    private func parseFirst(_ effect: Effect) -> Message? {
        let (ids, reading): ([Int], LibraryReading)
        switch effect {
        case let .readLibraryRecommendations(wanted), let .readLibraryCommitments(wanted, _): (ids, reading) = (wanted, .views)
        case let .readMarks(wanted): (ids, reading) = (wanted, .notesIdentities)
        default: return nil
        }
        let known = parsing?.reading == effect ? parsing : nil
        let tried = known?.tried ?? []
        // A failure here is left to the reading itself, which says so.
        guard let waiting = try? catalog.unparsed(of: ids, for: reading).filter({ !tried.contains($0) }), !waiting.isEmpty else {
            parsing = nil
            return nil
        }
        let batch = Array(waiting.prefix(parseBatch))
        guard (try? catalog.parse(batch, for: reading)) != nil else {
            parsing = nil
            return nil
        }
        notesFiles = nil
        let total = known?.total ?? waiting.count
        parsing = (effect, total, tried.union(batch))
        return .libraryParsing(done: total - waiting.count + batch.count, total: total, then: effect)
    }

    /// The marks of reviews `ids`: their notes files are found from the identities the library keeps, and
    /// only the reviews whose files hold marks are parsed (for their gists) and read through their own
    /// stores (the open review's changes are already written).
    private func readMarks(_ ids: [Int]) -> [Message] {
        let identities: [Int: DocumentIdentity]
        do { identities = try catalog.notesIdentities(of: ids) } catch {
            return [.libraryMarksRead(ids: [], documents: [], marks: [], lookedIn: 0),
                    .notice("The library could not be read: \(error)")]
        }
        let library = libraryNotesFiles()
        let marked = notesDirectory.map { MarkedDocuments.find(identities, in: $0, library: library) } ?? []
        let read = ids.filter(marked.contains).compactMap { id in (try? catalog.document(id: id)).map { (id, $0) } }
        let marks = read.map { keeper(of: $0.0, $0.1).notes?.marks.sorted() ?? [] }
        return [.libraryMarksRead(ids: read.map(\.0), documents: read.map(\.1), marks: marks, lookedIn: identities.count)]
    }

    /// Marks or unmarks `item` in review `id`'s own notes store: through the open review's keeper when it
    /// is that review (so the review under the library sees the mark), else through one opened for it.
    /// `item` carries its match's series ("PR" for PR2), and is marked by its note key in that review.
    private func toggleMark(_ item: ItemID, in id: Int) -> [Message] {
        let document: ReviewDocument
        if id == openID, let openDocument { document = openDocument } else {
            do { document = try catalog.document(id: id) } catch {
                return [.libraryMarked(document: id, item: item, marked: nil,
                                       failure: "This review could not be read from the library: \(error)")]
            }
        }
        let keeper = id == openID ? notes ?? self.keeper(of: id, document) : self.keeper(of: id, document)
        let key = document.noteKey(naming: item)
        guard let current = keeper.notes else {
            return [.libraryMarked(document: id, item: item, marked: nil,
                                   failure: (keeper.startupMessages + ["no notes store: the mark could not be kept"]).joined(separator: " · "))]
        }
        let marked = !current.marks.contains(key)
        var answers = keeper.perform([.persist(.mark(key, marked))])
        var failure = answers.lazy.compactMap { if case let .notesFailed(reason) = $0 { reason } else { nil } }.first
        if keeper !== notes {
            failure = failure ?? keeper.flush()
            // That review's notes are not the open review's: only the answer goes back.
            answers = []
        }
        answers.append(.libraryMarked(document: id, item: item, marked: failure == nil ? marked : nil, failure: failure))
        return answers
    }

    private func open(_ id: Int, at item: ItemID?, series: String) -> [Message] {
        let document: ReviewDocument
        do { document = try catalog.document(id: id) } catch {
            return [.reviewFailed("This review could not be read from the library: \(error)")]
        }
        if let failure = notes?.flush() { return [.reviewFailed(failure)] }
        let keeper = keeper(of: id, document)
        notes = keeper
        openID = id
        openDocument = document
        var answers: [Message] = [.reviewOpened(id: id, document: document, notes: keeper.notes, at: item, series: series)]
        if !keeper.startupMessages.isEmpty { answers.append(.notice(keeper.startupMessages.joined(separator: " · "))) }
        // Notes of a document somewhat alike are asked about as `casebook FILE` asks, once the review shows.
        if let offer = keeper.offer { answers.append(.notesOffered(offer)) }
        return answers
    }

    /// Review `id`'s notes, in a store that leaves the other reviews' files alone: in a library, reviews
    /// written from one template are alike enough to pass for earlier versions of each other.
    private func keeper(of id: Int, _ document: ReviewDocument) -> NotesKeeper {
        notesKeeper(document, libraryNotesFiles().others(besides: id))
    }

    /// Which notes file is which review's, as far as the catalog knows without parsing (none without a
    /// notes folder, or from a library that cannot be read: its reviews' stores then adopt as a single
    /// file's would).
    private func libraryNotesFiles() -> LibraryNotesFiles {
        if let notesFiles { return notesFiles }
        let read = (notesDirectory == nil ? nil : try? LibraryNotesFiles(catalog: catalog)) ?? LibraryNotesFiles([:])
        notesFiles = read
        return read
    }
}
