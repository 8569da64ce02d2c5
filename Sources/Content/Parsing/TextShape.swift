/// Small judgements about a piece of text that the parser's rules rest on.
enum TextShape {
    /// Whether text ends a sentence (or a clause that may end a paragraph): . ! ? : ; or …,
    /// possibly followed by closing quotes or brackets.
    static func endsSentence(_ text: some StringProtocol) -> Bool {
        let trimmed = text.reversed().drop { $0.isWhitespace || "\"'’”)]»".contains($0) }
        guard let last = trimmed.first else { return true }
        return ".!?:;…".contains(last)
    }

    /// Whether text starts with a lower-case letter (a sentence carried over from the line before).
    static func startsLowercase(_ text: some StringProtocol) -> Bool {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return false }
        return first.isLowercase
    }

    static func trimmed(_ text: some StringProtocol) -> String {
        String(text).trimmingCharacters(in: .whitespaces)
    }

    static func wordCount(_ text: some StringProtocol) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}

import Foundation
