import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// The real published CBS/police files in `../shared/fixtures/real/` (beside the package root; CI has `../shared`
/// beside the checkout). Read in place, never copied into the project.
enum RealFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/fixtures/real").standardized

    /// The file's URL; fails the test (not skips it) when the fixtures are missing.
    static func url(_ relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            XCTFail("real fixture \(url.path) is missing; ../shared/fixtures/real must sit beside the package", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return url
    }

    static let crime83648 = "rubennaatje/83648NED_UntypedDataSet_17052018_141347.csv"
    static let crime83648PerThousand = "rubennaatje/criminaliteit.csv"
    static let population70072 = "rubennaatje/70072ned_UntypedDataSet_06062018_000805.csv"
    static let population03759 = "IJHidding/03759ned_UntypedDataSet_05022020_161839.csv"
}

extension ImportTestCase {
    /// Imports a population file (`regiekamer import population`) as open data.
    @discardableResult
    func importPopulation(_ url: URL) async throws -> FigureImportSummary {
        let job = FigureImportJob(
            file: url, options: .population(), owner: "", municipalityID: nil,
            mapping: Self.catalogue.figureTypes.mapping, actor: .system)
        return try await FigureImporter.run(job, on: app.db)
    }

    /// The stored value of one series of one area and year (nil when not stored or suppressed).
    func storedValue(area: String, series: String, year: Int, source: FigureSource = .cbs) async throws -> Double? {
        try await observations(area: area, source: source).first { $0.series == series && $0.year == year }?.yearTotal
    }
}
