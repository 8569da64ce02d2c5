/// The words in a sentence that say whether the work it describes is promised, under way or done.
struct TenseMarker: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Future or intent: "will write", "will be shared", "intend to", "planned".
        case promised
        /// Started, not finished: "is underway", "is currently being developed".
        case ongoing
        /// Past, perfect or a standing arrangement: "has been shared", "were commissioned", "are in place".
        case done
    }

    var kind: Kind
    /// Token indices of the marker words.
    var tokens: ClosedRange<Int>
}

/// Finds tense markers among a sentence's tokens. The rules, in order:
/// - promised: "will"/"shall" + a verb; "is scheduled", "is planned", "is due/expected/set to";
///   "intend(s) to", "plan(s) to", "planned", "going forward".
///   Not promised: "will be" + a state ("will be free to share", "will be able"), nor an effect
///   verb in a sentence whose subject is "This/It/These/That" ("This will help…", "…and will benefit").
/// - ongoing: "underway"/"under way", "is/are (currently) being" + verb, "in progress", "ongoing".
/// - done: "has/have/had (already) been|<participle>", "was/were", "in place", "there is/are",
///   "is/are (adverb) <participle>" ("are undertaken", "is monitored").
enum TenseMarkers {
    static let futureWords: Set<String> = ["will", "shall"]
    static let states: Set<String> = ["free", "able", "helpful", "useful", "important", "beneficial", "possible", "necessary", "unable", "likely"]
    static let effectVerbs: Set<String> = ["benefit", "help", "provide", "allow", "enable", "mean", "improve", "give", "support", "strengthen", "ensure", "inform", "contribute", "lead"]
    static let pronounSubjects: Set<String> = ["this", "it", "these", "that", "those", "which"]
    static let adverbs: Set<String> = ["already", "also", "now", "recently", "previously", "currently", "then", "further", "regularly", "since", "successfully", "consistently"]
    static let irregularParticiples: Set<String> = [
        "written", "undertaken", "taken", "given", "made", "done", "begun", "sent", "met", "held", "built", "set", "put",
        "shown", "seen", "brought", "taught", "run", "led", "spent", "chosen", "known", "drawn", "found", "kept", "read",
        "heard", "paid", "told", "won", "sought", "thought", "understood",
    ]

    /// Every word a marker can start with (`promised`, `ongoing` and `done` return nil for any other).
    static let firstWords: Set<String> = futureWords.union([
        "is", "are", "intend", "intends", "plan", "plans", "going", "planned", "underway", "ongoing", "under", "in",
        "has", "have", "had", "was", "were", "there",
    ])

    /// `tokens`: a sentence's words; the markers' indices count from its first.
    static func markers(in tokens: Slice<TokenList>) -> [TenseMarker] {
        let words = Words(words: tokens.map(\.folded))
        var markers: [TenseMarker] = []
        var index = 0
        while index < words.count {
            // Most words start no marker.
            if !firstWords.contains(words.words[index]) {
                index += 1
                continue
            }
            if let found = promised(at: index, words) ?? ongoing(at: index, words) ?? done(at: index, words) {
                markers.append(found)
                index = found.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return markers
    }

    /// A sentence's lower-case words, read safely past either end.
    struct Words {
        var words: [String]
        var count: Int { words.count }
        subscript(index: Int) -> String { words.indices.contains(index) ? words[index] : "" }
        var startsWithPronoun: Bool { pronounSubjects.contains(self[0]) }
        /// The first index from `index` on that is not an adverb ("has already been" → "been").
        func skippingAdverbs(_ index: Int) -> Int {
            var index = index
            while adverbs.contains(self[index]) { index += 1 }
            return index
        }
    }

    private static func promised(at index: Int, _ words: Words) -> TenseMarker? {
        let current = words[index]
        if futureWords.contains(current) {
            let verb = words.skippingAdverbs(index + 1)
            let isState = words[verb] == "be" && states.contains(words[verb + 1])
            let isEffect = words.startsWithPronoun && effectVerbs.contains(words[verb])
            guard !words[verb].isEmpty, !isState, !isEffect else { return nil }
            let end = words[verb] == "be" ? min(verb + 1, words.count - 1) : verb
            return TenseMarker(kind: .promised, tokens: index...end)
        }
        if current == "is" || current == "are" {
            // "is scheduled for January", "is planned", "is due to start", "are expected to report".
            let verb = words.skippingAdverbs(index + 1)
            let scheduled = words[verb] == "scheduled" || words[verb] == "planned"
            let dueTo = (words[verb] == "due" || words[verb] == "expected" || words[verb] == "set") && words[verb + 1] == "to"
            return scheduled || dueTo ? TenseMarker(kind: .promised, tokens: index...verb) : nil
        }
        if (current == "intend" || current == "intends" || current == "plan" || current == "plans") && words[index + 1] == "to" {
            return TenseMarker(kind: .promised, tokens: index...(index + 1))
        }
        if current == "going" && words[index + 1] == "forward" { return TenseMarker(kind: .promised, tokens: index...(index + 1)) }
        return current == "planned" ? TenseMarker(kind: .promised, tokens: index...index) : nil
    }

    private static func ongoing(at index: Int, _ words: Words) -> TenseMarker? {
        let current = words[index]
        switch current {
        case "underway", "ongoing":
            return TenseMarker(kind: .ongoing, tokens: index...index)
        case "under" where words[index + 1] == "way":
            return TenseMarker(kind: .ongoing, tokens: index...(index + 1))
        case "in" where ["progress", "development", "train"].contains(words[index + 1]):
            return TenseMarker(kind: .ongoing, tokens: index...(index + 1))
        case "is", "are":
            let being = words.skippingAdverbs(index + 1)
            guard words[being] == "being", !words[being + 1].isEmpty else { return nil }
            return TenseMarker(kind: .ongoing, tokens: index...(being + 1))
        default:
            return nil
        }
    }

    private static func done(at index: Int, _ words: Words) -> TenseMarker? {
        switch words[index] {
        case "has", "have", "had":
            let verb = words.skippingAdverbs(index + 1)
            guard words[verb] == "been" || isParticiple(words[verb]) else { return nil }
            // "has been shared": take the participle after "been" too.
            let participle = words.skippingAdverbs(verb + 1)
            let end = words[verb] == "been" && isParticiple(words[participle]) ? participle : verb
            return TenseMarker(kind: .done, tokens: index...end)
        case "was", "were":
            return TenseMarker(kind: .done, tokens: index...index)
        case "in" where words[index + 1] == "place":
            return TenseMarker(kind: .done, tokens: index...(index + 1))
        case "there" where ["is", "are"].contains(words[index + 1]):
            return TenseMarker(kind: .done, tokens: index...(index + 1))
        case "is", "are":
            let verb = words.skippingAdverbs(index + 1)
            guard isParticiple(words[verb]) else { return nil }
            return TenseMarker(kind: .done, tokens: index...verb)
        default:
            return nil
        }
    }

    static func isParticiple(_ word: String) -> Bool {
        irregularParticiples.contains(word) || (word.count > 3 && word.hasSuffix("ed") && word != "need")
    }
}
