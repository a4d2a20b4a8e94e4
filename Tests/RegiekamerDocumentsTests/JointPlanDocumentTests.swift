import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import XCTest
import ZIPFoundation

/// A council's copy of a joint plan holds exactly the local paragraphs it should.
final class JointPlanDocumentTests: XCTestCase {
    func content() -> JointPlanContent {
        let measure = JointPlanContent.Measure(
            title: "Samen tegen woninginbraak", description: "", lead: "Politie", municipalities: ["Alfa", "Charlie"], budgetCents: 4_000_000, year: 2027,
            shares: [("Alfa", 3_000_000), ("Charlie", 1_000_000)], status: .running, progressNote: "Gestart in wijk Noord")
        return JointPlanContent(
            name: "Veilig in het Basisteam", policeUnit: "Basisteam Rivierenland", period: "2027–2030",
            municipalities: [.init(code: "GM0001", name: "Alfa"), .init(code: "GM0003", name: "Charlie")],
            introduction: "Samen werken we aan veiligheid.",
            sharedThemes: [.init(
                title: "1.3 Woninginbraak", isPriority: true, text: "Gezamenlijke aanpak van inbraken.",
                localParagraphs: ["GM0001": "Alfa-inbraakparagraaf", "GM0003": "Charlie-inbraakparagraaf"], measures: [measure])],
            localParts: [
                "GM0001": .init(general: "Alfa-algemeen", themes: [("3.1 Jeugdoverlast", "Alfa-jeugdparagraaf")], dropped: []),
                "GM0003": .init(general: "Charlie-algemeen", themes: [], dropped: [("4.2 Drugs", "Al in het regionale programma")]),
            ])
    }

    func text(_ document: WordDocument) throws -> String {
        let archive = try Archive(data: try DocxWriter.data(for: document), accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try XCTUnwrap(archive["word/document.xml"])) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    func testOwnCopyHoldsOnlyTheCouncilsOwnLocalParagraphs() throws {
        let own = try text(try JointPlanDocument.councilCopy(content(), council: "GM0003", copy: .ownParagraphs).get())
        for expected in ["Charlie-algemeen", "Charlie-inbraakparagraaf", "Al in het regionale programma", "Gezamenlijke aanpak van inbraken.", "Raadsversie voor de gemeente Charlie"] {
            XCTAssertTrue(own.contains(expected), expected)
        }
        for unexpected in ["Alfa-algemeen", "Alfa-inbraakparagraaf", "Alfa-jeugdparagraaf"] {
            XCTAssertFalse(own.contains(unexpected), unexpected)
        }
    }

    func testFullCopyHoldsEveryLocalParagraph() throws {
        let all = try text(try JointPlanDocument.councilCopy(content(), council: "GM0001", copy: .allParagraphs).get())
        for expected in ["Alfa-algemeen", "Alfa-inbraakparagraaf", "Alfa-jeugdparagraaf", "Charlie-algemeen", "Charlie-inbraakparagraaf", "€\u{00A0}30.000,00"] {
            XCTAssertTrue(all.contains(expected), expected)
        }
    }

    func testACouncilOutsideTheGroupIsRefused() {
        guard case .failure(let failure) = JointPlanDocument.councilCopy(content(), council: "GM0002", copy: .ownParagraphs) else {
            return XCTFail("a council outside the group got a copy")
        }
        XCTAssertEqual(failure.message, "Gemeente GM0002 hoort niet bij dit gezamenlijke plan; er is geen raadsversie voor.")
    }

    func testImplementationPlanAndProgressReport() throws {
        let plan = try text(JointPlanDocument.implementationPlan(content(), year: 2027))
        XCTAssertTrue(plan.contains("Samen tegen woninginbraak") && plan.contains("€\u{00A0}40.000,00") && plan.contains("€\u{00A0}10.000,00"))
        let nextYear = try text(JointPlanDocument.implementationPlan(content(), year: 2028))
        XCTAssertFalse(nextYear.contains("Samen tegen woninginbraak"), "a measure of 2027 is not in the plan of 2028")
        XCTAssertTrue(nextYear.contains("Geen gezamenlijke maatregelen in 2028."))
        let charlie = try text(JointPlanDocument.progressReport(content(), municipality: "GM0003"))
        XCTAssertTrue(charlie.contains("Aandeel Charlie") && charlie.contains("€\u{00A0}10.000,00") && charlie.contains("Gestart in wijk Noord"))
        XCTAssertEqual(JointPlanDocument.euro(123_456_789), "€\u{00A0}1.234.567,89")
    }
}
