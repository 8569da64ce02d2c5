import Content

/// What the command line chooses for the browser.
public struct BrowserOptions: Sendable, Equatable {
    public var colorEnabled: Bool
    public var mouseEnabled: Bool
    /// `casebook present`: open in presentation mode rather than the browser.
    public var startInPresentation: Bool
    /// `--from ID`: the recommendation presentation starts at.
    public var presentFrom: ItemID?
    /// `--only IDS`: this session's plan, remembered only with `savePlan`.
    public var presentOnly: [ItemID]?
    /// `--save-plan`: remember `presentOnly` as the document's plan.
    public var savePlan: Bool

    public init(colorEnabled: Bool = true, mouseEnabled: Bool = true, startInPresentation: Bool = false,
                presentFrom: ItemID? = nil, presentOnly: [ItemID]? = nil, savePlan: Bool = false) {
        self.colorEnabled = colorEnabled
        self.mouseEnabled = mouseEnabled
        self.startInPresentation = startInPresentation
        self.presentFrom = presentFrom
        self.presentOnly = presentOnly
        self.savePlan = savePlan
    }
}
