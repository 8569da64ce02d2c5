import Content

/// What the command line chooses for the browser.
public struct BrowserOptions: Sendable, Equatable {
    public var colorEnabled: Bool
    /// The palette, when colour is on.
    public var colorTheme: ColorTheme
    public var mouseEnabled: Bool
    /// The reader's widest line of text.
    public var measure: Int
    /// The measure by default: lines much longer than this are hard to follow back to their start,
    /// so on wide terminals the rest is margin.
    public static let defaultMeasure = 100
    /// `casebook present`: open in presentation mode rather than the browser.
    public var startInPresentation: Bool
    /// `--from ID`: the recommendation presentation starts at.
    public var presentFrom: ItemID?
    /// `--only IDS`: this session's plan, remembered only with `savePlan`.
    public var presentOnly: [ItemID]?
    /// `--save-plan`: remember `presentOnly` as the document's plan.
    public var savePlan: Bool

    public init(colorEnabled: Bool = true, colorTheme: ColorTheme = .standard, mouseEnabled: Bool = true,
                measure: Int = BrowserOptions.defaultMeasure, startInPresentation: Bool = false,
                presentFrom: ItemID? = nil, presentOnly: [ItemID]? = nil, savePlan: Bool = false) {
        self.colorEnabled = colorEnabled
        self.colorTheme = colorTheme
        self.mouseEnabled = mouseEnabled
        self.measure = measure
        self.startInPresentation = startInPresentation
        self.presentFrom = presentFrom
        self.presentOnly = presentOnly
        self.savePlan = savePlan
    }
}
