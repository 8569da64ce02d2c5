import Content
import Learning
import Search

/// The facet picker: Tab at the filter prompt lists the facets this document offers, so a filter
/// can be built without knowing the syntax.
extension BrowserState {
    mutating func openFacetPicker() {
        guard case let .prompt(prompt) = mode, prompt.kind == .filter else { return }
        let entries = FacetSuggestions.entries(for: document, learning: learning).map { entry in
            var counted = entry
            if !entry.facet.hasPrefix("in:"), let query = try? SearchQuery(parsing: entry.facet) {
                counted.count = searchIndex.run(query).recommendations.count
            }
            return counted
        }
        mode = .picker(FacetPicker(entries: entries), over: prompt)
    }

    mutating func chooseFacet() {
        guard case .picker(let picker, var prompt) = mode else { return }
        mode = .prompt(prompt)
        guard let entry = picker.selected else { return }
        if !prompt.text.isEmpty && prompt.text.last != " " { prompt.text += " " }
        prompt.text += entry.facet
        self.prompt = prompt
        promptTextChanged()
    }

    /// Typing in the picker narrows its entries; false when the picker is not open.
    mutating func narrowPicker(_ change: (inout LineEditor) -> Void) -> Bool {
        guard case .picker(var picker, let prompt) = mode else { return false }
        picker.narrow(change)
        mode = .picker(picker, over: prompt)
        return true
    }
}

/// The facets worth offering for a document: status, themes and agencies found in it, one per
/// section (by a word of its heading that no other heading has), and where the words are.
enum FacetSuggestions {
    static func entries(for document: ReviewDocument, learning: LearningIndex) -> [FacetPicker.Entry] {
        var entries: [FacetPicker.Entry] = []
        for value in learning.facetValues(for: "status") ?? [] {
            entries.append(.init(facet: "status:" + value.facetValue, help: "derived status: " + value))
        }
        entries.append(.init(facet: "has:commitment", help: "a response that promises further work"))
        for theme in learning.facetValues(for: "theme") ?? [] {
            entries.append(.init(facet: "theme:" + theme.facetValue, help: theme))
        }
        for agency in learning.facetValues(for: "agency") ?? [] {
            entries.append(.init(facet: "agency:" + agency.facetValue, help: agency + ", addressed or named"))
        }
        return entries + structural(for: document)
    }

    private static func structural(for document: ReviewDocument) -> [FacetPicker.Entry] {
        var entries: [FacetPicker.Entry] = []
        let titles = document.sections.compactMap(\.title)
        for title in titles {
            if let word = distinctiveWord(of: title, among: titles) {
                entries.append(.init(facet: "section:\(word)", help: title))
            }
        }
        entries.append(.init(facet: "in:recommendation", help: "words in what was recommended"))
        entries.append(.init(facet: "in:response", help: "words in the response (action taken)"))
        return entries
    }

    private static let commonWords: Set<String> = ["recommendations", "recommendation", "related", "to", "the", "of",
                                                   "for", "from", "all", "and", "in", "on", "a", "an"]

    private static func distinctiveWord(of title: String, among titles: [String]) -> String? {
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return words.first { word in
            !commonWords.contains(word) && titles.filter { $0.lowercased().contains(word) }.count == 1
        }
    }
}

private extension String {
    /// A value as typed at the prompt: quoted when it holds spaces (theme:"missing children").
    var facetValue: String { contains(" ") ? "\"" + self + "\"" : self }
}
