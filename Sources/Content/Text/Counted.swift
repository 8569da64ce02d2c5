/// A count with its noun as people write it: "1 note", "3 marks", "644,540 commitments". Here, the lowest module, so that
/// every module that prints a count (the reports, the notes store) says it the same way.
public enum Counted {
    /// `plural` for a noun that does not take an "s" ("matches"); singular for one, plural otherwise.
    public static func of(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(DigitGroups.of(count)) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
