import Content
import Learning

/// The calm theme: the terminal's own background, colour only as a foreground accent, and every
/// distinction also carried by bold, reverse or underline, so the screen reads without colour.
struct Theme: Sendable {
    var colorEnabled: Bool

    func style(_ role: TextRole) -> Style {
        switch role {
        case .body: return .plain
        case .title: return resolve(Style(bold: true))
        case .heading: return resolve(Style(foreground: .cyan, bold: true))
        case .label: return resolve(Style(foreground: .yellow, bold: true, underline: true))
        case .marker: return resolve(Style(foreground: .cyan, bold: true))
        case .term: return resolve(Style(bold: true))
        case .dim: return resolve(Style(dim: true))
        case .note: return resolve(Style(foreground: .green))
        case .noteLabel: return resolve(Style(foreground: .green, bold: true))
        }
    }

    var outlineTitle: Style { resolve(Style(bold: true, underline: true)) }
    var sectionRow: Style { resolve(Style(foreground: .cyan, bold: true)) }
    var recommendationNumber: Style { resolve(Style(foreground: .yellow, bold: true)) }
    var partLabel: Style { resolve(Style(foreground: .yellow)) }
    var foldMarker: Style { resolve(Style(foreground: .cyan)) }
    var separator: Style { resolve(Style(dim: true)) }
    var statusBar: Style { Style(reverse: true) }
    var statusMessage: Style { Style(bold: true, reverse: true) }
    var border: Style { resolve(Style(foreground: .cyan)) }
    /// A search match: reverse video (readable without colour), yellow where colour is on.
    var match: Style { resolve(Style(foreground: .yellow, bold: true, reverse: true)) }
    /// The match `n`/`N` went to: also underlined.
    var currentMatch: Style { resolve(Style(foreground: .green, bold: true, reverse: true, underline: true)) }
    var matchCount: Style { resolve(Style(foreground: .yellow, bold: true)) }

    func status(_ value: RecommendationStatus.Value) -> Style {
        switch value {
        case .completed: return resolve(Style(foreground: .green, bold: true))
        case .inProgress: return resolve(Style(foreground: .yellow, bold: true))
        case .planned: return resolve(Style(foreground: .magenta, bold: true))
        }
    }
    var borderTitle: Style { resolve(Style(foreground: .cyan, bold: true)) }

    /// The selected outline row: reverse when the outline has the keys, bold and underlined otherwise.
    func selected(_ base: Style, focused: Bool) -> Style {
        focused ? Style(bold: base.bold, reverse: true) : resolve(Style(foreground: base.foreground, bold: true, underline: true))
    }

    /// Drops colour when colour is off (NO_COLOR, --color never).
    func resolve(_ style: Style) -> Style { colorEnabled ? style : style.withoutColor }
}
