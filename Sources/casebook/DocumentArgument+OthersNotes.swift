import Store

extension DocumentArgument {
    /// The notes of the library's reviews other than this document, which its notes must not adopt: for
    /// a library id (`casebook 12`) every other review's, for the built-in document (id 1) every other
    /// review's; none for a FILE, whose edited copies are still found by fingerprint (or asked about).
    func othersNotes() -> OtherDocumentsNotes {
        let id: Int
        if let file {
            guard let libraryID = Self.libraryID(file) else { return .none }
            id = libraryID
        } else {
            id = 1
        }
        guard let store = try? library.openIfExists(), let files = try? LibraryNotesFiles(catalog: store) else { return .none }
        return files.others(besides: id)
    }
}
