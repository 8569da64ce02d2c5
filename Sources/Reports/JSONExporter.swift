import Foundation
import Content
import Learning

/// `casebook export --format json`: the document as pretty-printed JSON with sorted keys.
public enum JSONExporter {
    /// The document, each recommendation with what casebook derived from it (`learning`, built when not given).
    public static func export(_ document: ReviewDocument, learning: LearningIndex? = nil) throws -> String {
        var json = ""
        try export(document, learning: learning) { json += $0 }
        return json
    }

    /// The same JSON handed to `write` a piece at a time, so a large document's is never held whole.
    public static func export(_ document: ReviewDocument, learning: LearningIndex? = nil, to write: (String) -> Void) throws {
        let learning = learning ?? LearningIndex(document: document)
        try withoutActuallyEscaping(write) { write in
            try JSONDocumentStream(learning: learning, write: { write(escapingInvisibleControls($0)) }).document(document)
        }
    }

    /// Any value as casebook writes JSON: pretty-printed, sorted keys, every invisible control escaped,
    /// ending in a newline.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return escapingInvisibleControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSON only has to escape U+0000–U+001F; DEL, the C1 controls (which some terminals obey) and
    /// bidirectional overrides are escaped too, so the output is safe to print and still means the same.
    static func escapingInvisibleControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
