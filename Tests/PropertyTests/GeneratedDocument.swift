/// A document of the family, built from a recipe of piece numbers so that a shrunk counterexample is a
/// short list of numbers: each number adds one line (or a few) of a kind the parser must handle.
struct GeneratedDocument: CustomStringConvertible {
    static let pieceKinds = 0...29
    static let lineEndings = ["\n", "\r\n", "\r"]

    let recipe: [Int]
    let lineEnding: Int
    let text: String

    init(recipe: [Int], lineEnding: Int) {
        self.recipe = recipe
        self.lineEnding = lineEnding
        var number = 0
        var lines: [String] = []
        for piece in recipe {
            lines += Self.lines(for: piece, number: &number)
        }
        text = lines.joined(separator: Self.lineEndings[lineEnding % Self.lineEndings.count])
    }

    var description: String { "GeneratedDocument(recipe: \(recipe), lineEnding: \(lineEnding))" }

    private static let longWord = String(repeating: "Longword", count: 300)
    private static let longParagraph = (1...300).map { "word\($0)" }.joined(separator: " ") + "."

    // swiftlint:disable:next cyclomatic_complexity
    private static func lines(for piece: Int, number: inout Int) -> [String] {
        switch piece {
        case 0: return ["Recommendations related to learning from Child Q"]
        case 1: number += 1; return ["Recommendation \(number)"]
        case 2: return ["Recommendation \(max(number, 1))"]                     // repeated number
        case 3: number += 1; return ["Recommendation \(number + 5): Missing children"]  // out of order
        case 4: number += 1; return ["Recommendation \(number) – The Partnership should make sure that every school has a lead who has been trained."]
        case 5: return ["a) The board should act."]
        case 6: return ["b) Schools should train staff."]
        case 7: return ["c) third"]
        case 8: return ["1. first item"]
        case 9: return ["• bullet item"]
        case 10: return ["(2) bracketed item"]
        case 11: return ["Action Taken:"]
        case 12: return ["Response: Done in part."]
        case 13: return ["Progress update – the work goes on."]
        case 14: return ["The Partnership will review the plan"]
        case 15: return ["and the schools agreed it."]
        case 16: return [""]
        case 17: return ["Page 3 of 9"]
        case 18: return ["\u{0C}"]
        case 19: return ["Anytown Review Response"]
        case 20: return ["12"]
        case 21: return [longWord]
        case 22: return [longParagraph]
        case 23: return ["x."]
        case 24: return ["Restorative Practice: Training delivered."]
        case 25: return ["The offer is:"]
        case 26: return ["Anytown Partnership"]
        case 27: return ["\tIndented\u{00A0}with odd spaces  "]
        case 28: return ["A bell\u{07} and an escape\u{1B}[2J and \u{9B}31m and \u{202E}reversed"]
        default: return ["Update:", "- dash item", "Recommendations"]
        }
    }
}
