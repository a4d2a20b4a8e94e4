import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import RegiekamerTestSupport
import SQLKit
import XCTVapor

/// Base class: a fresh migrated database and helpers that import hand-made files through the real importer.
class ImportTestCase: XCTestCase {
    var app: Application!
    var target: DatabaseTarget!
    var directory: URL!
    static let catalogue = try! CatalogueLoader.loadBundled()

    override func setUp() async throws {
        target = TestDatabase.makeTarget()
        app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        try DatabaseSetup.configure(app, target: target)
        try await TestDatabase.reset(app, target: target)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("regiekamer-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
        app = nil
        TestDatabase.cleanUp(target)
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ text: String, name: String = "cijfers.csv") throws -> URL {
        try write(Data(text.utf8), name: name)
    }

    func write(_ data: Data, name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @discardableResult
    func importFile(
        _ url: URL, source: FigureSource, owner: String = "", restrict: Bool = false, codes: CodesFile? = nil,
        encoding: TextEncodingChoice = .utf8
    ) async throws -> FigureImportSummary {
        let job = FigureImportJob(
            file: url, options: FigureParseOptions(source: source, encoding: encoding, codes: codes, restrictToMunicipality: restrict ? owner : nil),
            owner: owner, municipalityID: nil, mapping: Self.catalogue.figureTypes.mapping, actor: .system)
        return try await FigureImporter.run(job, on: app.db)
    }

    @discardableResult
    func importText(_ text: String, source: FigureSource = .cbs, owner: String = "", restrict: Bool = false, codes: CodesFile? = nil) async throws -> FigureImportSummary {
        try await importFile(try write(text), source: source, owner: owner, restrict: restrict, codes: codes)
    }

    /// Asserts that importing fails with a message containing `fragment` on `line`, and that nothing was stored.
    func assertRefused(
        _ text: String, source: FigureSource = .cbs, line: Int?, contains fragment: String, codes: CodesFile? = nil,
        file: StaticString = #filePath, lineNumber: UInt = #line
    ) async throws {
        try await assertRefused(try write(text), source: source, line: line, contains: fragment, codes: codes, file: file, lineNumber: lineNumber)
    }

    func assertRefused(
        _ url: URL, source: FigureSource = .cbs, line: Int?, contains fragment: String, codes: CodesFile? = nil, restrict: String? = nil,
        file: StaticString = #filePath, lineNumber: UInt = #line
    ) async throws {
        let before = try await observationCount()
        do {
            try await importFile(url, source: source, owner: restrict ?? "", restrict: restrict != nil, codes: codes)
            XCTFail("import should have been refused", file: file, line: lineNumber)
        } catch let error as FigureImportError {
            XCTAssertEqual(error.line, line, "line of: \(error)", file: file, line: lineNumber)
            XCTAssertTrue(error.message.contains(fragment), "message: \(error.message)", file: file, line: lineNumber)
            XCTAssertTrue(error.description.contains("niets opgeslagen"), file: file, line: lineNumber)
        }
        let after = try await observationCount()
        XCTAssertEqual(after, before, "rows kept after a refused import", file: file, line: lineNumber)
        let imports = try await FigureImportModel.query(on: app.db).count()
        let audits = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "cijferimport").count()
        XCTAssertEqual(imports, audits, file: file, line: lineNumber)
    }

    func observationCount() async throws -> Int {
        let sql = app.db as! any SQLDatabase
        return try await sql.raw("SELECT COUNT(*) AS n FROM figure_observations").first(decodingColumn: "n", as: Int.self) ?? -1
    }

    func observations(area: String, source: FigureSource = .cbs, owners: [String] = [""]) async throws -> [PackedObservation] {
        try await FigureQueries.observations(owners: owners, areas: [area], source: source, on: app.db).map(\.values)
    }
}
