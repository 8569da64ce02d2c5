import Content
import Learning

/// How a recommendation's status shows: a glyph that reads without colour, and its word.
enum StatusBadge {
    static func glyph(_ value: RecommendationStatus.Value) -> String {
        switch value {
        case .completed: return "✓"
        case .inProgress: return "◐"
        case .planned: return "○"
        }
    }

    static func label(_ value: RecommendationStatus.Value) -> String { glyph(value) + " " + value.rawValue }
}
