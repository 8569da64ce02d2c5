#!/usr/bin/env python3
"""Generates Sources/Content/Text/DisplayWidthTables.swift: the range tables behind DisplayWidth.

The tables say how many terminal columns a Unicode scalar takes, by the rules terminals apply
(those of Markus Kuhn's wcwidth and its successors):
  0 columns: controls (Cc), non-spacing and enclosing marks (Mn, Me), format characters (Cf, which
             holds the zero-width joiner and zero-width space) and the Hangul medial vowels and final
             consonants (U+1160..U+11FF), which join the syllable before them; but SOFT HYPHEN
             (U+00AD), a Cf that terminals draw, keeps its column;
  2 columns: East Asian Wide (W) and Fullwidth (F), and emoji with default emoji presentation;
  1 column:  everything else, East Asian Ambiguous (A) included.
Zero width wins over wide (U+3099, a combining kana mark, is both Mn and W). Grapheme clusters
(emoji variation selector U+FE0F, emoji sequences) are handled in DisplayWidth.swift.

The generated file is committed, so building casebook needs neither this script nor the data.

To re-run it (for a newer Unicode version, say):
    apt-get install -y unicode-data      # Debian/Ubuntu: the files land in /usr/share/unicode/
    python3 Scripts/generate-display-width.py
or point it at another copy of the Unicode Character Database:
    python3 Scripts/generate-display-width.py --ucd /path/to/ucd --output path/to/File.swift
It reads UnicodeData.txt, EastAsianWidth.txt and emoji/emoji-data.txt, stamps the Unicode version
(from EastAsianWidth.txt's first line) into the generated file, then run `swift test --filter
DisplayWidth` to check the result.
"""

import argparse
import re
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPOSITORY / "Sources/Content/Text/DisplayWidthTables.swift"

ZERO_WIDTH_CATEGORIES = {"Cc", "Mn", "Me", "Cf"}
ZERO_WIDTH_EXTRA = [(0x1160, 0x11FF)]  # Hangul Jungseong and Jongseong: drawn inside the syllable
ONE_COLUMN_EXCEPTIONS = {0x00AD}       # SOFT HYPHEN is Cf, but terminals draw it
# EastAsianWidth.txt's header: unlisted code points in these blocks default to W.
WIDE_DEFAULTS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]


def data_lines(path):
    """The fields of each data line of a UCD file: comments and blank lines dropped."""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield [field.strip() for field in line.split(";")]


def code_points(field):
    """A UCD code point or range ("0300" or "0300..036F") as an inclusive (start, end) pair."""
    start, _, end = field.partition("..")
    return int(start, 16), int(end or start, 16)


def general_categories(path):
    """(start, end, category) for every assigned code point, ranges ("<..., First>") kept whole."""
    first = None
    for fields in data_lines(path):
        value, name, category = int(fields[0], 16), fields[1], fields[2]
        if name.endswith(", First>"):
            first = value
            continue
        start = first if name.endswith(", Last>") else value
        first = None
        yield start, value, category


def east_asian_wide(path):
    for fields in data_lines(path):
        if fields[1] in ("W", "F"):
            yield code_points(fields[0])


def emoji_presentation(path):
    for fields in data_lines(path):
        if fields[1] == "Emoji_Presentation":
            yield code_points(fields[0])


def merged(ranges):
    """Sorted, with touching or overlapping ranges joined."""
    result = []
    for start, end in sorted(ranges):
        if result and start <= result[-1][1] + 1:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def without(ranges, removed):
    """`ranges` less every code point in `removed` (both merged)."""
    result = []
    for start, end in ranges:
        for cut_start, cut_end in removed:
            if cut_end < start or cut_start > end:
                continue
            if cut_start > start:
                result.append((start, cut_start - 1))
            start = cut_end + 1
            if start > end:
                break
        if start <= end:
            result.append((start, end))
    return result


def unicode_version(east_asian_width):
    first_line = east_asian_width.read_text(encoding="utf-8").splitlines()[0]
    match = re.match(r"#\s*EastAsianWidth-(\d+\.\d+\.\d+)\.txt", first_line)
    if not match:
        sys.exit(f"cannot read the Unicode version from the first line of {east_asian_width}: {first_line!r}")
    return match.group(1)


def swift_table(name, comment, ranges):
    pairs = [f"0x{start:04X}, 0x{end:04X}," for start, end in ranges]
    rows = ["        " + " ".join(pairs[i:i + 6]) for i in range(0, len(pairs), 6)]
    return "\n".join([
        f"    /// {comment} {len(ranges)} ranges as (first, last) pairs, sorted.",
        f"    static let {name}: [UInt32] = [",
        *rows,
        "    ]",
    ])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ucd", type=Path, default=Path("/usr/share/unicode"),
                        help="folder of the Unicode Character Database (default: /usr/share/unicode)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the Swift file to write")
    arguments = parser.parse_args()

    unicode_data = arguments.ucd / "UnicodeData.txt"
    east_asian = arguments.ucd / "EastAsianWidth.txt"
    emoji_data = arguments.ucd / "emoji" / "emoji-data.txt"
    for path in (unicode_data, east_asian, emoji_data):
        if not path.is_file():
            sys.exit(f"missing {path}: install the unicode-data package (apt-get install -y unicode-data) or pass --ucd")

    version = unicode_version(east_asian)
    zero = merged([(start, end) for start, end, category in general_categories(unicode_data)
                   if category in ZERO_WIDTH_CATEGORIES] + ZERO_WIDTH_EXTRA)
    zero = without(zero, merged((value, value) for value in ONE_COLUMN_EXCEPTIONS))
    wide = merged(list(east_asian_wide(east_asian)) + list(emoji_presentation(emoji_data)) + WIDE_DEFAULTS)
    wide = without(wide, zero)

    arguments.output.write_text(f"""\
// Generated by Scripts/generate-display-width.py from Unicode {version} (UnicodeData.txt,
// EastAsianWidth.txt, emoji/emoji-data.txt). Do not edit: re-run the script (its header says how).

extension DisplayWidth {{
    /// The version of Unicode the tables below were generated from.
    public static let unicodeVersion = "{version}"

{swift_table("zeroWidthRanges", "Scalars that take no column (controls, marks, format characters):", zero)}

{swift_table("wideRanges", "Scalars that take two columns (East Asian Wide and Fullwidth, emoji presentation):", wide)}
}}
""", encoding="utf-8")
    print(f"wrote {arguments.output}: Unicode {version}, {len(zero)} zero-width and {len(wide)} wide ranges")


if __name__ == "__main__":
    main()
