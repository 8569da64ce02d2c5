import Foundation

/// Decodes a fixture's JSON so that a failure says which file, which key and what was wrong,
/// rather than a bare nil or Swift's nested `DecodingError` dump.
public enum FixtureJSON {
    public static func decode<T: Decodable>(_ type: T.Type = T.self, from url: URL) throws -> T {
        let data = try Data(contentsOf: url)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw FixtureError("\(url.lastPathComponent): \(explanation(of: error))")
        }
    }

    /// "at recommendations[2].number: expected Int, found a string" and the like.
    static func explanation(of error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            return "at \(path(context.codingPath)): missing key \"\(key.stringValue)\""
        case let .typeMismatch(type, context):
            return "at \(path(context.codingPath)): expected \(type): \(context.debugDescription)"
        case let .valueNotFound(type, context):
            return "at \(path(context.codingPath)): expected \(type), found null"
        case let .dataCorrupted(context):
            let cause = context.underlyingError.map { " (\($0))" } ?? ""
            return "at \(path(context.codingPath)): \(context.debugDescription)\(cause)"
        @unknown default:
            return "\(error)"
        }
    }

    /// A coding path as it reads in the file: `recommendations[2].number`; the top level is `(top)`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text.isEmpty ? "(top)" : text
    }
}
