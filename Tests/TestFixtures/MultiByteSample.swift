import Content

/// A document with multi-byte characters (CJK, accents, curly quotes, a dash) before and
/// between the words tests look for, so places' UTF-8 offsets are checked where they differ
/// from Character offsets.
public enum MultiByteSample {
    public static let accented = ReviewParser.parse("""
    Recommendation 1

    東京 and the café’s “naïve” army: the Agency’s army.

    Action Taken:

    The army — Ñandú — will report by March 2025.
    """, source: "accents")
}
