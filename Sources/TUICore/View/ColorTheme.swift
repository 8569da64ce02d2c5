/// The colour themes a user can choose (`--theme`, `CASEBOOK_THEME`, `theme =` in config.toml). Each
/// is a palette for the same roles; bold, reverse and underline carry every distinction in all of
/// them, so `NO_COLOR` (which drops the palette) still leaves a readable screen.
public enum ColorTheme: String, CaseIterable, Sendable {
    /// The terminal's own background, colour only as a foreground accent.
    case standard = "default"
    /// Dark text on a white background, with colours that read on white (no yellow or cyan).
    case light
    /// Light text on a black background, whatever the terminal's own colours.
    case dark
    /// White on black, bright accents, and no dimmed text.
    case highContrast = "high-contrast"

    /// The colours each role takes.
    var palette: Palette {
        switch self {
        case .standard:
            Palette(accent: .cyan, emphasis: .yellow, good: .green, planned: .magenta, canvas: nil)
        case .light:
            Palette(accent: .blue, emphasis: .magenta, good: .green, planned: .red, canvas: (.black, .white))
        case .dark:
            Palette(accent: .cyan, emphasis: .yellow, good: .green, planned: .magenta, canvas: (.white, .black))
        case .highContrast:
            Palette(accent: .white, emphasis: .yellow, good: .green, planned: .cyan, canvas: (.white, .black), dims: false)
        }
    }
}

/// The colours of a theme, by role.
struct Palette: Sendable {
    /// Headings, markers, borders, sections.
    var accent: Style.Color
    /// Labels, numbers, search matches, work in progress.
    var emphasis: Style.Color
    /// Completed work and the current match.
    var good: Style.Color
    /// Work only planned.
    var planned: Style.Color
    /// The text and background colours every cell takes where it sets none; nil keeps the terminal's.
    var canvas: (foreground: Style.Color, background: Style.Color)?
    /// Whether dimmed text stays dim (high contrast makes it plain).
    var dims = true
}
