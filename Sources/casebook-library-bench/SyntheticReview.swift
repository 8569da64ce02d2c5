import Content
import Foundation

/// Synthetic review responses in the shapes published ones take: an organisation and title (with a
/// year), an introduction, sections, recommendations numbered in several styles, some with parts,
/// responses under several headings, in words of the field. Sizes run from 5 KB to 200 KB, about 50 KB
/// on average (most are small, a few very long, as in the national repository). Seeded: the same
/// library every run.
struct SyntheticReview {
    typealias Generator = SplitMix

    static let places = ["Northmoor", "Southvale", "Eastcombe", "Westbury", "Riverton", "Hillcrest", "Ashford", "Bramley",
                         "Caldwell", "Dunmore", "Elmstead", "Fairhaven", "Glenwood", "Harrowgate", "Ironbridge", "Kingsmere"]
    static let agencies = ["the police", "Children's Social Care", "the Integrated Care Board", "health visiting",
                           "the local authority", "schools", "the youth justice service", "probation", "housing",
                           "the ambulance service", "early help", "the multi-agency safeguarding hub"]
    static let topics = ["school exclusion", "missing episodes", "child criminal exploitation", "neglect", "domestic abuse",
                         "parental mental health", "information sharing", "supervision", "the voice of the child",
                         "out-of-area placements", "escalation", "transition to adult services", "safe sleep",
                         "bruising in non-mobile babies", "county lines", "return home interviews", "elective home education"]
    static let verbs = ["should ensure that", "should seek assurance that", "should review how", "should strengthen the way",
                        "should audit whether", "should agree with partners how"]
    static let progress = ["has been completed and evidenced to the partnership", "is under way and will be reported in the spring",
                           "will be undertaken by the end of the year", "has been agreed and training is being delivered",
                           "is planned for the next quarter", "has been achieved and is now business as usual"]

    let text: String

    init(index: Int, generator: inout Generator) {
        let place = Self.places[index % Self.places.count]
        let year = 2012 + Int.random(in: 0...12, using: &generator)
        // Mostly small, some long: a skewed size around 50 KB between 5 KB and 200 KB.
        let draw = Double.random(in: 0..<1, using: &generator)
        let target = Int(5_000 + 195_000 * pow(draw, 2.6))
        let style = index % 4
        var out = "\(place) Safeguarding Children Partnership\n\n"
        out += "Response to the Recommendations of the Local Child Safeguarding Practice Review: Child \(Self.childName(index)) (\(year))\n\n"
        out += "Published: \(["March", "June", "September", "November"][index % 4]) \(year)\n\n"
        out += Self.paragraph(&generator, sentences: 5) + "\n\n"
        var number = 1
        var section = 1
        while out.utf8.count < target {
            if number % 6 == 1 {
                out += "Recommendations for \(["the partnership", "single agencies", "health partners", "education partners"][section % 4])\n\n"
                section += 1
            }
            out += Self.heading(number, style: style)
            out += Self.sentence(&generator) + "\n\n"
            if number % 3 == 0 {
                for letter in ["a", "b", "c"].prefix(Int.random(in: 2...3, using: &generator)) {
                    out += "\(letter)) " + Self.sentence(&generator) + "\n\n"
                }
            }
            out += ["Response:", "Action Taken:", "Progress update:", "Partnership response"][style] + "\n\n"
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                out += Self.paragraph(&generator, sentences: Int.random(in: 2...6, using: &generator)) + "\n\n"
            }
            number += 1
        }
        text = out
    }

    static func childName(_ index: Int) -> String {
        let letters = Array("ABCDEFGHJKLMNPQRSTVWXYZ")
        return String(letters[index % letters.count]) + (index >= letters.count ? "\(index / letters.count)" : "")
    }

    static func heading(_ number: Int, style: Int) -> String {
        switch style {
        case 0: return "Recommendation \(number)\n\n"
        case 1: return "Recommendation \(number):\n\n"
        case 2: return "\(number). "
        default: return "Recommendation \(number) – "
        }
    }

    static func sentence(_ generator: inout Generator) -> String {
        let agency = agencies.randomElement(using: &generator)!
        let topic = topics.randomElement(using: &generator)!
        let verb = verbs.randomElement(using: &generator)!
        return "\(agency.prefix(1).uppercased() + agency.dropFirst()) \(verb) practitioners recognise \(topic) and act on it with \(agencies.randomElement(using: &generator)!)."
    }

    static func paragraph(_ generator: inout Generator, sentences: Int) -> String {
        (0..<sentences).map { _ in
            let topic = topics.randomElement(using: &generator)!
            let agency = agencies.randomElement(using: &generator)!
            return "Work on \(topic) with \(agency) \(progress.randomElement(using: &generator)!)."
        }.joined(separator: " ")
    }
}
