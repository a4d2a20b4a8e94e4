import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import XCTest

/// Every refused file names its line and reason, and leaves nothing behind.
final class ImporterBadInputTests: ImportTestCase {
    let header = "SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n"

    func testTabSeparatedFileIsRefusedAtTheHeader() async throws {
        try await assertRefused("SoortMisdrijf\tWijkenEnBuurten\tPerioden\tAantal\n1.1.1\tGM0344\t2024JJ00\t5\n", line: 1, contains: "tabs")
    }

    func testFileOfAnotherTableNamesTheMissingColumn() async throws {
        try await assertRefused("ID;Geslacht;Leeftijd;Perioden;Bevolking_1\n0;T001038;10000;2024JJ00;17900000\n", line: 1, contains: "kolommen SoortMisdrijf, WijkenEnBuurten en GeregistreerdeMisdrijven_1 ontbreken")
        try await assertRefused("indicator;gebied;jaar;waarde\nonveilig-buurt;GM0344;2023;17\n", source: .monitor, line: 1, contains: "kolom eenheid ontbreekt")
    }

    func testWindows1252IsRefusedAsUTF8AndReadWhenChosen() async throws {
        var bytes = Data("indicator;gebied;jaar;waarde;eenheid;naam\nveiligheidsbeleving;GM0344;2023;6,8;score;Tevredenheid over de aanpak van ".utf8)
        bytes.append(contentsOf: [0x63, 0x61, 0x66, 0xE9, 0x73])  // "cafés" with é as Windows-1252 byte 0xE9
        bytes.append(0x0A)
        let url = try write(bytes, name: "monitor-1252.csv")
        try await assertRefused(url, source: .monitor, line: 2, contains: "Windows-1252")
        try await importFile(url, source: .monitor, encoding: .windows1252)
        let count = try await observationCount()
        XCTAssertEqual(count, 1)
    }

    func testUnknownAreaAndTypeCodes() async throws {
        try await assertRefused(header + "1.1.1;GM0344;2024JJ00;5\n1.1.1;Utrecht;2024JJ00;5\n", line: 3, contains: "gebiedscode 'Utrecht' is geen CBS-code")
        try await assertRefused(header + "woninginbraak;GM0344;2024JJ00;5\n", line: 2, contains: "geen CBS-code van de vorm 1.1.1")
    }

    func testNonNumericNegativeAndFractionalCounts() async throws {
        try await assertRefused(header + "1.1.1;GM0344;2024JJ00;vijf\n", line: 2, contains: "aantal 'vijf' is geen getal")
        try await assertRefused(header + "1.1.1;GM0344;2024JJ00;-3\n", line: 2, contains: "geheel getal van 0 of meer")
        try await assertRefused(header + "1.1.1;GM0344;2024JJ00;2,5\n", line: 2, contains: "geheel getal van 0 of meer")
        // Beyond 10^12 a value would later overflow a whole number or a chart; 400 digits would even be infinite.
        try await assertRefused(header + "1.1.1;GM0344;2024JJ00;\(String(repeating: "9", count: 400))\n", line: 2, contains: "geen getal")
    }

    func testDuplicatedKeyIsRefusedEvenFarApart() async throws {
        var lines = [String(header.dropLast())]
        lines.append("1.1.1;GM0344;2024MM03;5")
        for index in 0..<9_000 { lines.append("2.2.1;BU0344\(String(format: "%04d", index));2024MM01;1") }
        lines.append("1.1.1;GM0344;2024MM03;6")
        try await assertRefused(lines.joined(separator: "\n"), line: 9_003, contains: "dubbele sleutel")
    }

    func testUnknownPeriodMonthInMonitorAndUnitChange() async throws {
        try await assertRefused(header + "1.1.1;GM0344;2024KW01;5\n", line: 2, contains: "periode '2024KW01' is onbekend")
        try await assertRefused("indicator;gebied;jaar;waarde;eenheid\nonveilig-buurt;GM0344;2023-05;17;%\n", source: .monitor, line: 2, contains: "alleen jaarcijfers")
        try await assertRefused("indicator;gebied;jaar;waarde;eenheid\nonveilig-buurt;GM0344;2021;17;%\nonveilig-buurt;GM0344;2023;7;score\n", source: .monitor, line: 3, contains: "eenheid 'score' wijkt af van '%'")
    }

    func testWrongNumberOfColumnsEmptyFileAndHeaderOnly() async throws {
        try await assertRefused(header + "1.1.1;GM0344;2024JJ00\n", line: 2, contains: "3 kolommen gevonden, de kopregel heeft er 4")
        try await assertRefused("", line: nil, contains: "leeg")
        try await assertRefused(header, line: nil, contains: "geen cijfers")
    }

    func testBinaryFileWithoutLineBreaksIsRefused() async throws {
        let url = try write(Data(repeating: 0x41, count: 3 << 20), name: "groot.bin")
        try await assertRefused(url, line: 1, contains: "langer dan 64 kB")
    }

    func testMunicipalUploadMayOnlyHoldOwnAreas() async throws {
        let url = try write(header + "1.1.1;WK034401;2024JJ00;5\n1.1.1;GM0363;2024JJ00;5\n")
        try await assertRefused(url, line: 3, contains: "hoort niet bij gemeente GM0344", restrict: "GM0344")
    }

    func testBadLastLineLeavesNoRowOfTheFileAfterEarlierBatchesWereWritten() async throws {
        try await importText(header + "1.1.1;GM0344;2023JJ00;10\n")
        var lines = [String(header.dropLast())]
        for index in 0..<20_000 { lines.append("2.2.1;BU0344\(String(format: "%04d", index % 9_999));\(2020 + index / 9_999)JJ00;1") }
        lines.append("1.1.1;GM0344;2024JJ00;x")
        try await assertRefused(lines.joined(separator: "\n"), line: 20_002, contains: "geen getal")
        let rows = try await observations(area: "GM0344")
        XCTAssertEqual(rows.map(\.year), [2023], "the earlier import is untouched")
    }
}
