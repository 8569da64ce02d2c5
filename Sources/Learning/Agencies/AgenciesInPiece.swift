import Content
/// A piece of text, its words and the agencies named in it: found once for every fact that needs
/// them (who a recommendation addresses and names, who owns each commitment).
struct AgenciesInPiece: Sendable {
    var piece: TextPiece
    var tokens: WordTokens
    var found: [AgencyFinder.Found]
}
