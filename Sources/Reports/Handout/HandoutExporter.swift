import Foundation
import Content

/// `casebook export --format markdown --notes`: the record of a learning session. For each
/// recommendation: its heading, text and parts, the response, the reflective questions, and the notes
/// and room answers captured on it and its parts.
///
/// The result is Markdown as the user wrote it and the document says it, not sanitised for a
/// terminal: a caller writing it to a terminal passes it through
/// `TerminalSafe.sanitize(_:keepNewlines: true)` first; a file gets it as it is.
public struct HandoutExporter: Sendable {
    /// The reflective questions asked after each recommendation (for example from the questions
    /// file in `Content/`); none leaves the section out.
    public var questions: [String]
    /// The day of the session, printed under the title.
    public var sessionDate: Date
    public var timeZone: TimeZone
    /// The recommendations to include, in this order (a session plan), by their note keys (PR2 after
    /// E2: `ReviewDocument.noteKey`); nil for all, in document order.
    public var recommendations: [ItemID]?

    public init(questions: [String] = [], sessionDate: Date = Date(), timeZone: TimeZone = .current,
                recommendations: [ItemID]? = nil) {
        self.questions = questions
        self.sessionDate = sessionDate
        self.timeZone = timeZone
        self.recommendations = recommendations
    }

    public func markdown(_ document: ReviewDocument, notes: DocumentNotes) -> String {
        var chunks = ["# " + HandoutMarkdown.escapeLine(document.title)]
        if let organisation = document.organisation { chunks.append(HandoutMarkdown.escapeLine(organisation)) }
        chunks.append("Session record, " + day(sessionDate) + ".")
        chunks += noteChunks(notes.notes(on: .introduction), heading: "## Notes on the introduction")

        let presented = selected(document)
        for (key, recommendation) in presented {
            chunks.append("---")
            chunks += self.chunks(for: recommendation, key: key, in: document, notes: notes.notes(onRecommendation: key))
        }
        chunks += notesElsewhere(document, notes: notes, presented: Set(presented.map(\.key)))
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// One review's share of a session across the library: what the handout calls it ("Child J"), the
    /// document, its notes (from its own store) and the recommendations presented, in order.
    public struct Share: Sendable {
        public var name: String
        public var document: ReviewDocument
        public var notes: DocumentNotes
        /// By their note keys (`ReviewDocument.noteKey`).
        public var keys: [ItemID]

        public init(name: String, document: ReviewDocument, notes: DocumentNotes, keys: [ItemID]) {
            self.name = name
            self.document = document
            self.notes = notes
            self.keys = keys
        }
    }

    /// The record of a session across the library's reviews: review by review, each recommendation's
    /// heading naming its review ("Child J · Recommendation 5b: …"), with its response, the questions
    /// and the notes and room answers captured; then each review's notes outside the plan, named too.
    public func markdown(session shares: [Share]) -> String {
        let names = shares.map(\.name)
        var chunks = ["# " + HandoutMarkdown.escapeLine("Session across \(shares.count) review\(shares.count == 1 ? "" : "s"): "
                                                        + names.joined(separator: ", "))]
        chunks.append("Session record, " + day(sessionDate) + ".")
        for share in shares {
            for key in share.keys {
                guard let recommendation = share.document.recommendation(key) else { continue }
                chunks.append("---")
                chunks += self.chunks(for: recommendation, key: key, in: share.document, notes: share.notes.notes(onRecommendation: key),
                                      review: share.name)
            }
        }
        for share in shares {
            chunks += noteChunks(share.notes.notes(on: .introduction),
                                 heading: "## " + HandoutMarkdown.escapeLine(share.name + " · Notes on the introduction"))
            chunks += notesElsewhere(share.document, notes: share.notes, presented: Set(share.keys), review: share.name)
        }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// Every note is in the record: those on recommendations the plan left out, and on items this
    /// version of the document no longer has, get sections of their own.
    private func notesElsewhere(_ document: ReviewDocument, notes: DocumentNotes, presented: Set<ItemID>,
                                review: String? = nil) -> [String] {
        var chunks: [String] = []
        let named = review.map { $0 + " · " } ?? ""
        let outsidePlan = notes.notesInDocumentOrder.filter { note in
            guard let id = note.target.itemID else { return false }
            return document.contains(id) && !presented.contains(id.recommendation)
        }
        if !outsidePlan.isEmpty {
            chunks.append("---")
            chunks += noteChunks(outsidePlan, heading: "## " + HandoutMarkdown.escapeLine(named + "Notes on recommendations outside the session plan"),
                                 labelledIn: document)
        }
        let elsewhere = notes.notes.filter { note in
            guard let id = note.target.itemID else { return false }
            return !document.contains(id)
        }
        if !elsewhere.isEmpty {
            chunks.append("---")
            chunks += noteChunks(elsewhere, heading: "## " + HandoutMarkdown.escapeLine(named + "Notes on items not in this version of the document"),
                                 labelledIn: document)
        }
        return chunks
    }

    private func selected(_ document: ReviewDocument) -> [(key: ItemID, recommendation: Recommendation)] {
        guard let recommendations else { return document.keyedRecommendations }
        return recommendations.compactMap { key in document.recommendation(key).map { (key, $0) } }
    }

    private func chunks(for recommendation: Recommendation, key: ItemID, in document: ReviewDocument, notes: [Note],
                        review: String? = nil) -> [String] {
        var chunks = ["## " + HandoutMarkdown.escapeLine((review.map { $0 + " · " } ?? "") + recommendation.fullHeading)]
        chunks += recommendation.text.map(HandoutMarkdown.block)
        for part in recommendation.parts {
            let marker = "**" + HandoutMarkdown.escapeLine(part.marker.isEmpty ? "\(part.label))" : part.marker) + "**"
            var blocks = part.blocks.map(HandoutMarkdown.block)
            if let first = blocks.first, part.blocks.first?.kind == .paragraph {
                blocks[0] = marker + " " + first
            } else {
                blocks.insert(marker, at: 0)
            }
            chunks += blocks
        }
        if let response = recommendation.response {
            var label = response.label.trimmingCharacters(in: .whitespaces)
            if label.hasSuffix(":") { label.removeLast() }
            chunks.append("### " + HandoutMarkdown.escapeLine(label.isEmpty ? "Response" : label))
            chunks += response.blocks.map(HandoutMarkdown.block)
        }
        if !questions.isEmpty {
            chunks.append("### Questions for reflection")
            chunks.append(questions.enumerated()
                .map { HandoutMarkdown.listItem("\($0.offset + 1).", $0.element) }
                .joined(separator: "\n"))
        }
        let labelled = notes.contains { $0.target != .item(key) } ? document : nil
        chunks += noteChunks(notes.filter { $0.kind == .note }, heading: "### Notes", labelledIn: labelled)
        chunks += noteChunks(notes.filter { $0.kind == .roomAnswer }, heading: "### The room's answers", labelledIn: labelled)
        return chunks
    }

    /// A heading and one list item per note, or nothing when there are no notes. `labelledIn` names
    /// each note's item as that document does ("PR2b"), for when notes on several items are listed together.
    private func noteChunks(_ notes: [Note], heading: String, labelledIn document: ReviewDocument? = nil) -> [String] {
        guard !notes.isEmpty else { return [] }
        let items = notes.map { note -> String in
            var prefix = ""
            if let document { prefix += "**" + HandoutMarkdown.escapeLine(document.name(of: note.target)) + ":** " }
            if let question = note.question, !question.isEmpty {
                prefix += "*" + HandoutMarkdown.escapeLine(question) + "* — "
            }
            var item = HandoutMarkdown.listItem("-", note.text)
            item.insert(contentsOf: prefix, at: item.index(item.startIndex, offsetBy: 2))
            if day(note.updatedAt) != day(sessionDate) { item += " (" + day(note.updatedAt) + ")" }
            return item
        }
        return [heading, items.joined(separator: "\n")]
    }

    /// "26 November 2026", in English whatever the locale, like the documents themselves.
    private func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        return "\(parts.day ?? 1) \(months[((parts.month ?? 1) - 1) % 12]) \(parts.year ?? 0)"
    }
}
