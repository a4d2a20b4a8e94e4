import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
import XCTest

/// Each published layout read from a small hand-made file.
final class ImporterLayoutTests: ImportTestCase {
    func testCBSLayoutWithQuotedPaddedCodesAndMissingValues() async throws {
        let summary = try await importText("""
            "ID";"SoortMisdrijf";"WijkenEnBuurten";"Perioden";"GeregistreerdeMisdrijven_1"
            0;"1.1.1     ";"GM0344    ";"2024MM01";"12"
            1;"1.1.1     ";"GM0344    ";"2024MM02";"       ."
            2;"2.5.2     ";"WK034401  ";"2024JJ00";"140"
            3;"3.7.4     ";"BU03440101";"2023MM12";"3"

            """)
        XCTAssertEqual(summary.record.rows, 4)
        XCTAssertEqual(summary.record.areas, 3)
        XCTAssertEqual(summary.record.series, 3)
        XCTAssertEqual(summary.record.periods, 4)
        XCTAssertEqual(summary.record.firstPeriod, "2023-12")
        XCTAssertEqual(summary.record.lastPeriod, "2024-02")
        XCTAssertEqual(summary.unmapped, [])
        let municipality = try await observations(area: "GM0344")
        XCTAssertEqual(municipality.count, 1)
        XCTAssertEqual(municipality[0].months[0], 12)
        XCTAssertNil(municipality[0].months[1], "a '.' is missing, not zero")
        let district = try await observations(area: "WK034401")
        XCTAssertEqual(district[0].yearTotal, 140)
        XCTAssertEqual(district[0].series, "2.5.2")
    }

    func testPlainCommaSeparatedCrimeLayout() async throws {
        try await importText("soort_misdrijf,gebied,periode,aantal\n1.1.1,GM0344,2024-03,5\n1.1.1,gm0344,2024-04,6\n")
        let rows = try await observations(area: "GM0344")
        XCTAssertEqual(rows.first?.months[2], 5)
        XCTAssertEqual(rows.first?.months[3], 6, "area codes are read case-insensitively")
    }

    func testIncidentExtract() async throws {
        let summary = try await importText("incidenttype;gebied;periode;aantal\noverlast-jeugd;GM0344;2024-01;31\nzwerfvuil-melding;GM0344;2024-01;4\n", source: .incidents, owner: "GM0344")
        XCTAssertEqual(summary.unmapped, ["zwerfvuil-melding"], "a type the mapping does not know is imported and reported")
        let rows = try await observations(area: "GM0344", source: .incidents, owners: ["GM0344"])
        XCTAssertEqual(rows.count, 2)
        let publicRows = try await observations(area: "GM0344", source: .incidents, owners: [""])
        XCTAssertTrue(publicRows.isEmpty, "a municipality's own extract is not open data")
    }

    func testMonitorWithDecimalCommaUnitAndName() async throws {
        try await importText("""
            indicator;gebied;jaar;waarde;eenheid;naam
            onveilig-buurt;GM0344;2021;17,4;%;Voelt zich weleens onveilig in de buurt
            onveilig-buurt;GM0344;2023;18,1;%;Voelt zich weleens onveilig in de buurt
            rapportcijfer-veiligheid-buurt;GM0344;2023;7,2;score;Rapportcijfer
            """, source: .monitor)
        let rows = try await observations(area: "GM0344", source: .monitor)
        let feeling = rows.filter { $0.series == "onveilig-buurt" }.sorted { $0.year < $1.year }
        XCTAssertEqual(feeling.map(\.yearTotal), [17.4, 18.1])
        XCTAssertEqual(feeling.first?.unit, "%")
        let names = try await FigureQueries.seriesNames(owners: [""], on: app.db)
        XCTAssertEqual(names[SeriesKey(source: .monitor, code: "onveilig-buurt")]?.name, "Voelt zich weleens onveilig in de buurt")
    }

    func testOwnRegistrationWithMonthsAndPopulation() async throws {
        try await importText("indicator;gebied;periode;waarde;eenheid\ninwoners;GM0344;2024;361000;aantal\nhalt-verwijzingen;GM0344;2024-05;14;aantal\n", source: .own, owner: "GM0344")
        let rows = try await observations(area: "GM0344", source: .own, owners: ["GM0344"])
        XCTAssertEqual(rows.first { $0.series == "inwoners" }?.yearTotal, 361_000)
        XCTAssertEqual(rows.first { $0.series == "halt-verwijzingen" }?.months[4], 14)
    }

    func testCodesFileNamesTypesAndAreasAndRefusesCodesOutsideIt() async throws {
        let codesURL = try write("""
            "Key";"Title";"Description"
            "1.1.1     ";"Diefstal/inbraak woning";"Inbraak, met ""braak"" en
            over twee regels"
            "GM0344    ";"Utrecht";""
            """, name: "codes.csv")
        let codes = try CodesFile.read(url: codesURL)
        XCTAssertEqual(codes.series["1.1.1"], "Diefstal/inbraak woning")
        XCTAssertEqual(codes.areas["GM0344"], "Utrecht")
        try await importText("SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n1.1.1;GM0344;2024JJ00;100\n", codes: codes)
        let areaNames = try await FigureQueries.areaNames(["GM0344"], on: app.db)
        XCTAssertEqual(areaNames["GM0344"], "Utrecht")
        try await assertRefused("SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n2.5.2;GM0344;2024JJ00;100\n", line: 2, contains: "staat niet in het codebestand", codes: codes)
        try await assertRefused("SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1\n1.1.1;GM0363;2024JJ00;100\n", line: 2, contains: "GM0363 staat niet in het codebestand", codes: codes)
    }

    func testUnsortedMonthsOfOneSeriesAreMergedIntoOneRow() async throws {
        // Enough distinct rows between the two halves to force a batch to the database in between.
        var lines = ["soort_misdrijf;gebied;periode;aantal", "1.1.1;GM0344;2024-01;1"]
        for index in 0..<9_000 { lines.append("2.2.1;BU0344\(String(format: "%04d", index));2024-01;2") }
        lines.append("1.1.1;GM0344;2024-02;3")
        let summary = try await importText(lines.joined(separator: "\n"))
        XCTAssertEqual(summary.record.rows, 9_002)
        let rows = try await observations(area: "GM0344")
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows[0].months[0], 1)
        XCTAssertEqual(rows[0].months[1], 3)
    }
}
