import Content
/// CSV as RFC 4180 writes it and spreadsheets open it: a header row, fields separated by commas, rows
/// ended by CRLF, a field holding a comma, quote or line break quoted with its quotes doubled.
/// Document text is made single-line and terminal-safe first, and a field a spreadsheet would run as a
/// formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP
/// advises, so a cell shows the author's words and never computes them.
public enum CSVWriter {
    public static func csv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ value: String) -> String {
        var text = TerminalSafe.clean(value)
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
