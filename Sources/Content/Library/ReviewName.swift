import Foundation

/// What people call a review: "Child J", as the title names the child, else the title itself. Many
/// titles begin alike ("Response to the Recommendations…"), so the library's rows, the address in
/// the status line and the session handout across reviews lead with the name.
public enum ReviewName {
    public static func short(_ title: String) -> String? {
        guard let range = title.range(of: #"\bChild [A-Z]{1,3}\b"#, options: .regularExpression) else { return nil }
        return String(title[range])
    }

    /// The title with the name in front, unless it already starts with it.
    public static func row(_ title: String) -> String {
        guard let name = short(title), !title.hasPrefix(name) else { return title }
        return name + ": " + title
    }

    /// The name for the status line's address.
    public static func label(_ title: String) -> String { short(title) ?? title }
}
