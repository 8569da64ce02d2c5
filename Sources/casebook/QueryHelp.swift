import Search

/// What `--help` says about queries, from the query language's own list of facets, so the help
/// names every facet the language knows.
enum QueryHelp {
    /// "section:, id:, in:, theme:, …".
    static let facetKeys = SearchQuery.facetKeys.map { $0.key + ":" }.joined(separator: ", ")

    static let facets = """
        Facets narrow the recommendations: values of one facet are alternatives \
        (status:completed status:"in progress" is either), different facets must all hold, and \
        -key:value leaves out what it matches. Quote a value with spaces: theme:"missing children".
        """ + SearchQuery.facetKeys.map { "\n  \($0.key): \($0.help)" }.joined()

    static let leadingDash = """
        A query may start with "-": one holding a space is read as a query ('-foo bar'); -foo alone \
        only leaves foo out, so give a word to look for too ('abuse -foo').
        """

    /// For the commands whose query is an option's value.
    static let leadingDashFilter = """
        A filter that starts with "-" is joined to the option: --filter=-status:completed.
        """
}
