import Content
import Learning
import Search

/// The whole state of the browser: a value, so every frame is a function of it.
struct BrowserState: Sendable {
    var document: ReviewDocument
    var width: Int
    var height: Int
    var colorEnabled: Bool
    var colorTheme: ColorTheme = .standard
    var mouseEnabled: Bool
    /// The reader's widest line of text.
    var measure = BrowserOptions.defaultMeasure

    /// The search and filter engine over this document, built once, when a search or filter first
    /// needs it (not for the first frame: on a large document it is the largest part of opening it).
    let searchEngine: SearchIndexOnDemand
    var searchIndex: SearchIndex { searchEngine.index }
    /// Glossary, agencies, themes, commitments and status, derived once.
    let learning: LearningIndex
    /// Recommendation numbers (and items) to their index in `document.recommendations` (the search engine's items).
    let recommendationIndex: RecommendationLookup
    /// Each recommendation's item (its number, and which of that number it is), by index.
    let recommendationItems: [Place.Item]
    /// Recommendation items to their index in `document.recommendations`.
    var itemIndex: RecommendationLookup { recommendationIndex }
    /// What the outline's rows are made from, found once.
    private let outline: OutlineModel

    var selection: Selection = .introduction {
        didSet { if selection != oldValue { spotlight = nil } }
    }
    /// Words a learning list led to, lit up in the reader until the selection changes.
    var spotlight: Evidence?
    /// Recommendations whose parts are hidden in the outline. All start unfolded: the outline is short.
    var folded: Set<Place.Item> = [] { didSet { if folded != oldValue { refreshOutline() } } }
    /// The active filter: the outline shows only the recommendations it matches.
    var filter: QuerySession? {
        didSet {
            filteredItems = filter.map { Set($0.result.recommendations.map { recommendationItems[$0] }) }
            refreshOutline()
        }
    }
    /// The recommendations the filter lets through; nil without a filter.
    private(set) var filteredItems: Set<Place.Item>?
    /// The active search: its matches are highlighted, `n`/`N` walk them.
    var search: QuerySession?
    /// Which match `n`/`N` last went to, as an index into `search.result`.
    var currentMatch: Int?
    /// What was entered at each kind of prompt this session, oldest first; Up and Down recall them.
    var promptHistory: [PromptKind: [String]] = [:]
    /// The outline's rows with the current folding and filter (each made when asked for).
    private(set) var visibleRows: OutlineRows
    /// Every row the filter lets through, folded parts included: the order `]` and `[` walk.
    private(set) var readingRows: OutlineRows
    var focus: Pane = .outline
    /// First outline row shown (index into the visible rows).
    var outlineTop = 0
    /// What the reader shows at its top; the frame resolves it into a line of the laid-out text.
    var reader = ReaderScroll(.start(.introduction))
    /// Which input the keys go to, with that mode's own state.
    var mode = Mode.browse
    /// Places visited before the current one; Backspace walks back through them.
    var history: [Selection] = []
    /// A one-key message in the status line ("No such recommendation: 12"); cleared by the next key.
    var message: String?
    var isFinished = false
    /// The review's name in the library ("Child J"), which the status line puts before the position;
    /// nil for a document opened on its own.
    var documentLabel: String?

    /// The document's notes, marks and plan: as the store last reported them, plus this session's changes.
    var notes: DocumentNotes
    /// Why the store could not save the last change, while changes wait unsaved: `q` asks first.
    var unsavedNotesReason: String?
    /// Presentation mode's place, kept while the editor or help is over it.
    var presentation: Presentation?
    /// `present --only`: this session's plan, which the document does not remember.
    var onlyPlan: [ItemID]?
    /// The reflective questions shown after each response: the built-in ones with the user's laid over them.
    let questions: [String]
    /// The time the last tick brought: the session clock counts from it and notes are stamped with it.
    var now: Moment?
    /// Where new notes get their ids.
    var noteIDs: NoteIDSource

    init(document: ReviewDocument, width: Int, height: Int, colorEnabled: Bool, mouseEnabled: Bool, noteIDs: NoteIDSource) {
        self.document = document
        self.width = max(0, width)
        self.height = max(0, height)
        self.colorEnabled = colorEnabled
        self.mouseEnabled = mouseEnabled
        self.noteIDs = noteIDs
        learning = LearningIndex.opening(document)
        searchEngine = SearchIndexOnDemand(document: document, learning: learning)
        questions = ReflectiveQuestions.inForce(for: document)
        recommendationItems = Outline.recommendationItems(of: document)
        recommendationIndex = RecommendationLookup(recommendationItems)
        // Empty until the store's notes arrive; no fingerprint, which only the store needs.
        notes = DocumentNotes(documentKey: "", source: document.source, title: document.title,
                              fingerprint: TextFingerprint(hashes: [], capacity: 0))
        outline = OutlineModel(document: document, items: recommendationItems, lookup: recommendationIndex)
        readingRows = OutlineRows(model: outline, folded: [], showing: nil)
        visibleRows = readingRows
    }

    private mutating func refreshOutline() {
        readingRows = OutlineRows(model: outline, folded: [], showing: filteredItems)
        visibleRows = folded.isEmpty ? readingRows : OutlineRows(model: outline, folded: folded, showing: filteredItems)
    }

    var layout: Layout { Layout(width: width, height: height, focus: focus, measure: measure) }
    var selectedRowIndex: Int? { visibleRows.index(of: selection) }
    /// The selected row, when the outline shows it.
    var selectedRow: OutlineRow? { selectedRowIndex.map { visibleRows[$0] } }

    /// How many history entries are kept: enough for any session, bounded so it cannot grow forever.
    static let historyLimit = 200
}
