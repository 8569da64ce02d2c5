import Content
import Foundation
import Library

/// `casebook library`, `casebook themes` and `casebook search` across the library: what they print.
public enum LibraryReport {
    // MARK: The list

    /// One row of the list in every format.
    public struct Row: Codable, Sendable, Equatable {
        public var id: Int
        public var title: String
        @NullWhenAbsent public var organisation: String?
        @NullWhenAbsent public var year: Int?
        public var recommendations: Int
        public var completed: Int
        public var inProgress: Int
        public var planned: Int
        public var source: String

        enum CodingKeys: String, CodingKey {
            case id, title, organisation, year, recommendations, completed, inProgress = "in progress", planned, source
        }

        public init(_ entry: LibraryEntry) {
            id = entry.id
            title = entry.title
            organisation = entry.organisation
            year = entry.year
            recommendations = entry.recommendationCount
            completed = entry.statusCounts["completed"] ?? 0
            inProgress = entry.statusCounts["in progress"] ?? 0
            planned = entry.statusCounts["planned"] ?? 0
            source = entry.source
        }
    }

    /// "id  year  recs  done/prog/plan  place · …title", fitted to `width`: the organisation by its place
    /// name ("Anytown"), and a long title cut at its start, since titles begin alike ("Response to the
    /// Recommendations…") and end with the child's name.
    public static func lines(_ entries: [LibraryEntry], width: Int) -> [String] {
        let idWidth = max(2, entries.map { String($0.id).count }.max() ?? 2)
        let header = pad("id", idWidth) + "  year  recs  done/prog/plan  organisation · title"
        return [header] + entries.map { entry in
            let row = Row(entry)
            let statuses = "\(row.completed)/\(row.inProgress)/\(row.planned)"
            let head = pad(String(row.id), idWidth) + "  " + pad(row.year.map { String($0) } ?? "", 4) + "  "
                + pad(String(row.recommendations), 4) + "  " + padded(statuses, 14) + "  "
            let place = row.organisation.map { shortName(TerminalSafe.clean($0)) + " · " } ?? ""
            let room = max(10, width - head.count - DisplayWidth.of(place))
            return head + place + keepingEnd(TerminalSafe.clean(row.title), width: room)
        }
    }

    /// "Anytown Safeguarding Children Partnership" → "Anytown": the words before the first generic one.
    static func shortName(_ organisation: String) -> String {
        let generic: Set<String> = ["safeguarding", "children", "children's", "children’s", "partnership", "local", "council",
                                    "county", "city", "borough", "lscb", "board"]
        let words = organisation.split(separator: " ")
        let kept = words.prefix { !generic.contains($0.lowercased()) }
        return kept.isEmpty ? organisation : kept.joined(separator: " ")
    }

    /// `text` if it fits; otherwise "…" and as much of its end as fits.
    static func keepingEnd(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        var used = 1
        for character in text.reversed() {
            let columns = DisplayWidth.of(character)
            if used + columns > width { break }
            kept.insert(character, at: kept.startIndex)
            used += columns
        }
        return "…" + kept
    }

    public static let csvHeader = ["id", "title", "organisation", "year", "recommendations", "completed", "in progress", "planned", "source"]

    public static func csv(_ entries: [LibraryEntry]) -> String {
        CSVWriter.csv(header: csvHeader, rows: entries.map(csvCells))
    }

    private static func csvCells(_ entry: LibraryEntry) -> [String] {
        let row = Row(entry)
        let year: String = row.year.map { String($0) } ?? ""
        let counts: [String] = [row.recommendations, row.completed, row.inProgress, row.planned].map { String($0) }
        return [String(row.id), row.title, row.organisation ?? "", year] + counts + [row.source]
    }

    public static func json(_ entries: [LibraryEntry]) throws -> String {
        try JSONExporter.encode(entries.map(Row.init))
    }

    // MARK: The themes matrix

