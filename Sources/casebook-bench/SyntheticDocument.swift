import Content

/// A document `copies` times the size of `base`: its sections repeated with recommendations
/// renumbered, so the parser, the index and the browser see one long, well-formed response.
enum SyntheticDocument {
    static func text(repeating base: String, copies: Int) -> String {
        let lines = base.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstSection = lines.firstIndex(where: { $0.hasPrefix("Recommendations ") }) else { return base }
        let head = lines[..<firstSection].joined(separator: "\n")
        let body = Array(lines[firstSection...])
        let perCopy = body.filter { LineKind.isHeading($0) }.count
        var out = head
        out.reserveCapacity(base.utf8.count * copies)
        for copy in 0..<copies {
            for line in body {
                out += "\n"
                if LineKind.isHeading(line), let number = Int(line.dropFirst("Recommendation ".count)) {
                    out += "Recommendation \(copy * perCopy + number)"
                } else {
                    out += line
                }
            }
        }
        return out
    }

    private enum LineKind {
        static func isHeading(_ line: Substring) -> Bool {
            line.hasPrefix("Recommendation ") && Int(line.dropFirst("Recommendation ".count)) != nil
        }
    }
}
