/// How a cell looks. Attributes carry every distinction, so the screen still reads without colour.
public struct Style: Sendable, Hashable {
    public enum Color: Sendable, Hashable, CaseIterable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    /// nil means the terminal's own colour.
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()

    /// The same style without colours, for NO_COLOR and `--color never`.
    public var withoutColor: Style {
        var copy = self
        copy.foreground = nil
        copy.background = nil
        return copy
    }
}
