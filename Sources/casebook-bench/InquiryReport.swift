import Content

/// A made-up national inquiry response the size of a real one (about 2 MB): many sections, some
/// 300 recommendations, many with parts, each with a long response in ordinary prose that names
/// agencies, acronyms, dates and commitments. Built from fixed phrases by a seeded generator, so
/// every run measures the same text.
enum InquiryReport {
    static let recommendationCount = 300
    static let sectionCount = 12

    /// `recommendations` sets the size at the same density (about 7 KB each): 300 make about 2 MB, 1,950 about 13 MB.
    static func text(recommendations: Int = recommendationCount) -> String {
        var random = SeededRandom(seed: 2024)
        var lines = ["National Child Safeguarding Practice Review Panel", "",
                     "Response to the Recommendations of the National Inquiry into Child Protection", ""]
        for _ in 0..<12 {
            lines += [paragraph(&random, sentences: 5, from: introduction), ""]
        }
        let perSection = max(1, recommendations / sectionCount)
        for section in 0..<sectionCount {
            lines += ["Recommendations related to " + topics[section % topics.count], ""]
            lines += [paragraph(&random, sentences: 4, from: introduction), ""]
            for offset in 0..<perSection {
                lines += recommendation(number: section * perSection + offset + 1, random: &random)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func recommendation(number: Int, random: inout SeededRandom) -> [String] {
        let topic = random.pick(topics)
        var lines = [number % 3 == 0 ? "Recommendation \(number)" : "Recommendation \(number): " + capitalised(topic), ""]
        lines += [fill(random.pick(asks), &random), ""]
        if number % 2 == 0 {
            for letter in ["a", "b", "c"].prefix(2 + number % 2 + (number % 4 == 0 ? 1 : 0)) {
                lines += ["\(letter)) " + fill(random.pick(asks), &random), ""]
            }
        }
        lines += [random.pick(["Action Taken:", "Response:", "Progress update:"]), ""]
        for _ in 0..<(7 + number % 4) {
            lines += [paragraph(&random, sentences: 4 + random.next(3), from: responses), ""]
        }
        if number % 5 == 0 {
            lines += ["The work includes the following:", ""]
            for item in 1...4 { lines.append("\(item). " + fill(random.pick(responses), &random)) }
            lines.append("")
        }
        return lines
    }

    private static func paragraph(_ random: inout SeededRandom, sentences: Int, from templates: [String]) -> String {
        (0..<sentences).map { _ in fill(random.pick(templates), &random) }.joined(separator: " ")
    }

    /// Replaces each {slot} with a phrase of its kind.
    private static func fill(_ template: String, _ random: inout SeededRandom) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let slot = String(rest[rest.index(after: open)..<close])
            out += random.pick(slots[slot] ?? [slot])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private static let topics = [
        "missing children", "child criminal exploitation", "information sharing", "children in care",
        "education and exclusion", "health and mental health", "the criminal justice system", "early help",
        "neglect", "domestic abuse", "online harm", "transitions to adulthood", "workforce and training",
        "multi-agency safeguarding arrangements",
    ]

    private static let slots: [String: [String]] = [
        "agency": ["the Department for Education (DfE)", "the Home Office", "the Ministry of Justice (MoJ)", "Ofsted",
                   "the Local Government Association (LGA)", "NHS England", "the National Police Chiefs’ Council (NPCC)",
                   "the Youth Justice Board (YJB)", "Children’s Social Care", "the Police", "the Virtual School",
                   "each Safeguarding Children Partnership", "the Association of Directors of Children’s Services (ADCS)",
                   "the Child Safeguarding Practice Review Panel", "Health and Wellbeing Boards", "the Department of Health and Social Care (DHSC)"],
        "acronym": ["CCE", "CSE", "NRM", "MACE", "ACEs", "EHCP", "CAMHS", "MASH", "LADO", "RHI", "PACE", "YOT", "CIN", "CP"],
        "practice": ["return home interviews", "strategy discussions", "transfer-in conferences", "contextual safeguarding",
                     "trauma-informed practice", "restorative approaches", "the Multi-Agency Child Exploitation (MACE) panel",
                     "National Referral Mechanism (NRM) decisions", "Education, Health and Care Plans (EHCP)", "placement planning",
                     "supervision of front-line staff", "the Independent Child Trafficking Guardian (ICTG) service"],
        "period": ["by March 2025", "from Q3 of 2024/25", "within six months", "by the end of the financial year",
                   "in Autumn 2025", "during 2025/26", "by the end of 2025", "within 12 months", "by September 2025",
                   "from April 2025", "before the end of the academic year", "in the spring term of 2026"],
        "done": ["has been shared with", "was presented to", "has been agreed by", "were circulated to", "has been reviewed by",
                 "is now in place across", "has already been adopted by", "were discussed with"],
        "promise": ["will publish", "will review", "will write to", "intends to commission", "plans to extend",
                    "will report progress on", "is due to complete", "will evaluate"],
        "ongoing": ["is underway", "is currently being developed", "is in progress", "is being piloted", "continues to be monitored"],
        "document": ["the learning briefing", "the revised protocol", "the practice guidance", "the audit findings",
                     "the training programme", "the joint inspection report", "the national framework", "the data dashboard"],
        "people": ["practitioners", "designated safeguarding leads", "social workers", "police officers", "school leaders",
                   "foster carers", "health visitors", "youth workers", "independent reviewing officers", "GPs"],
        "child": ["Child J", "Child R", "Child M", "the young people in this review", "children placed out of area"],
    ]

    private static let asks = [
        "{agency} should ensure that {people} understand {practice} and act on a ‘reachable moment’ for children at risk of {acronym}.",
        "{agency} should work with {agency} to strengthen {practice}, so that the needs of {child} are not lost when services change.",
        "{agency} should review {document} and report to the Panel on how {practice} is used, including for children with {acronym} concerns.",
        "{agency} must make sure that {people} record the voice of the child and share information promptly with {agency}.",
        "This issue should be highlighted to {agency}, who should consider whether {document} reflects what {child} told professionals.",
    ]

    private static let introduction = [
        "The Panel examined the circumstances of {child} and the work of {agency} and {agency} over several years.",
        "The review found that {people} did not always recognise the signs of {acronym}, and that {practice} varied between areas.",
        "This response sets out what {agency} has done and what more will be done, with dates where they are known.",
        "Progress against each recommendation is monitored by the Panel and reported to {agency} every six months.",
        "The findings are set out in the Learning Report published alongside this response, which {people} are encouraged to read.",
    ]

    private static let responses = [
        "{document} {done} {agency} and {people} across the country.",
        "{agency} {promise} {document} {period}, drawing on what {child} and their families told the review.",
        "Work to improve {practice} {ongoing} with {agency} and will be completed {period}.",
        "A survey of {people} found that 68% felt confident about {practice}; the remainder asked for further training on {acronym}.",
        "{agency} {done} {agency}, and the recommendations are incorporated into {document}.",
        "There is now a named lead for {practice} in every area, and {people} can seek advice from {agency} at any time.",
        "The Panel will write to {agency} {period} to ask how {document} has changed practice for children at risk of {acronym}.",
        "In 2023/24, 1,240 referrals were made to {agency}; of these, 312 related to {acronym} and 97 to {practice}.",
        "{people} reported that the new arrangements for {practice} were “clearer and quicker” than before.",
        "Further work {ongoing} to make sure that {document} reaches {people} in schools, health and the voluntary sector.",
        "{agency} is expected to report on {practice} {period}, and {agency} will scrutinise the findings.",
        "Training on {acronym} and {practice} has been delivered to more than 4,000 {people} since the review was published.",
    ]
}

/// A number below a bound and a pick from a list, from `SplitMix` (the same on every machine).
struct SeededRandom {
    private var words: SplitMix

    init(seed: UInt64) { words = SplitMix(seed: seed) }

    mutating func next(_ bound: Int) -> Int { Int(words.next() % UInt64(bound)) }

    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}
