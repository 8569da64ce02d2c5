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

    static func markers(in tokens: [WordToken]) -> [TenseMarker] {
        let words = tokens.map(\.folded)
        var markers: [TenseMarker] = []
        let startsWithPronoun = words.first.map { pronounSubjects.contains($0) } ?? false
        func word(_ index: Int) -> String { words.indices.contains(index) ? words[index] : "" }
        func skippingAdverbs(_ index: Int) -> Int {
            var index = index
            while adverbs.contains(word(index)) { index += 1 }
            return index
        }
        var index = 0
        while index < words.count {
            let current = words[index]
            var found: TenseMarker?
            if futureWords.contains(current) {
                let verb = skippingAdverbs(index + 1)
                let isState = word(verb) == "be" && states.contains(word(verb + 1))
                let isEffect = startsWithPronoun && effectVerbs.contains(word(verb))
                if !word(verb).isEmpty && !isState && !isEffect {
                    let end = word(verb) == "be" ? min(verb + 1, words.count - 1) : verb
                    found = TenseMarker(kind: .promised, tokens: index...end)
                }
            } else if ["is", "are"].contains(current), ["scheduled", "due", "expected", "planned", "set"].contains(word(skippingAdverbs(index + 1))),
                      word(skippingAdverbs(index + 1)) == "scheduled" || word(skippingAdverbs(index + 1)) == "planned" || word(skippingAdverbs(index + 1) + 1) == "to" {
                // "is scheduled for January", "is due to start", "are expected to report".
                found = TenseMarker(kind: .promised, tokens: index...skippingAdverbs(index + 1))
            } else if ["intend", "intends", "plan", "plans"].contains(current) && word(index + 1) == "to" {
                found = TenseMarker(kind: .promised, tokens: index...(index + 1))
            } else if current == "planned" || (current == "going" && word(index + 1) == "forward") {
                found = TenseMarker(kind: .promised, tokens: index...(current == "going" ? index + 1 : index))
            } else if current == "underway" || (current == "under" && word(index + 1) == "way") || current == "ongoing" {
                found = TenseMarker(kind: .ongoing, tokens: index...(current == "under" ? index + 1 : index))
            } else if current == "in" && ["progress", "development", "train"].contains(word(index + 1)) {
                found = TenseMarker(kind: .ongoing, tokens: index...(index + 1))
            } else if ["is", "are"].contains(current), word(skippingAdverbs(index + 1)) == "being", !word(skippingAdverbs(index + 1) + 1).isEmpty {
                found = TenseMarker(kind: .ongoing, tokens: index...(skippingAdverbs(index + 1) + 1))
            } else if let done = doneMarker(at: index, words: words, skippingAdverbs: skippingAdverbs) {
                found = done
            }
            if let found {
                markers.append(found)
                index = found.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return markers
    }

    private static func doneMarker(at index: Int, words: [String], skippingAdverbs: (Int) -> Int) -> TenseMarker? {
        let current = words[index]
        func word(_ index: Int) -> String { words.indices.contains(index) ? words[index] : "" }
        switch current {
        case "has", "have", "had":
            let verb = skippingAdverbs(index + 1)
            guard word(verb) == "been" || isParticiple(word(verb)) else { return nil }
            // "has been shared": take the participle after "been" too.
            let participle = skippingAdverbs(verb + 1)
            let end = word(verb) == "been" && isParticiple(word(participle)) ? participle : verb
            return TenseMarker(kind: .done, tokens: index...end)
        case "was", "were":
            return TenseMarker(kind: .done, tokens: index...index)
        case "in" where word(index + 1) == "place":
            return TenseMarker(kind: .done, tokens: index...(index + 1))
        case "there" where ["is", "are"].contains(word(index + 1)):
            return TenseMarker(kind: .done, tokens: index...(index + 1))
        case "is", "are":
            let verb = skippingAdverbs(index + 1)
            guard isParticiple(word(verb)) else { return nil }
            return TenseMarker(kind: .done, tokens: index...verb)
        default:
            return nil
        }
    }

    static func isParticiple(_ word: String) -> Bool {
        irregularParticiples.contains(word) || (word.count > 3 && word.hasSuffix("ed") && word != "need")
    }
}
