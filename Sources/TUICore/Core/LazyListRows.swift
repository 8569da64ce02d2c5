/// A list's rows made as they show, from a count and a maker: a large document's tracker has
/// hundreds of thousands of commitments, and as rows (each sentence copied) they held about 80 MB
/// of a 60 MB document's budget.
struct LazyListRows: Sendable {
    let count: Int
    /// The widest key, in columns.
    let keyWidth: Int
    private let make: @Sendable (Int) -> ListView.Row

    init(count: Int, keyWidth: Int, make: @escaping @Sendable (Int) -> ListView.Row) {
        self.count = count
        self.keyWidth = keyWidth
        self.make = make
    }

    func row(at index: Int) -> ListView.Row { make(index) }
}
