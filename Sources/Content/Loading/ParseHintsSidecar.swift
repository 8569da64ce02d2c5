import Foundation

/// The parse hints a document's local data gives, under a `[parsing]` heading in `NAME.local.txt`:
///
///     [parsing]
///     recommendations: E\d+\.
///     response-label: Board response
///
/// Read before the document is parsed; flags on the command line win over them (`ParseHints.over`).
public enum ParseHintsSidecar {
    public static let heading = "parsing"
    static let recommendationsKey = "recommendations"
    static let responseLabelKey = "response-label"

    /// The hints in a local data text, and a warning for each line under `[parsing]` that cannot be used.
    public static func hints(in text: String, file: String) -> (hints: ParseHints, warnings: [ParseWarning]) {
        var hints = ParseHints()
        var warnings: [ParseWarning] = []
        var inSection = false
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = TextShape.trimmed(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                inSection = TextShape.trimmed(line.dropFirst().dropLast()).lowercased() == heading
                continue
            }
            guard inSection else { continue }
            func warn(_ message: String) { warnings.append(ParseWarning("\(file) line \(index + 1): \(message)")) }
            guard let colon = line.firstIndex(of: ":") else {
                warn("expected \"recommendations: PATTERN\" or \"response-label: LABEL\"")
                continue
            }
            let key = TextShape.trimmed(line[..<colon]).lowercased()
            let value = TextShape.trimmed(line[line.index(after: colon)...])
            switch key {
            case recommendationsKey:
                let candidate = ParseHints(recommendationPattern: value)
                if let problem = candidate.problem { warn(problem + "; the hint is not used") } else { hints.recommendationPattern = value }
            case responseLabelKey where !value.isEmpty:
                hints.responseLabel = value
            default:
                warn("unknown hint \"\(key)\"; expected recommendations or response-label")
            }
        }
        return (hints, warnings)
    }

    /// The hints in the local data beside `path`; none when it has no sidecar or none there.
    public static func read(beside path: String) -> (hints: ParseHints, warnings: [ParseWarning]) {
        let sidecar = LocalDataSidecar.name(for: path)
        guard !LocalDataSidecar.isSidecar(path), FileManager.default.fileExists(atPath: sidecar),
              let data = try? DocumentLoader.readFile(sidecar), !DocumentLoader.isBinary(data) else { return (ParseHints(), []) }
        return hints(in: String(decoding: data, as: UTF8.self), file: (sidecar as NSString).lastPathComponent)
    }
}
