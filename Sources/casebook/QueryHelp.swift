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
        A query may start with "-": one holding a space is read as a query ('-foo bar'); for a \
        single word, put -- before it: casebook search -- -foo.
        """
}
