import Foundation
import ZIPFoundation

/// The parts of a Word (.docx) package casebook reads, taken out of the ZIP in memory.
struct WordPackage {
    /// Why a package cannot be read; said to the user inside "is a damaged Word document (…)".
    struct Damage: Error, Equatable {
        let reason: String
    }

    /// A part larger than this is refused rather than inflated: a real document.xml is a few MB.
    static let maximumPartBytes: UInt64 = 256 * 1024 * 1024

    var document: XMLNode
    var styles: XMLNode?
    var numbering: XMLNode?
    var footnotes: XMLNode?
    var endnotes: XMLNode?
    var coreProperties: XMLNode?
    /// Headers and footers, in the package's order of names (header1, header2, …, footer1, …).
    var headersAndFooters: [XMLNode]

    init(_ data: Data) throws(Damage) {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw Damage(reason: "not a readable ZIP package")
        }
        let names = Set(archive.map(\.path))
        guard names.contains("word/document.xml") else { throw Damage(reason: "no word/document.xml in the package") }
        func part(_ name: String) throws(Damage) -> XMLNode? {
            guard names.contains(name), let entry = archive[name] else { return nil }
            return try Self.parse(Self.read(entry, from: archive, name: name), name: name)
        }
        guard let document = try part("word/document.xml") else { throw Damage(reason: "no word/document.xml in the package") }
        self.document = document
        styles = try part("word/styles.xml")
        numbering = try part("word/numbering.xml")
        footnotes = try part("word/footnotes.xml")
        endnotes = try part("word/endnotes.xml")
        coreProperties = try part("docProps/core.xml")
        var furniture: [XMLNode] = []
        for name in names.filter(Self.isHeaderOrFooter).sorted(by: Self.headersFirst) {
            if let node = try part(name) { furniture.append(node) }
        }
        headersAndFooters = furniture
    }

    private static func read(_ entry: Entry, from archive: Archive, name: String) throws(Damage) -> Data {
        guard UInt64(entry.uncompressedSize) <= maximumPartBytes else {
            throw Damage(reason: "\(name) is larger than \(maximumPartBytes / 1_048_576) MB unpacked")
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > maximumPartBytes { throw Damage(reason: "\(name) is too large unpacked") }
            }
        } catch let damage as Damage {
            throw damage
        } catch {
            throw Damage(reason: "\(name) cannot be unpacked")
        }
        return data
    }

    private static func parse(_ data: Data, name: String) throws(Damage) -> XMLNode {
        do { return try XMLTree.parse(data) } catch {
            throw Damage(reason: "\(name) is not well-formed XML at line \(error.line)")
        }
    }

    private static func isHeaderOrFooter(_ name: String) -> Bool {
        guard name.hasPrefix("word/"), name.hasSuffix(".xml"), !name.dropFirst(5).contains("/") else { return false }
        let file = name.dropFirst(5)
        return file.hasPrefix("header") || file.hasPrefix("footer")
    }

    /// header1 < header2 < header10 < footer1: headers before footers, numbers in numeric order.
    private static func headersFirst(_ a: String, _ b: String) -> Bool {
        func key(_ name: String) -> (Int, Int, String) {
            let digits = name.filter(\.isNumber)
            return (name.contains("footer") ? 1 : 0, Int(digits) ?? 0, name)
        }
        return key(a) < key(b)
    }
}
