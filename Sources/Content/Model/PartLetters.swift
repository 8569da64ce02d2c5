import Foundation

/// A part's letter as 32 bits, for a packed `Place`: a letter of one Unicode scalar (every letter
/// the parser makes, "a" to "z") is its scalar; any other is numbered, once, in a table kept for
/// the process (above the scalars' range).
enum PartLetters {
    private static let firstNumbered: UInt32 = 0x11_0000
    private static let table = Table()

    static func value(of letter: Character) -> UInt32 {
        let scalars = letter.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return scalar.value }
        return firstNumbered + table.number(of: letter)
    }

    static func letter(_ value: UInt32) -> Character {
        if value < firstNumbered, let scalar = Unicode.Scalar(value) { return Character(scalar) }
        return table.letter(value - firstNumbered)
    }

    private final class Table: @unchecked Sendable {
        private let lock = NSLock()
        private var letters: [Character] = []
        private var numbers: [Character: UInt32] = [:]

        func number(of letter: Character) -> UInt32 {
            lock.lock()
            defer { lock.unlock() }
            if let number = numbers[letter] { return number }
            let number = UInt32(letters.count)
            letters.append(letter)
            numbers[letter] = number
            return number
        }

        func letter(_ number: UInt32) -> Character {
            lock.lock()
            defer { lock.unlock() }
            return letters[Int(number)]
        }
    }
}
