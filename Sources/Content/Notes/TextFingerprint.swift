/// A small, stable summary of a piece of text that survives light editing: the smallest hashes of
/// its word pairs (a "bottom-k" sketch of its 2-word shingles). Two texts' `similarity` estimates
/// the Jaccard index of their word-pair sets, so a changed word or two still scores high while a
/// different recommendation scores low. Stored in notes files, so the hash must never change.
public struct TextFingerprint: Sendable, Hashable {
    /// The smallest shingle hashes, ascending, at most `capacity` of them.
    public private(set) var hashes: [UInt32]
    public private(set) var capacity: Int

    /// Large enough to be exact for a typical part (under 64 word pairs) and within about ±0.06 beyond.
    public static let defaultCapacity = 64
    /// Texts at least this similar are taken to be the same text, lightly edited.
    public static let sameTextThreshold = 0.6

    public init(_ text: String, capacity: Int = TextFingerprint.defaultCapacity) {
        // The hashes of its word pairs (of its one word if that is all), ascending, each once.
        var smallest: [UInt32] = []
        for hash in ShingleHashes.of(text).sorted() where smallest.count < capacity && smallest.last != hash {
            smallest.append(hash)
        }
        self.hashes = smallest
        self.capacity = capacity
    }

    public init(hashes: [UInt32], capacity: Int) {
        self.capacity = max(1, capacity)
        self.hashes = Array(Set(hashes).sorted().prefix(self.capacity))
    }

    public var isEmpty: Bool { hashes.isEmpty }

    /// Estimated Jaccard index of the two texts' word-pair sets, 0...1 (1 for two empty texts).
    public func similarity(to other: TextFingerprint) -> Double {
        if hashes.isEmpty && other.hashes.isEmpty { return 1 }
        // The k smallest of the union, where each sketch is complete up to its own largest hash: both are
        // ascending and each hash once, so one merge walks them (a library compares many fingerprints).
        let k = min(capacity, other.capacity)
        var mine = 0, theirs = 0, union = 0, shared = 0
        while union < k && (mine < hashes.count || theirs < other.hashes.count) {
            if theirs == other.hashes.count || (mine < hashes.count && hashes[mine] < other.hashes[theirs]) {
                mine += 1
            } else if mine == hashes.count || other.hashes[theirs] < hashes[mine] {
                theirs += 1
            } else {
                shared += 1
                mine += 1
                theirs += 1
            }
            union += 1
        }
        return Double(shared) / Double(union)
    }

    public func isSameText(as other: TextFingerprint) -> Bool {
        similarity(to: other) >= Self.sameTextThreshold
    }

    /// Lower-cased runs of letters and digits; punctuation, quotes and spacing do not count as edits.
    static func words(of text: String) -> [String] {
        text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }
}

/// Stored compactly as `{"capacity": 64, "hashes": "0a1b2c3d 4e5f6071 …"}`.
extension TextFingerprint: Codable {
    enum CodingKeys: String, CodingKey { case capacity, hashes }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let capacity = try container.decode(Int.self, forKey: .capacity)
        let text = try container.decode(String.self, forKey: .hashes)
        var hashes: [UInt32] = []
        for word in text.split(separator: " ") {
            guard let hash = UInt32(word, radix: 16) else {
                throw DecodingError.dataCorruptedError(forKey: .hashes, in: container, debugDescription: "not a hash: \(word)")
            }
            hashes.append(hash)
        }
        self.init(hashes: hashes, capacity: capacity)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(capacity, forKey: .capacity)
        let hex = hashes.map { hash in
            let digits = String(hash, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }
        try container.encode(hex.joined(separator: " "), forKey: .hashes)
    }
}

/// FNV-1a: tiny and, unlike `Hasher`, the same in every process, so it can be stored.
enum StableHash {
    static func fnv1a32(_ text: String) -> UInt32 { fnv1a(text, basis: 0x811C_9DC5, prime: 0x0100_0193) }

    static func fnv1a64(_ text: String) -> UInt64 { fnv1a(text, basis: 0xCBF2_9CE4_8422_2325, prime: 0x0000_0100_0000_01B3) }

    private static func fnv1a<Hash: FixedWidthInteger & UnsignedInteger>(_ text: String, basis: Hash, prime: Hash) -> Hash {
        var hash = basis
        for byte in text.utf8 {
            hash ^= Hash(byte)
            hash = hash &* prime
        }
        return hash
    }
}
