import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// Re-importing replaces; import then export gives the same figures back.
final class ImporterReplacementTests: ImportTestCase {
    let header = "soort_misdrijf;gebied;periode;aantal\n"

    func testReimportOfTheSamePeriodReplacesAndIsAudited() async throws {
        try await importText(header + "1.1.1;GM0344;2024-01;5\n2.5.2;GM0344;2024-01;7\n1.1.1;GM0344;2023-01;9\n")
        let second = try await importText(header + "1.1.1;GM0344;2024-01;6\n")
        XCTAssertEqual(second.record.replacedRows, 2, "both 2024 series of GM0344 were replaced")
        let rows = try await observations(area: "GM0344")
        XCTAssertEqual(rows.map { "\($0.series) \($0.year) \($0.months[0] ?? -1)" }.sorted(), ["1.1.1 2023 9.0", "1.1.1 2024 6.0"])
        let entries = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "cijferimport").all()
        XCTAssertEqual(entries.count, 2)
        XCTAssertTrue(entries.contains { $0.summary.contains("2 eerdere rijen vervangen") })
        let again = try await importText(header + "1.1.1;GM0344;2024-01;6\n")
        XCTAssertEqual(again.record.replacedRows, 1)
        let count = try await observationCount()
        XCTAssertEqual(count, 2, "idempotent")
    }

    func testImportExportRoundTripsRandomFiles() async throws {
        var random = SplitMix64(seed: 42)
        for round in 0..<5 {
            let source: FigureSource = [.cbs, .incidents, .monitor, .own, .cbs][round]
            var expected: Set<String> = []
            var lines: [String] = []
            var used: Set<String> = []
            for _ in 0..<(50 + Int(random.unit() * 200)) {
                let area = ["GM0344", "WK034401", "WK034402", "BU03440101"][Int(random.unit() * 4)]
                let series = source == .cbs ? ["1.1.1", "2.5.2", "3.7.4"][Int(random.unit() * 3)] : ["overlast-jeugd", "onveilig-buurt", "eigen-a"][Int(random.unit() * 3)]
                let year = 2019 + Int(random.unit() * 5)
                let period = source == .monitor || random.unit() < 0.3 ? "\(year)" : "\(year)-\(String(format: "%02d", 1 + Int(random.unit() * 12)))"
                guard used.insert("\(series);\(area);\(period)").inserted else { continue }
                let value: String
                if random.unit() < 0.1 {
                    value = "."
                } else if source.isCount {
                    value = String(Int(random.unit() * 500))
                } else {
                    value = String(Double(Int(random.unit() * 1_000)) / 10)
                }
                let unit = source.isCount ? "" : ";%"
                lines.append("\(series);\(area);\(period);\(value)\(unit)")
                expected.insert(lines.last!)
            }
            try await importText(FigureExport.header(for: source) + "\n" + lines.joined(separator: "\n"), source: source)
            let stored = try await FigureQueries.observations(owners: [""], areas: ["GM0344", "WK034401", "WK034402", "BU03440101"], source: source, on: app.db)
            let exported = FigureExport.rawCSV(stored.map(\.values), source: source)
            let exportedLines = Set(exported.split(separator: "\n").dropFirst().map(String.init))
            XCTAssertEqual(exportedLines, Set(expected.map(normalise)), "round \(round) (\(source))")
            // The export is itself importable and gives the same rows.
            try await importText(exported, source: source)
            let again = try await FigureQueries.observations(owners: [""], areas: ["GM0344", "WK034401", "WK034402", "BU03440101"], source: source, on: app.db)
            XCTAssertEqual(Set(again.map { "\($0.values)" }), Set(stored.map { "\($0.values)" }))
        }
    }

    /// `12.0` is written as `12`, as the exporter writes whole numbers.
    private func normalise(_ line: String) -> String {
        var fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        if let value = Double(fields[3]), value.rounded() == value, fields[3] != "." { fields[3] = String(Int(value)) }
        return fields.joined(separator: ";")
    }
}
