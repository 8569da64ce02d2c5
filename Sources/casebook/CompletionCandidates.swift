import Content
import Foundation
import Learning
import Search

/// What the shells offer on Tab for the arguments whose values come from a document: the completion
/// scripts call casebook itself (`casebook ---completion …`), which answers from the document named
/// on the command line, else the built-in one. Nothing is ever printed but the candidates.
enum CompletionCandidates {
    /// Recommendation and part ids (`5`, `5b`, or codes: `PR2`); after a comma, the next id of a list (`--only 3,5`).
    @Sendable static func ids(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let (head, word) = splitLastWord(typedBeforeCursor(words, index, prefix), separator: ",")
        return itemIDs(of: document(in: words, completing: index))
            .filter { $0.lowercased().hasPrefix(word.lowercased()) }
            .map { head + $0 }
    }

    /// The facets that can end a query (`status:planned`, `theme:foster-care`, `id:5b`), with the
    /// values this document has.
    @Sendable static func queryFacets(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let (head, word) = splitLastWord(typedBeforeCursor(words, index, prefix), separator: " ")
        let document = document(in: words, completing: index)
        let learning = LearningIndex(document: document)
        var facets: [String] = []
        for (key, _) in LearningIndex.facetKeys {
            facets += (learning.facetValues(for: key) ?? []).map { key + ":" + typed($0) }
        }
        facets += SearchScope.allCases.map { "in:" + $0.rawValue } + ["section:"]
        facets += itemIDs(of: document).map { "id:" + $0 }
        let typedSoFar = unquoted(word)
        return facets.filter { unquoted($0).hasPrefix(typedSoFar) }.map { head + $0 }
    }

    /// As the document names them, so that a coded one offers E1, E2, PR1, PR2 (not 1, 2, 1, 2).
    private static func itemIDs(of document: ReviewDocument) -> [String] {
        document.noteTargets.dropFirst().map { document.name(of: $0) }
    }

    /// The first word after the command (other than the one being completed) that names a readable
    /// document; the built-in document when there is none.
    private static func document(in words: [String], completing index: Int) -> ReviewDocument {
        for (position, word) in words.enumerated().dropFirst() where position != index && !word.hasPrefix("-") {
            if let document = try? DocumentArgument.load(path: word, reportingEncoding: false) { return document }
        }
        return DocumentArgument.builtIn()
    }

    /// What is typed of the word being completed, before the cursor. ArgumentParser (1.8.2) cuts the
    /// prefix it passes from the last word on the line, not from the word at `index`: right when the
    /// word being completed is the last, wrong when a FILE follows it (`present --only pr<Tab> FILE`).
    /// Its length is the cursor's place in the word when the last word is longer; otherwise the cursor
    /// is taken to be at the end of the word, where it is when Tab completes a word.
    private static func typedBeforeCursor(_ words: [String], _ index: Int, _ prefix: String) -> String {
        guard words.indices.contains(index), index != words.count - 1 else { return prefix }
        let word = words[index]
        return words[words.count - 1].count > prefix.count ? String(word.prefix(prefix.count)) : word
    }

    /// `"foster sta"` → (`"foster "`, `"sta"`): the word being typed, and what comes before it.
    private static func splitLastWord(_ text: String, separator: Character) -> (head: String, word: String) {
        guard let last = text.lastIndex(of: separator) else { return ("", text) }
        return (String(text[...last]), String(text[text.index(after: last)...]))
    }

    /// A facet value as typed in a query. Words joined by hyphens (`in-progress`, `foster-care`) read as
    /// the same words and need no quoting in any shell; a value with other punctuation is quoted.
    private static func typed(_ value: String) -> String {
        let plain = value.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }
        return plain ? value.lowercased().replacingOccurrences(of: " ", with: "-") : "\"" + value + "\""
    }

    private static func unquoted(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "\"", with: "") }
}
