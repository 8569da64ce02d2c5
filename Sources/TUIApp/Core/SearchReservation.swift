/// The search keys are reserved, not yet implemented: this is the one place search will plug in.
extension BrowserState {
    mutating func reserveSearch(_ request: SearchRequest) {
        message = "Search arrives in a later version"
    }
}
