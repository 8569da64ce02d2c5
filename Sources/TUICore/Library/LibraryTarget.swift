import Content

/// Where Enter on a row of the library's lists goes: a recommendation (or part) in a review, with the
/// letters of its code ("PR" for PR2), since E2 and PR2 share the number 2 ("" for a plain number).
struct LibraryTarget: Sendable {
    var document: Int
    var item: ItemID
    var series: String = ""

    var opening: Effect { .openReview(document: document, at: item, series: series) }
}
