import GRDB
@testable import Library
import Testing

/// A `theme:` or `agency:` facet lets a recommendation through when a picked name is one of the lines of
/// its stored themes or agencies. The test is written without building a delimited copy of the column for
/// each row: it must agree with that copy's test on every column, a name within another name included.
@Suite struct RecommendationFacetLineTests {
    @Test func aNameIsALineExactlyWhenTheDelimitedColumnHoldsIt() throws {
        let known = ["Police", "Office of the Police and Crime Commissioner", "Policeman Liaison", "Health", "Café",
                     "Cafe\u{301} Staff", "Schools"]
        let columns = ["Police", "Health\nPolice", "Police\nHealth", "Health\nPolice\nSchools", "Office of the Police and Crime Commissioner",
                       "Policeman Liaison\nHealth", "Office of the Police and Crime Commissioner\nPolice", "Health", "",
                       "Café", "Cafe\u{301} Staff", "Health\nCafé\nSchools", "Police\nPolice", "Schools\nPoliceman Liaison"]
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (agencies TEXT NOT NULL)")
            for column in columns { try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [column]) }
            for name in known {
                var arguments = StatementArguments()
                let test = RecommendationFacets.hasLine(name, in: "agencies", known: known, arguments: &arguments)
                let found = try String.fetchAll(db, sql: "SELECT agencies FROM t WHERE \(test) ORDER BY rowid", arguments: arguments)
                let expected = columns.filter { $0.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.utf8.elementsEqual(name.utf8) } }
                #expect(found == expected, "\(name)")
            }
        }
    }
}
