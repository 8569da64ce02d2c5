import Content
import Foundation

/// A fresh directory under the system temporary directory, removed when the value goes away.
/// Notes tests never touch the real ~/.local/share.
public final class NotesTemporaryDirectory {
    public let path: String

    public init() {
        path = FileManager.default.temporaryDirectory.path + "/casebook-notes-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions a test may have removed, so the directory can be deleted.
        chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The names in the directory (or one below it), sorted.
    public func names(in subdirectory: String = "") -> [String] {
        let directory = subdirectory.isEmpty ? path : path + "/" + subdirectory
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}

public enum NotesFixtures {
    public static let childJText = BuiltInContent.text(named: BuiltInContent.defaultDocumentName) ?? ""
    public static let childJ = ReviewParser.parse(childJText, source: "child-j.txt")

    /// Child J lightly edited: the title reworded and a word changed in two recommendations.
    public static let childJEdited: ReviewDocument = {
        let text = childJText
            .replacingOccurrences(of: "Response to the Recommendations from the Serious Case Review of Child J",
                                  with: "Updated response to the recommendations of the Serious Case Review into Child J")
            .replacingOccurrences(of: "should highlight this case", with: "should raise this case")
            .replacingOccurrences(of: "share this review report", with: "share the review report")
        return ReviewParser.parse(text, source: "child-j-v2.txt")
    }()

    /// A small document built directly, one recommendation per text.
    public static func document(title: String = "Test review", _ texts: [String], parts: [Int: [String]] = [:]) -> ReviewDocument {
        let recommendations = texts.enumerated().map { offset, text in
            let number = offset + 1
            let partTexts = parts[number] ?? []
            let letters = Array("abcdefgh")
            return Recommendation(
                number: number, heading: "Recommendation \(number)",
                text: [.paragraph(text, lines: SourceSpan(line: number))],
                parts: partTexts.enumerated().map { index, partText in
                    Part(number: number, label: letters[index], marker: "\(letters[index]))",
                         blocks: [.paragraph(partText, lines: SourceSpan(line: number))], lines: SourceSpan(line: number))
                },
                response: Response(label: "Response:", blocks: [.paragraph("Done for \(number).", lines: SourceSpan(line: number))],
                                   lines: SourceSpan(line: number)),
                lines: SourceSpan(line: number))
        }
        return ReviewDocument(source: "test.txt", titleLines: ["Test Partnership", title],
                              introduction: [.paragraph("An introduction about the review.", lines: SourceSpan(line: 1))],
                              sections: [Section(title: nil, recommendations: recommendations, lines: SourceSpan(1, 1))])
    }

    /// A review written from a partnership's template, as a library holds many: another child's review
    /// has the same recommendations word for word, so its fingerprint passes for an earlier version's.
    public static func templated(child: String) -> String {
        """
        Westmoor Safeguarding Children Partnership

        Learning Review of Child \(child)

        Recommendation 1
        Every agency should record who the child lives with at each home visit.
        Response: A shared home visit template was agreed.

        Recommendation 2
        Health visitors should ask about new adults in the household at each contact.
        Response: Guidance went to all health visiting teams.

        Recommendation 3
        Schools should tell children's social care the same day when a child on a plan is absent.
        Response: The attendance protocol now says so.
        """
    }

    public static func templatedReview(child: String) -> ReviewDocument {
        ReviewParser.parse(templated(child: child), source: "westmoor-child-\(child.lowercased()).txt")
    }

    /// Child J with the recommendations from `replacedFrom` on rewritten: from 6 (five of ten rewritten) its
    /// notes' file is only "perhaps" this document's (`DocumentIdentity.Likeness.uncertain`). With
    /// `sameTitle`, its title lines are Child J's, so it has Child J's notes key.
    public static func childJRewritten(from replacedFrom: Int, sameTitle: Bool = false) -> ReviewDocument {
        let replacements = sentences + [
            "Commissioners should fund an independent advocate for every child placed out of area.",
            "The designated nurse should audit health assessments for children placed out of area.",
            "Housing officers should share tenancy concerns with children's services within a week.",
            "The partnership should publish a plain-language summary of this review for families.",
            "Youth services should record every attempt to contact a child who stops attending.",
            "The local authority should review placement sufficiency for older children each year.",
        ]
        let texts = childJ.recommendations.enumerated().map { index, recommendation in
            index + 1 < replacedFrom ? recommendation.fullText : replacements[index % replacements.count]
        }
        var document = document(texts)
        if sameTitle { document.titleLines = childJ.titleLines }
        document.source = "child-j-rewritten.txt"
        return document
    }

    public static let sentences = [
        "The partnership should highlight this case to strategic leaders within social care services.",
        "The partnership should share this review report with the neighbouring partnership for learning.",
        "Schools should keep permanent exclusion to a minimum for children looked after elsewhere.",
        "Police should carry out prevention interviews in all cases of children reported missing.",
    ]
}
