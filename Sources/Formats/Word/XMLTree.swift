import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML element read whole, with its namespace prefix dropped ("w:p" → "p"): the Word parts are
/// small enough to hold, and a tree lets the reader look ahead (a row's cells, a level's format).
final class XMLNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLNode] = []
    /// The character data directly inside this element, in order; kept only where it is content.
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The attribute by its local name: `attribute("val")` finds `w:val`.
    func attribute(_ localName: String) -> String? { attributes[localName] }

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }
    /// The `val` attribute of the child named `name`: `value(of: "pStyle")` for `<w:pStyle w:val="Heading1"/>`.
    func value(of name: String) -> String? { child(name)?.attribute("val") }

    /// Every element below this one named `name`, in document order.
    func descendants(_ name: String) -> [XMLNode] {
        var found: [XMLNode] = []
        func walk(_ node: XMLNode) {
            for child in node.children {
                if child.name == name { found.append(child) }
                walk(child)
            }
        }
        walk(self)
        return found
    }

    /// All the character data below this element, in order (for core.xml's plain-text properties).
    var allText: String { text + children.map(\.allText).joined() }

    fileprivate func append(_ child: XMLNode) { children.append(child) }
    fileprivate func appendText(_ string: String) { text += string }
}

/// Parses one part with Foundation's XMLParser (libxml2 underneath) into an `XMLNode` tree.
enum XMLTree {
    struct Malformed: Error {
        let line: Int
    }

    /// The root element of `data`; throws where the XML is not well-formed.
    static func parse(_ data: Data) throws(Malformed) -> XMLNode {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        // On Linux parse() can answer true for malformed XML, setting only parserError, and says
        // nothing of a document that ends with elements still open: all three are checked.
        let parsed = parser.parse()
        guard parsed, parser.parserError == nil, builder.isComplete, let root = builder.root else {
            throw Malformed(line: parser.lineNumber)
        }
        return root
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLNode?
    private var stack: [XMLNode] = []
    /// Whether the root element was opened and every element closed.
    var isComplete: Bool { root != nil && stack.isEmpty }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        attributes.reserveCapacity(attributeDict.count)
        for (key, value) in attributeDict { attributes[XMLTree.localName(key)] = value }
        let node = XMLNode(name: XMLTree.localName(elementName), attributes: attributes)
        if let parent = stack.last { parent.append(node) } else if root == nil { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // Only text-bearing elements keep their characters; the whitespace between tags is layout.
        guard let node = stack.last, Self.textElements.contains(node.name) else { return }
        node.appendText(string)
    }

    private static let textElements: Set<String> = ["t", "delText", "instrText", "title", "subject"]
}
