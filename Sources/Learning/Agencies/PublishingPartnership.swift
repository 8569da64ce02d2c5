import Content
/// Resolves "The publishing partnership" of `agencies.txt` to the partnership that published a
/// document, so "the Partnership" in Anytown's response is Anytown's, and Portsmouth's is the PSCP
/// (listed in Child J's local data).
/// The publisher is the document's first title line: a listed agency when it names one, else a new
/// agency with that name, known also by its initials when the document uses them ("ASCP").
enum PublishingPartnership {
    /// The reserved name in `agencies.txt`.
    static let placeholder = "The publishing partnership"

    /// `usesWord`: whether the document uses a word, as written or with a possessive 's (asked at
    /// most once, of the initials of a publisher the agencies do not list).
    static func resolve(_ agencies: [AgencyDefinition], for document: ReviewDocument,
                        usesWord: (String) -> Bool) -> [AgencyDefinition] {
        resolve(agencies, publishedBy: document.organisation, usesWord: usesWord)
    }

    /// `organisation`: the document's (its first title line).
    static func resolve(_ agencies: [AgencyDefinition], publishedBy organisation: String?,
                        usesWord: (String) -> Bool) -> [AgencyDefinition] {
        guard let index = agencies.firstIndex(where: { $0.name.lowercased() == placeholder.lowercased() }) else { return agencies }
        var agencies = agencies
        let generic = agencies.remove(at: index)
        guard let organisation = organisation?.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}"])),
              !organisation.isEmpty else {
            agencies.append(AgencyDefinition(name: "The Partnership", aliases: generic.aliases, line: generic.line))
            return agencies
        }
        let finder = AgencyFinder(agencies: agencies)
        let tokens = WordTokens(organisation)
        let found = finder.find(in: tokens)
        if found.count == 1, let only = found.first, only.range == tokens.tokens.first!.range.lowerBound..<tokens.tokens.last!.range.upperBound {
            // A listed publisher (a document's local data names its partnership) comes first, as a new one does.
            var publisher = agencies.remove(at: only.agency)
            publisher.aliases += generic.aliases
            agencies.insert(publisher, at: 0)
            return agencies
        }
        let initials = String(tokens.tokens.filter { $0.text.first?.isUppercase == true }.compactMap(\.text.first))
        let usesInitials = initials.count >= 2 && usesWord(initials)
        agencies.insert(AgencyDefinition(name: organisation, shortName: usesInitials ? initials : nil,
                                         aliases: generic.aliases, line: generic.line), at: 0)
        return agencies
    }
}

extension LearningIndex {
    /// The agencies of `data` as a review published by `organisation` knows them, without its text: for a
    /// library's stored learning. `initials`: those the publisher is known by when the review uses them
    /// (only its text says whether it does), nil when the publisher has none to ask about.
    public static func agencies(publishedBy organisation: String?, data: LearningData = .builtIn)
        -> (agencies: [AgencyDefinition], initials: String?) {
        var initials: String?
        let agencies = PublishingPartnership.resolve(data.agencies, publishedBy: organisation) { word in
            initials = word
            return false
        }
        return (agencies, initials)
    }
}
