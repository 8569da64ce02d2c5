/// The short headings a response is divided by ("Progress to date", "Next steps", "Update – March
/// 2022"): inside a response they are its own sub-headings, never a new section, and they do not end
/// the recommendation.
extension LinePatterns {
    /// Words that may also head a document's own closing section ("Next steps" after the last
    /// recommendation): a sub-heading of a numbered document's response only when another recommendation follows.
    static let responseSubheadingWords = ["next steps", "actions", "action", "impact", "evidence", "outcome",
                                          "what we have done", "what we will do", "what has changed", "further action",
                                          "current position", "current status", "rag status", "status"]

    /// Whether a short line, standing alone, reads as a sub-heading of a response: a label word with a
    /// short tail ("Progress to date", "Update – March 2022") or a date alone; with `orSection`, also the
    /// words that may instead head a section of the document.
    static func isResponseSubheading(_ line: String, orSection: Bool = false) -> Bool {
        // The byte count first: most lines asked about are whole paragraphs, too long to count words in.
        guard line.utf8.count <= 240, line.count <= 60, TextShape.wordCount(line) <= 6, let first = line.first,
              first.isUppercase || first.isNumber,
              !TextShape.endsSentence(line) || line.hasSuffix(":") else { return false }
        let lower = line.lowercased()
        if (orSection ? labels + responseSubheadingWords : labels).contains(where: { word in
            lower.hasPrefix(word) && (lower.count == word.count || !lower.dropFirst(word.count).first!.isLetter)
        }) { return true }
        return TimelineEntry.date(opening: line + ":") != nil
    }
}
