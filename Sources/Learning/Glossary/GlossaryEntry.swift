/// One acronym of a document's glossary: what it stands for, who says so, and where it occurs.
public struct GlossaryEntry: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// The document defines it; the evidence is the defining words ("Child Criminal Exploitation (CCE)").
        case document(Evidence)
        /// A line of a glossary file: the national `glossary.txt`, or the document's local data.
        case fieldGlossary(file: String, line: Int)
    }

    public var acronym: String
    public var expansion: String
    public var source: Source
    /// Other senses from the field glossary, including one the document's own definition overrode.
    public var otherExpansions: [String]
    /// Every place the acronym is used, in reading order (the definition included).
    public var occurrences: EvidenceList

    public init(acronym: String, expansion: String, source: Source, otherExpansions: [String] = [], occurrences: EvidenceList = EvidenceList()) {
        self.acronym = acronym
        self.expansion = expansion
        self.source = source
        self.otherExpansions = otherExpansions
        self.occurrences = occurrences
    }

    public var isDefinedInDocument: Bool {
        if case .document = source { return true }
        return false
    }
}

/// An acronym-shaped word in a piece of text, for the reader to mark.
public struct AcronymToken: Sendable, Hashable {
    /// UTF-8 offsets within the text.
    public var range: Range<Int>
    /// The word as written ("ACE", "PSCP's" gives "PSCP").
    public var text: String
    /// The glossary entry it belongs to ("ACE" may belong to "ACEs"); nil when unknown.
    public var entryAcronym: String?
}
