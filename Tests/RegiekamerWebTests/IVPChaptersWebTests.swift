import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
@testable import RegiekamerWeb
import XCTVapor

/// The IVP's own chapters are one form with one save: as a browser posts it, refused with everything kept, and
/// all or nothing when someone else saved a chapter meanwhile.
extension PlanWebTests {
    private func chapterFields(_ texts: [String: String], versions: [String: Int] = [:]) -> [(String, String)] {
        IVPChaptersForm.fields.flatMap { field in
            [(field.name, texts[field.key] ?? ""), (field.versionName, "\(versions[field.key] ?? 0)")]
        }
    }

    func testTheChaptersSaveInOneGoAsABrowserPostsThem() async throws {
        let page = try await send(.GET, PlanPaths.ivp(m, t), as: coordinator)
        XCTAssertEqual(page.body.components(separatedBy: "Hoofdstukken opslaan").count - 1, 1, "one save button")
        let saved = try await post(
            PlanPaths.chapters(m, t),
            chapterFields([
                "h2": "Veilig wonen.\r\n\r\nSamen met partners.", "h6": "Elk kwartaal een overleg.",
                "h7.budget": "€ 85.000",
            ]), as: coordinator)
        XCTAssertEqual(saved.status, .seeOther)
        let texts = try await PlanStore.texts(of: t, on: app.db)
        XCTAssertEqual(texts["h2"]?.text, "Veilig wonen.\n\nSamen met partners.", "CRLF arrives as LF")
        XCTAssertEqual(texts["h6"]?.text, "Elk kwartaal een overleg.")
        XCTAssertEqual(texts["h7.budget"]?.text, "€ 85.000")
        XCTAssertEqual(texts["h7.budget"].flatMap { DutchNumberText.amount($0.text) }, 85_000)
        XCTAssertNil(texts["h3"], "an unchanged, empty chapter is not written")
    }

    func testARefusedBudgetKeepsEveryTypedChapterAndSavesNothing() async throws {
        let refused = try await post(
            PlanPaths.chapters(m, t),
            chapterFields(["h1": "Mijn uitgangssituatie MARKER-1", "h3": "Uitgangspunten MARKER-3", "h7.budget": "veel"]),
            as: coordinator)
        XCTAssertEqual(refused.status, .badRequest)
        XCTAssertTrue(refused.body.contains("<title>Fout: "), "the title says there is an error")
        XCTAssertTrue(refused.body.contains("MARKER-1") && refused.body.contains("MARKER-3"))
        XCTAssertTrue(refused.body.contains(#"value="veel""#), "the refused amount stays as typed")
        XCTAssertTrue(refused.body.contains(#"id="tekst-h7-budget-error""#), "the message sits at the field")
        XCTAssertTrue(refused.body.contains(##"href="#tekst-h7-budget""##), "the summary links to the field")
        let texts = try await PlanStore.texts(of: t, on: app.db)
        XCTAssertNil(texts["h1"])
        XCTAssertNil(texts["h3"])
    }

    func testAChapterSavedMeanwhileStopsTheWholeSaveAndShowsBothVersions() async throws {
        let other = try await post(
            PlanPaths.chapters(m, t), chapterFields(["h2": "Versie van Sanne."]), as: coordinator)
        XCTAssertEqual(other.status, .seeOther)
        // Bram read the page before Sanne saved: version 0 for every chapter.
        let stale = try await post(
            PlanPaths.chapters(m, t), chapterFields(["h2": "Versie van Bram.", "h3": "Nieuw van Bram."]),
            as: coordinator)
        XCTAssertEqual(stale.status, .conflict)
        XCTAssertTrue(stale.body.contains("Versie van Sanne.") && stale.body.contains("Versie van Bram."))
        XCTAssertTrue(stale.body.contains("Nieuw van Bram."), "the other typed chapter stays in the form")
        var texts = try await PlanStore.texts(of: t, on: app.db)
        XCTAssertEqual(texts["h2"]?.text, "Versie van Sanne.")
        XCTAssertNil(texts["h3"], "all or nothing: the fresh chapter was not saved either")
        let version = try XCTUnwrap(texts["h2"]?.version)
        XCTAssertTrue(stale.body.contains(#"name="versie-tekst-h2" value="\#(version)""#), "the form now names the newer version")
        let again = try await post(
            PlanPaths.chapters(m, t),
            chapterFields(["h2": "Versie van Bram.", "h3": "Nieuw van Bram."], versions: ["h2": version]),
            as: coordinator)
        XCTAssertEqual(again.status, .seeOther)
        texts = try await PlanStore.texts(of: t, on: app.db)
        XCTAssertEqual(texts["h2"]?.text, "Versie van Bram.")
        XCTAssertEqual(texts["h3"]?.text, "Nieuw van Bram.")
    }
}
