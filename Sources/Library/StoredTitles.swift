import Content
import GRDB

/// Libraries made before the library asked the document model for a review's title stored its last
/// title line, which in many responses is a date ("Published: March 2019"). The title lines open the
/// document's first full-text row and the stored title is the last of them, so the model's title is
/// found again from what is stored, without parsing any review.
enum StoredTitles {
    static func correct(in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, title FROM document")
        for row in rows {
            let (id, stored): (Int, String) = (row["id"], row["title"])
            // Only a subtitle can have been stored in place of the title the model gives.
            guard TitleLines.isSubtitle(stored),
                  let opening = try String.fetchOne(db, sql: "SELECT text FROM passage WHERE rowid = ?",
                                                    arguments: [PassageID.rowid(document: id, index: 0)])
            else { continue }
            let lines = opening.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let last = lines.firstIndex(of: stored), let title = TitleLines.title(of: Array(lines[...last])),
                  title != stored else { continue }
            try db.execute(sql: "UPDATE document SET title = ? WHERE id = ?", arguments: [title, id])
        }
    }
}
