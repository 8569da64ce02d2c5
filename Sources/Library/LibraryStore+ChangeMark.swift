import GRDB

extension LibraryStore {
    /// SQLite's data version of this connection, which changes whenever another connection (another
    /// casebook adding or removing reviews) commits: one pragma, no table read, so the browser can ask
    /// at every key. Nil when it cannot be read (the library is then taken as unchanged).
    public func changeMark() -> Int? {
        try? reading { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }
}
