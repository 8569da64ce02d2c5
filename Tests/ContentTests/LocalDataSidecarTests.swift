@testable import Content
import Foundation
import TestFixtures
import Testing

/// A document's local data (`NAME.local.txt`) is read from beside it, and the built-in document's
/// from `Content/`; the sidecar is never taken for a document or a national data file.
@Suite struct LocalDataSidecarTests {
    static let oakridge = "oakridge-child-r-local-authority.txt"

    @Test func aSidecarThatCannotBeReadIsAWarning() throws {
        let copy = try FixtureCopy(of: Self.oakridge, localData: nil)
        defer { copy.remove() }
        try FileManager.default.createDirectory(atPath: copy.localDataPath, withIntermediateDirectories: false)
        let document = try DocumentLoader.load(path: copy.path)
        #expect(document.localData == nil)
        #expect(document.warnings.map(\.message).contains { $0.contains("is a directory") && $0.contains("local data is not used") })
    }

    @Test func sidecarNames() {
        #expect(LocalDataSidecar.name(for: "child-j.txt") == "child-j.local.txt")
        #expect(LocalDataSidecar.name(for: "/tmp/reviews/child-j.pdf") == "/tmp/reviews/child-j.local.txt")
        #expect(LocalDataSidecar.name(for: "README") == "README.local.txt")
        #expect(LocalDataSidecar.isSidecar("child-j.local.txt"))
        #expect(!LocalDataSidecar.isSidecar("glossary.txt"))
    }

    @Test func aSidecarBesideTheDocumentIsItsLocalData() throws {
        let copy = try FixtureCopy(of: Self.oakridge, localData: "[glossary]\nOFD = Oakridge Front Door\n")
        defer { copy.remove() }
        let document = try DocumentLoader.load(path: copy.path)
        #expect(document.localData == LocalData(fileName: copy.localDataName, text: "[glossary]\nOFD = Oakridge Front Door\n"))
        #expect(document.warnings == [])
        #expect(DocumentLoader.withLocalData(try DocumentLoader.parse(Data(contentsOf: URL(fileURLWithPath: copy.path)), source: copy.path),
                                             beside: copy.path) == document)
    }

    @Test func theBuiltInLocalDataIsEmbeddedButIsNoDocumentNorNationalFile() {
        let sidecars = BuiltInContent.fileNames.filter(LocalDataSidecar.isSidecar)
        #expect(sidecars == [LocalDataSidecar.name(for: BuiltInContent.defaultDocumentName)])
        #expect(!["glossary.txt", "agencies.txt", "themes.txt", BuiltInContent.defaultDocumentName].contains { LocalDataSidecar.isSidecar($0) })
        #expect(ChildJ.document.localData?.fileName == sidecars.first)
    }
}
