import RegiekamerDomain
@testable import RegiekamerImport
import XCTest

/// Which table a header belongs to, and the one Dutch line that says so or what is missing.
final class LayoutRecognitionTests: XCTestCase {
    private func recognise(_ header: String, _ source: FigureSource = .cbs) throws -> RecognisedLayout {
        try LayoutRecognition.recognise(header: header.components(separatedBy: ";"), layout: .layout(for: source))
    }

    func testPublishedCrimeTables() throws {
        let table47018 = try recognise("ID;SoortMisdrijf;WijkenEnBuurten;Perioden;GeregistreerdeMisdrijven_1")
        XCTAssertEqual(table47018.table, "47018NED")
        XCTAssertEqual(table47018.seriesCodes, .dotted)
        let table83648 = try recognise(
            "ID;SoortMisdrijf;RegioS;Perioden;TotaalGeregistreerdeMisdrijven_1;GeregistreerdeMisdrijvenPer1000Inw_3")
        XCTAssertEqual(table83648.table, "83648NED")
        XCTAssertEqual(table83648.seriesCodes, .sevenDigits)
        XCTAssertEqual(table83648.columns[.value], 4, "the count, not the rate per 1,000")
        XCTAssertTrue(table83648.emptyMeansNotExisting)
        XCTAssertTrue(table83648.description.contains("niet opgeslagen"))
    }

    func testOwnLayoutIsNamedAsSuch() throws {
        let own = try recognise("soort_misdrijf;gebied;periode;aantal")
        XCTAssertNil(own.table)
        XCTAssertEqual(own.description, "Herkend: eigen opmaak voor geregistreerde misdrijven (cbs/politie) (kolommen soort_misdrijf, gebied, periode, aantal).")
        XCTAssertFalse(own.emptyMeansNotExisting)
    }

    func testARateOnlyDownloadSaysWhatIsMissing() {
        XCTAssertThrowsError(try recognise("ID;SoortMisdrijf;RegioS;Perioden;GeregistreerdeMisdrijvenPer1000Inw_3")) { error in
            let message = (error as? FigureImportError)?.message ?? ""
            XCTAssertTrue(message.contains("kolom TotaalGeregistreerdeMisdrijven_1 (aantal) ontbreekt"), message)
            XCTAssertEqual((error as? FigureImportError)?.line, 1)
        }
    }

    func testPopulationTables() throws {
        let layout = FigureFileLayout.population
        let kerncijfers = try LayoutRecognition.recognise(
            header: ["ID", "RegioS", "Perioden", "TotaleBevolking_1", "Mannen_2"], layout: layout)
        XCTAssertEqual(kerncijfers.table, "70072ned")
        XCTAssertEqual(kerncijfers.columns[.value], 3)
        let bevolking = try LayoutRecognition.recognise(
            header: ["ID", "Geslacht", "Leeftijd", "BurgerlijkeStaat", "RegioS", "Perioden", "BevolkingOp1Januari_1"],
            layout: layout)
        XCTAssertEqual(bevolking.table, "03759ned")
        XCTAssertEqual(bevolking.totalFilters.map(\.key), ["T001038", "10000", "T001019"])
        XCTAssertThrowsError(try LayoutRecognition.recognise(header: ["gebied", "jaar"], layout: layout)) { error in
            XCTAssertTrue((error as? FigureImportError)?.message.contains("inwoners ontbreekt") ?? false, "\(error)")
        }
    }

    func testNotesNameEveryKindOfRowLeftOut() {
        let notes = ImportNotes.sentences(notExisting: 4_028, suppressed: 3, detailRows: 0, regionsNotKept: ["landsdeel": 4])
        XCTAssertEqual(notes.count, 3)
        XCTAssertTrue(notes[0].hasPrefix("4.028 regels zonder waarde"))
        XCTAssertTrue(notes[1].contains("niet als 0"))
        XCTAssertTrue(notes[2].contains("landsdeel 4"))
        XCTAssertEqual(ImportNotes.sentences(notExisting: 0, suppressed: 0, detailRows: 0, regionsNotKept: [:]), [])
    }
}
