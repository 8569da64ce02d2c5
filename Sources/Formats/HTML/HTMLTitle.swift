import Foundation

/// A page's title, by the rule every format follows: the document's own title, never the site's name,
/// boilerplate such as "Home", or an error message.
enum HTMLTitle {
    /// A page whose main content is an error message and at most this many words is an error page.
    static let errorPageWordLimit = 120

    /// The main content's first `<h1>`, else the `<title>` without the site's name; nil when neither
    /// is a document's title.
    static func declared(heading: String?, pageTitle: String?, siteName: String?) -> String? {
        if let heading, isTitle(heading) { return heading }
        if let pageTitle, let stripped = withoutSiteName(pageTitle, siteName: siteName), isTitle(stripped) { return stripped }
        return nil
    }

    static func isTitle(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 300 && !isErrorText(text) && !boilerplate.contains(text.lowercased())
    }

    /// "Child T: learning review | Anytown Safeguarding Partnership" → "Child T: learning review": the
    /// parts at either end that name the site (" | ", " - ", " – ", " — ", " :: ", " » " separate them).
    static func withoutSiteName(_ title: String, siteName: String?) -> String? {
        var parts: [(separator: String, text: String)] = []
        var rest = Substring(title)
        var separator = ""
        while let match = separators.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            parts.append((separator, String(rest[..<match.lowerBound])))
            separator = String(rest[match])
            rest = rest[match.upperBound...]
        }
        parts.append((separator, String(rest)))
        func isSiteName(_ text: String) -> Bool {
            let lower = text.lowercased().trimmingWhitespace
            if let siteName, lower == siteName.lowercased().trimmingWhitespace { return true }
            if boilerplate.contains(lower) || lower.split(separator: " ").contains(where: { siteAcronyms.contains(String($0)) }) {
                return true
            }
            // A site's name is a short proper name: "Anytown Safeguarding Partnership", not "the partnership's response".
            let words = text.split(separator: " ")
            return siteWords.contains { lower.contains($0) } && words.count <= 6
                && words.allSatisfy { $0.count <= 3 || $0.first?.isUppercase == true }
        }
        while parts.count > 1, isSiteName(parts.last!.text) { parts.removeLast() }
        while parts.count > 1, isSiteName(parts.first!.text) {
            parts.removeFirst()
            parts[0].separator = ""
        }
        // Left with one part: the site's name alone, or boilerplate, is no title; a longer title that
        // mentions a partnership ("The partnership's response to …") is one.
        if parts.count == 1 {
            let lower = parts[0].text.lowercased().trimmingWhitespace
            if boilerplate.contains(lower) || lower == siteName?.lowercased().trimmingWhitespace { return nil }
            if isSiteName(parts[0].text) { return nil }
        }
        let result = parts.map { $0.separator + $0.text }.joined().trimmingWhitespace
        return result.isEmpty ? nil : result
    }

    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "]
    private static let siteWords = ["partnership", "council", "safeguarding children", "safeguarding adults", "safeguarding board",
                                    "gov.uk", "www.", ".org", ".co.uk", "website"]
    /// Local safeguarding children (or adults) boards and partnerships, as sites abbreviate them.
    private static let siteAcronyms: Set<String> = ["lscb", "lsab", "lscp", "scp", "sab", "mash"]
    private static let boilerplate: Set<String> = ["home", "homepage", "home page", "untitled", "untitled document", "index",
                                                   "welcome", "document", "page", "search", "search results", "cookies",
                                                   "cookie settings", "skip to main content", "menu", "main menu"]

    /// Whether text is a web server's or site's error message ("404", "Page not found", "Sorry, something went wrong").
    static func isErrorText(_ text: String) -> Bool {
        let lower = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: { ["404", "403", "410", "500", "503"].contains($0) }),
           lower.count <= 80 { return true }
        return errorPhrases.contains { lower.contains($0) }
    }

    private static let errorPhrases = [
        "page not found", "page cannot be found", "page can't be found", "page could not be found", "not be found",
        "something went wrong", "an error occurred", "an error has occurred", "internal server error",
        "service unavailable", "access denied", "page you requested", "page you are looking for",
        "page you were looking for", "page you're looking for", "we can't find", "we cannot find", "we couldn't find",
        "no longer exists", "page has moved", "file not found", "forbidden",
    ]
}
