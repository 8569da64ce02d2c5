import Content
import Learning

/// The styles the views draw with: the chosen colour theme's palette on the roles, every distinction
/// also carried by bold, reverse or underline, so the screen reads without colour.
struct Theme: Sendable {
    var colorEnabled: Bool
    private var palette: Palette

    init(colorEnabled: Bool, colors: ColorTheme = .standard) {
        self.colorEnabled = colorEnabled
        palette = colors.palette
    }

    private var accent: Style.Color { palette.accent }
    private var emphasis: Style.Color { palette.emphasis }

    func style(_ role: TextRole) -> Style {
        switch role {
        case .body: return .plain
        case .title: return resolve(Style(bold: true))
        case .heading: return resolve(Style(foreground: accent, bold: true))
        case .label: return resolve(Style(foreground: emphasis, bold: true, underline: true))
        case .marker: return resolve(Style(foreground: accent, bold: true))
        case .term: return resolve(Style(bold: true))
        case .dim: return resolve(Style(dim: true))
        case .note: return resolve(Style(foreground: .green))
        case .noteLabel: return resolve(Style(foreground: .green, bold: true))
        }
    }

    var outlineTitle: Style { resolve(Style(bold: true, underline: true)) }
    var sectionRow: Style { resolve(Style(foreground: accent, bold: true)) }
    var recommendationNumber: Style { resolve(Style(foreground: emphasis, bold: true)) }
    var partLabel: Style { resolve(Style(foreground: emphasis)) }
    var foldMarker: Style { resolve(Style(foreground: accent)) }
    var separator: Style { resolve(Style(dim: true)) }
    var statusBar: Style { Style(reverse: true) }
    var statusMessage: Style { Style(bold: true, reverse: true) }
    var border: Style { resolve(Style(foreground: accent)) }
    /// A search match: reverse video (readable without colour), in the emphasis colour where colour is on.
    var match: Style { resolve(Style(foreground: emphasis, bold: true, reverse: true)) }
    /// The match `n`/`N` went to: also underlined.
    var currentMatch: Style { resolve(Style(foreground: palette.good, bold: true, reverse: true, underline: true)) }
    var matchCount: Style { resolve(Style(foreground: emphasis, bold: true)) }

    func status(_ value: RecommendationStatus.Value) -> Style {
        switch value {
        case .completed: return resolve(Style(foreground: palette.good, bold: true))
        case .inProgress: return resolve(Style(foreground: emphasis, bold: true))
        case .planned: return resolve(Style(foreground: palette.planned, bold: true))
        }
    }
    var borderTitle: Style { resolve(Style(foreground: accent, bold: true)) }

    /// The selected outline row: reverse when the outline has the keys, bold and underlined otherwise.
    func selected(_ base: Style, focused: Bool) -> Style {
        focused ? Style(bold: base.bold, reverse: true) : resolve(Style(foreground: base.foreground, bold: true, underline: true))
    }

    /// Drops colour when colour is off (NO_COLOR, --color never), and dimming where the theme has none.
    func resolve(_ style: Style) -> Style {
        var style = colorEnabled ? style : style.withoutColor
        if !palette.dims { style.dim = false }
        return style
    }

    /// Gives every cell that sets no colour of its own the theme's text and background colours, so a
    /// light or dark theme looks the same on any terminal. Nothing changes without colour.
    func paintCanvas(_ grid: inout CellGrid) {
        guard colorEnabled, let canvas = palette.canvas else { return }
        for row in 0..<grid.height {
            grid.restyle(row: row, columns: 0..<grid.width) { style in
                style.foreground = style.foreground ?? canvas.foreground
                style.background = style.background ?? canvas.background
            }
        }
    }
}
