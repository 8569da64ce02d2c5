import Foundation
import Content

/// The reflective questions asked after each recommendation when presenting, and printed in the
/// handout: `Content/questions.txt`, one question per line, `#` comments and blank lines ignored.
public enum ReflectiveQuestions {
    public static let fileName = "questions.txt"

    /// The questions built into the binary.
    public static let builtIn: [String] = BuiltInContent.text(named: fileName).map(parse) ?? []

    /// The questions in a questions file's text.
    public static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
