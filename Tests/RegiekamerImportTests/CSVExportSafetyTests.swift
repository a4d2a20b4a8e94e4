import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTest

@testable import RegiekamerImport

/// Names and units imported from a file can be anything; exported as CSV they must not run as formulas in a
/// spreadsheet, and the export must still import to the same names.
final class CSVExportSafetyTests: ImportTestCase {
    static let hostileNames = [
        "=cmd|' /C calc'!A0", "=1+2", "@SUM(A1)", "+31 6 1234", "-1+2", " =HYPERLINK(1)", "gewoon",
    ]

    /// The cells of one exported line, with quotes undone as a spreadsheet reads them.
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" { quoted = false } else { cell.append(character) }
            } else if character == "\"" {
                if cell.isEmpty { quoted = true } else { cell.append(character) }
            } else if character == ";" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        cells.append(cell)
        return cells.map { $0.replacingOccurrences(of: "\"\"", with: "\"") }
    }

    func testRawExportNeutralisesFormulaCellsAndStillRoundTrips() async throws {
        let lines = Self.hostileNames.enumerated().map { index, name in
            return "\(name);GM0344;2023;\(index + 1);\(index == 1 ? "=2+3" : "@eenheid")"
        }
        try await importText(
            "indicator;gebied;periode;waarde;eenheid\n" + lines.joined(separator: "\n"), source: .own, owner: "GM0344")
        let stored = try await observations(area: "GM0344", source: .own, owners: ["GM0344"])
        XCTAssertEqual(
            Set(stored.map(\.series)), Set(Self.hostileNames.map { $0.trimmingCharacters(in: .whitespaces) }))
        let exported = FigureExport.rawCSV(stored, source: .own)
        for line in exported.split(separator: "\n").dropFirst() {
            for cell in Self.cells(line) {
                let first = cell.unicodeScalars.first { $0 != " " }
                XCTAssertFalse(first.map { "=+@\t\r".unicodeScalars.contains($0) } ?? false, "formula cell in \(line)")
                if cell.hasPrefix("-") { XCTAssertNotNil(Double(cell), "only a number may start with '-': \(line)") }
            }
        }
        XCTAssertTrue(exported.contains("'=cmd|' /C calc'!A0;"), exported)
        XCTAssertTrue(exported.contains("'=2+3"), "units are neutralised too")

        // The export imports again to the same names and units.
        try await importText(exported, source: .own, owner: "GM0344")
        let again = try await observations(area: "GM0344", source: .own, owners: ["GM0344"])
        XCTAssertEqual(Set(again.map { "\($0)" }), Set(stored.map { "\($0)" }))
    }

    func testTheWriterQuotesSeparatorsAndKeepsNumbersAsNumbers() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.append([.text("x;y"), .number(-3)])
        csv.append([.text("regel\r\nbreuk"), .number(nil)])
        csv.append([.text("\t=1"), .number(2.5)])
        XCTAssertEqual(csv.text, "a;b\n\"x;y\";-3\nregel breuk;.\n'\t=1;2.5\n")
        XCTAssertEqual(CSVWriter.restored(CSVWriter.neutralised("-1+2")), "-1+2")
        XCTAssertEqual(CSVWriter.restored("'gewoon"), "'gewoon", "a quote before ordinary text is the text's own")
    }
}
