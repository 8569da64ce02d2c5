/// The library screen's count of matches per review, and each review's first few, from the index's
/// rowids. The index gives them in rowid order, so a review's matches come together: the running
/// review is counted in two plain integers and put in the dictionaries once, when the next begins
/// (a hash lookup and store per match were most of the Swift side of a 25,000-match key). Rowids in
/// any other order are counted the same, only slower.
struct ReviewTally {
    let firstPerReview: Int
    private(set) var counts: [Int: Int] = [:]
    private(set) var firstOf: [Int: [Int64]] = [:]
    private var document = -1
    private var count = 0
    private var first: [Int64] = []

    init(firstPerReview: Int) { self.firstPerReview = firstPerReview }

    mutating func add(_ rowid: Int64) {
        let review = PassageID.document(of: rowid)
        if review != document {
            flush()
            document = review
            count = counts[review] ?? 0
            first = firstOf[review] ?? []
        }
        if count < firstPerReview { first.append(rowid) }
        count += 1
    }

    /// The running review put in the dictionaries: call before reading them.
    mutating func flush() {
        guard document >= 0 else { return }
        counts[document] = count
        if !first.isEmpty { firstOf[document] = first }
    }
}
