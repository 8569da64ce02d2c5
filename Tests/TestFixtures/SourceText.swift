/// The source as the parser is meant to see it: BOM dropped, CRLF and lone CR turned into LF, split into
/// lines numbered from 1. Form feeds stay in `raw`; `text(ofLine:)` leaves them out.
public struct SourceText {
    public let raw: [String]

    public init(_ source: String) {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for (index, scalar) in source.unicodeScalars.enumerated() {
            if index == 0 && scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        raw = String(scalars).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    public var count: Int { raw.count }

    /// Line `number` (1-based) without form feeds, or "" outside the text.
    public func text(ofLine number: Int) -> String {
        guard raw.indices.contains(number - 1) else { return "" }
        return raw[number - 1].filter { $0 != "\u{0C}" }
    }
}
