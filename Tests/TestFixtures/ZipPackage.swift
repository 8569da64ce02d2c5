import Foundation
import ZIPFoundation

/// Packs XML parts into a ZIP in memory, as a Word file is packed: for tests and the benchmark, which
/// build Word files part by part.
public enum ZipPackage {
    public static func data(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
