import Content
import Dispatch
import Foundation
import Learning

/// A document's search index, built when it is first needed rather than when the document opens.
/// It holds about a byte per byte of text plus a byte or two per word, the largest part of opening a large
/// document, and a reader who never searches never needs it. `prepareInBackground()` starts the
/// build when a prompt opens, so the first key typed at it usually finds the index ready; asking
/// for the index while it is being built waits for that build rather than starting another.
/// Shared by the copies of a browser's state; a lock guards the build.
public final class SearchIndexOnDemand: @unchecked Sendable {
    private let document: ReviewDocument
    private let learning: LearningIndex
    /// Held for the whole build, so that one build serves every caller.
    private let lock = NSLock()
    private var built: SearchIndex?

    /// `learning` answers the facets, as for `SearchIndex(document:learning:)`.
    public init(document: ReviewDocument, learning: LearningIndex) {
        self.document = document
        self.learning = learning
    }

    /// The index, built now if no build has been.
    public var index: SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = SearchIndex(document: document, learning: learning)
        built = index
        return index
    }

    /// Whether the index has been built (for tests and the bench); waits for a build under way.
    public var isBuilt: Bool {
        lock.lock()
        defer { lock.unlock() }
        return built != nil
    }

    /// Starts building the index on another thread, if it is not built yet.
    public func prepareInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = self.index }
    }
}
