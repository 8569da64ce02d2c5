import Content

/// Makes outline gists tell recommendations apart. Most responses open nearly every recommendation
/// the same way ("The PSCP should…"), which leaves a narrow outline full of identical beginnings; the
/// lead shared by most of them is dropped ("Highlight this case to strategic leaders…"). A lead
/// that differs ("The PSCP Independent Chair should…") is kept: who must act matters.
struct GistShortener: Sendable {
    /// The common lead, with its modal: "The PSCP should ".
    let lead: String?

    static let modals = [" should ", " must ", " will ", " needs to ", " is asked to "]

    init(document: ReviewDocument) {
        var counts: [String: Int] = [:]
        var total = 0
        for recommendation in document.recommendations {
            let texts = recommendation.parts.isEmpty ? [recommendation.gist] : recommendation.parts.map(\.plainText)
            for text in texts {
                total += 1
                if let lead = Self.lead(of: text) { counts[lead, default: 0] += 1 }
            }
        }
        let best = counts.max { $0.value < $1.value }
        lead = best.flatMap { total >= 3 && $0.value * 2 >= total ? $0.key : nil }
    }

    /// "The PSCP should " from "The PSCP should highlight…": a short subject, no comma, then a modal.
    static func lead(of text: String) -> String? {
        for modal in modals {
            guard let range = text.range(of: modal) else { continue }
            let subject = text[..<range.lowerBound]
            let words = subject.split(separator: " ")
            guard words.count >= 1, words.count <= 6, !subject.contains(","), subject.first?.isUppercase == true else { continue }
            return String(text[..<range.upperBound])
        }
        return nil
    }

    /// The gist without the common lead, its first letter capitalised.
    func shorten(_ text: String) -> String {
        guard let lead, text.hasPrefix(lead) else { return text }
        let rest = text.dropFirst(lead.count)
        guard let first = rest.first else { return text }
        return first.uppercased() + rest.dropFirst()
    }
}