    /// Themes down, reviews across (by id, named below the table), a total column.
    public static func lines(_ matrix: ThemeMatrix, width: Int) -> [String] {
        guard !matrix.themes.isEmpty else { return [] }
        let themeWidth = min(28, matrix.themes.map { DisplayWidth.of($0) }.max() ?? 5)
        let columns = matrix.documents.map { String($0.id) }
        let cellWidth = max(3, columns.map(\.count).max() ?? 3)
        var lines = [pad("theme", themeWidth) + " " + (columns + ["all"]).map { pad($0, cellWidth) }.joined(separator: " ")]
        for theme in matrix.themes {
            let cells = matrix.documents.map { document in
                let count = matrix.count(theme: theme, document: document.id)
                return pad(count == 0 ? "·" : String(count), cellWidth)
            }
            let name = Truncation.truncate(TerminalSafe.clean(theme), toWidth: themeWidth, cut: .anywhere)
            lines.append(padded(name, themeWidth) + " " + (cells + [pad(String(matrix.total(theme: theme)), cellWidth)]).joined(separator: " "))
        }
        lines.append("")
        lines += matrix.documents.map { document in
            let name = TerminalSafe.clean(document.title) + (document.organisation.map { " · " + TerminalSafe.clean($0) } ?? "")
            let head = pad(String(document.id), cellWidth) + "  "
            return head + Truncation.truncate(name, toWidth: max(10, width - head.count), cut: .preferringWordBoundary)
        }
        return lines
    }

    /// A header row "theme, <id: title>…, all", one row per theme.
    public static func csv(_ matrix: ThemeMatrix) -> String {
        CSVWriter.csv(header: ["theme"] + matrix.documents.map { "\($0.id): \($0.title)" } + ["all"], rows: matrix.themes.map { theme in
            [theme] + matrix.documents.map { String(matrix.count(theme: theme, document: $0.id)) } + [String(matrix.total(theme: theme))]
        })
    }

    // MARK: Search

    /// Per review: "12  Title · 3 matches", then its best matches "  12:5b  response  …snippet…".
    public static func lines(_ result: LibrarySearchResult, width: Int, marks: SearchReport.Marks) -> [String] {
        result.groups.flatMap { group -> [String] in
            let count = group.count == 1 ? "1 match" : "\(group.count) matches"
            let title = "\(group.document)  " + TerminalSafe.clean(group.title)
            var lines = [Truncation.truncate(title, toWidth: max(10, width - count.count - 3), cut: .preferringWordBoundary) + " · " + count]
            for match in group.matches {
                let head = "  " + padded(address(match), 8) + "  " + padded(match.zone, 14) + "  "
                lines.append(head + marked(match.markedSnippet, room: max(20, width - head.count), marks: marks))
            }
            return lines
        }
    }

    /// "12:5b", "12:PR2" for a coded recommendation; "12:intro" for the introduction, "12" for a section heading.
    public static func address(_ match: LibrarySearchResult.Match) -> String {
        if let code = match.hit.code { return "\(match.hit.document):\(code)" }
        return match.zone == "introduction" ? "\(match.hit.document):intro" : "\(match.hit.document)"
    }

    /// The snippet made safe and cut to `room` columns, its marks turned into `marks`; the words before
    /// the first match take at most a third of the room, so the match is always shown.
    static func marked(_ snippet: String, room: Int, marks: SearchReport.Marks) -> String {
        var output = ""
        var used = 0
        var inside = false
        var snippet = snippet
        if let first = snippet.firstIndex(of: LibrarySearchResult.markOpen) {
            let before = TerminalSafe.oneLine(String(snippet[..<first]))
            if DisplayWidth.of(before) > room / 3 {
                let kept = String(before.reversed().prefix(max(0, room / 3 - 1)).reversed())
                snippet = "…" + kept + snippet[first...]
            }
        }
        for piece in snippet.split(omittingEmptySubsequences: false, whereSeparator: {
            $0 == LibrarySearchResult.markOpen || $0 == LibrarySearchResult.markClose
        }).enumerated() {
            if piece.offset > 0 {
                inside.toggle()
                output += inside ? marks.open : marks.close
                used += marks.columns / 2
            }
            let text = TerminalSafe.oneLine(String(piece.element))
            let kept = Truncation.truncate(text, toWidth: max(0, room - used), cut: .anywhere)
            output += kept
            used += DisplayWidth.of(kept)
            if kept != text { break }
        }
        return inside ? output + marks.close : output
    }

    /// One record per match, for `--json`.
    public struct MatchRecord: Codable, Sendable, Equatable {
        public var document: Int
        public var title: String
        public var id: String
        public var zone: String
        public var snippet: String
        public var rank: Double
        public var matchesInDocument: Int
    }

    public static func json(_ result: LibrarySearchResult) throws -> String {
        try JSONExporter.encode(result.groups.flatMap { group in
            group.matches.map { match in
                MatchRecord(document: group.document, title: group.title, id: address(match), zone: match.zone,
                            snippet: match.hit.snippet, rank: match.hit.rank, matchesInDocument: group.count)
            }
        })
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
