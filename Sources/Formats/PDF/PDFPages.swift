import CPoppler
import Content
import Foundation

/// One character poppler placed on a page, with its box (points, y down from the top) and its type.
struct PDFGlyph {
    var scalar: Unicode.Scalar
    var x1, y1, x2, y2: Double
    var size: Double
    var bold: Bool
}

struct PDFPage {
    var width, height: Double
    /// In poppler's reading order; "\n" ends each of poppler's lines.
    var glyphs: [PDFGlyph]
}

/// A PDF's pages as positioned characters, and its Title property, read through poppler.
struct PDFPages {
    var title: String?
    var pages: [PDFPage]

    static func read(_ data: Data, source: String, poppler: PopplerLibrary? = PopplerLibrary.shared) throws(LoadError) -> PDFPages {
        guard let poppler else {
            throw LoadError("\(source): reading PDF needs the poppler library; install it with: apt-get install \(PopplerLibrary.package)")
        }
        PopplerLibrary.lock.lock()
        defer { PopplerLibrary.lock.unlock() }
        // poppler keeps pointing into the bytes while the document is open.
        let bytes = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(data.count, 1))
        defer { bytes.deallocate() }
        _ = data.withUnsafeBytes { raw in raw.copyBytes(to: UnsafeMutableRawBufferPointer(bytes)) }
        var error: UnsafeMutablePointer<CPopplerGError>?
        guard let document = poppler.newDocument(bytes.baseAddress, Int32(data.count), nil, &error) else {
            throw LoadError("\(source): \(describe(error, poppler))")
        }
        defer { poppler.unref(document) }
        var pages: [PDFPage] = []
        for index in 0..<Int(poppler.pageCount(document)) {
            guard let page = poppler.page(document, Int32(index)) else { continue }
            pages.append(read(page, poppler))
            poppler.unref(page)
        }
        return PDFPages(title: take(poppler.title(document), poppler), pages: pages)
    }

    private static func describe(_ error: UnsafeMutablePointer<CPopplerGError>?, _ poppler: PopplerLibrary) -> String {
        guard let error else { return "is a damaged PDF (poppler could not open it)" }
        defer { poppler.freeError(error) }
        if error.pointee.code == Int32(CPOPPLER_ERROR_ENCRYPTED) {
            return "is a password-protected PDF; casebook cannot read it"
        }
        let reason = error.pointee.message.map { String(cString: $0) } ?? "poppler could not open it"
        return "is a damaged PDF (\(TerminalSafe.oneLine(String(reason.prefix(120)))))"
    }

    /// A string poppler allocated, freed once copied.
    private static func take(_ pointer: UnsafeMutablePointer<CChar>?, _ poppler: PopplerLibrary) -> String? {
        guard let pointer else { return nil }
        defer { poppler.free(pointer) }
        return String(cString: pointer)
    }

    private static func read(_ page: UnsafeMutableRawPointer, _ poppler: PopplerLibrary) -> PDFPage {
        var width = 0.0, height = 0.0
        poppler.pageSize(page, &width, &height)
        let text = take(poppler.pageText(page), poppler) ?? ""
        var rectangles: UnsafeMutablePointer<CPopplerRectangle>?
        var count: UInt32 = 0
        guard poppler.textLayout(page, &rectangles, &count) != 0, let rectangles else {
            return PDFPage(width: width, height: height, glyphs: [])
        }
        defer { poppler.free(rectangles) }
        var sizes = [Double](repeating: 0, count: Int(count))
        var bold = [Bool](repeating: false, count: Int(count))
        let attributes = poppler.textAttributes(page)
        var node = attributes
        while let current = node {
            if let attribute = current.pointee.data?.assumingMemoryBound(to: CPopplerTextAttributes.self).pointee {
                let isBold = attribute.font_name.map { isBoldFont(String(cString: $0)) } ?? false
                let lower = max(0, Int(attribute.start_index)), upper = min(Int(count) - 1, Int(attribute.end_index))
                if lower <= upper {
                    for index in lower...upper {
                        sizes[index] = finite(attribute.font_size)
                        bold[index] = isBold
                    }
                }
            }
            node = current.pointee.next
        }
        poppler.freeTextAttributes(attributes)
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(Int(count))
        for (index, scalar) in text.unicodeScalars.prefix(Int(count)).enumerated() {
            let box = rectangles[index]
            glyphs.append(PDFGlyph(scalar: scalar, x1: finite(box.x1), y1: finite(box.y1), x2: finite(box.x2),
                                   y2: finite(box.y2), size: sizes[index], bold: bold[index]))
        }
        return PDFPage(width: width, height: height, glyphs: glyphs)
    }

    /// A damaged file's NaN or infinite coordinates as 0, so that sorting and grouping stay sound.
    private static func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }

    /// "Arial-BoldMT", "ABCDEF+Calibri,Bold", "Helvetica-Black", "Lato-Heavy".
    static func isBoldFont(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
    }
}
