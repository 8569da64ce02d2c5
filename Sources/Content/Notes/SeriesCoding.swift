/// How a notes file keeps an id's series (PR2 where E2 is the first numbered 2): beside the id, which
/// is written as before ("2"), so that an older casebook still reads the file (it would set aside a
/// file holding "PR2" as corrupt). An older casebook ignores the series and takes such an id for the
/// first with its number, as it always did; should it rewrite the file, the series is dropped.
package enum SeriesCoding {
    /// The series of `ids`, in order, or nil when none has one (and nothing need be written).
    package static func series(of ids: [ItemID]) -> [String]? {
        ids.contains { !$0.series.isEmpty } ? ids.map(\.series) : nil
    }

    /// `ids` in the series written beside them; a list of another length (written by an older casebook
    /// over a newer one's file) is ignored.
    package static func ids(_ ids: [ItemID], in series: [String]?) -> [ItemID] {
        guard let series, series.count == ids.count else { return ids }
        return zip(ids, series).map { $0.inSeries($1) }
    }

    /// A target's series to write, nil when it has none.
    package static func series(of target: NoteTarget) -> String? {
        target.series.isEmpty ? nil : target.series
    }
}

extension KeyedEncodingContainer {
    /// Writes `target` under `key` as before, and its series, if any, under `seriesKey`.
    mutating func encode(_ target: NoteTarget, forKey key: Key, seriesKey: Key) throws {
        try encode(target, forKey: key)
        try encodeIfPresent(SeriesCoding.series(of: target), forKey: seriesKey)
    }
}

extension KeyedDecodingContainer {
    /// Reads what `encode(_:forKey:seriesKey:)` writes; a target without a series is the first with its number.
    func decodeTarget(forKey key: Key, seriesKey: Key) throws -> NoteTarget {
        let target = try decode(NoteTarget.self, forKey: key)
        return try decodeIfPresent(String.self, forKey: seriesKey).map(target.inSeries) ?? target
    }
}
