import Content

/// What the command line chooses for the browser.
public struct BrowserOptions: Sendable, Equatable {
    public var colorEnabled: Bool
    public var mouseEnabled: Bool
    /// `casebook present`: open in presentation mode rather than the browser.
    public var startInPresentation: Bool
    /// `--from ID`: the recommendation presentation starts at.
    public var presentFrom: ItemID?
    /// `--only IDS`: the session plan; saved as the document's plan.
    public var presentOnly: [ItemID]?

    public init(colorEnabled: Bool = true, mouseEnabled: Bool = true, startInPresentation: Bool = false,
                presentFrom: ItemID? = nil, presentOnly: [ItemID]? = nil) {
        self.colorEnabled = colorEnabled
        self.mouseEnabled = mouseEnabled
        self.startInPresentation = startInPresentation
        self.presentFrom = presentFrom
        self.presentOnly = presentOnly
    }
}
