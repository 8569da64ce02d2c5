/// What a user tells the parser when its rules cannot: given once, as options (`--recommendations`,
/// `--response-label`) or in a sidecar beside the document, and used by every command.
public struct ParseHints: Sendable, Hashable {
    /// A regular expression matching the start of each recommendation line ("E\\d+\\.").
    public var recommendationPattern: String?
    /// A label that opens each response ("Board response").
    public var responseLabel: String?

    public init(recommendationPattern: String? = nil, responseLabel: String? = nil) {
        self.recommendationPattern = recommendationPattern
        self.responseLabel = responseLabel
    }

    public var isEmpty: Bool { recommendationPattern == nil && responseLabel == nil }
}
