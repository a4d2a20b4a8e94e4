import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import ZIPFoundation
import RegiekamerViews

/// Step 2: the analysis workspace with assignments, partner access, conflicts and the report.
final class AnalysisTests: TrajectoryTestCase {
    private let theme21 = AnalysisCellID.theme(ThemeCode("2.1")!)
    private let theme32 = AnalysisCellID.theme(ThemeCode("3.2")!)

    private func version(_ cell: AnalysisCellID) async throws -> Int {
        try await AnalysisStore.cell(cell, of: t, on: app.db).version
    }

    private func save(_ cell: AnalysisCellID, _ fields: [(String, String)], status: String, as browser: Browser) async throws -> Reply {
        let current = try await version(cell)
        return try await post(AnalysisPaths.cell(m, t, cell), fields + [("status", status), ("versie", "\(current)")], as: browser)
    }

    func testPartnerReachesOnlyAssignedThemesAndCannotMarkThemReady() async throws {
        let partner = try await makeUser("politie@een.nl", roles: [.partner], in: municipality)
        let browser = try await signIn(partner)
        let assigned = try await post(AnalysisPaths.cell(m, t, theme21) + "/toewijzing", [("schrijvers[]", partner.id!.uuidString)], as: coordinator)
        XCTAssertEqual(assigned.status, .seeOther)

        let grid = try await send(.GET, AnalysisPaths.workspace(m, t), as: browser)
        XCTAssertEqual(grid.status, .ok)
        XCTAssertTrue(grid.body.contains("2.1 Veilig winkelgebied"))
        XCTAssertFalse(grid.body.contains("3.2 Jeugdcriminaliteit"))

        let unassigned = try await send(.GET, AnalysisPaths.cell(m, t, theme32), as: browser)
        XCTAssertEqual(unassigned.status, .notFound)
        let write = try await save(theme32, [("problematiek", "x"), ("aanpak", "x"), ("extra", "x")], status: "concept", as: browser)
        XCTAssertEqual(write.status, .notFound)

        let ready = try await save(theme21, [("problematiek", "Winkeldiefstal stijgt."), ("aanpak", "KVO."), ("extra", "Camera's.")], status: "gereed", as: browser)
        XCTAssertEqual(ready.status, .badRequest)
        XCTAssertTrue(ready.body.contains("Alleen de coördinator maakt een cel gereed"))

        let draft = try await save(theme21, [("problematiek", "Winkeldiefstal stijgt."), ("aanpak", "KVO."), ("extra", "")], status: "in-review", as: browser)
        XCTAssertEqual(draft.status, .seeOther)
        let stored = try await AnalysisStore.cell(theme21, of: t, on: app.db)
        XCTAssertEqual(stored.status, .inReview)
        XCTAssertEqual(stored.updatedByName, "Politie")

        let review = try await save(theme21, [("problematiek", "Winkeldiefstal stijgt."), ("aanpak", "KVO."), ("extra", "Collectief winkelverbod.")], status: "gereed", as: coordinator)
        XCTAssertEqual(review.status, .seeOther)
        let reviewed = try await AnalysisStore.cell(theme21, of: t, on: app.db)
        XCTAssertEqual(reviewed.status, .ready)
    }

    func testAWorkingGroupMemberSeesAllButEditsOnlyAssigned() async throws {
        let member = try await signIn(try await makeUser("ans@een.nl", roles: [.workingGroupMember], in: municipality))
        let view = try await send(.GET, AnalysisPaths.cell(m, t, theme32), as: member)
        XCTAssertEqual(view.status, .ok)
        XCTAssertFalse(view.body.contains("name=\"problematiek\""))
        let write = try await save(theme32, [("problematiek", "x")], status: "concept", as: member)
        XCTAssertEqual(write.status, .forbidden)
        XCTAssertTrue(write.body.contains("U bent niet aan dit thema toegewezen"))
        let comment = try await post(AnalysisPaths.cell(m, t, theme32) + "/opmerkingen", [("opmerking", "Kijk ook naar Halt-cijfers.")], as: member)
        XCTAssertEqual(comment.status, .seeOther)
    }

    func testEmptyCellCannotBeReadyAndConcurrentEditsConflict() async throws {
        let empty = try await save(theme21, [("problematiek", ""), ("aanpak", ""), ("extra", "")], status: "gereed", as: coordinator)
        XCTAssertEqual(empty.status, .badRequest)
        XCTAssertTrue(empty.body.contains("Een lege cel kan niet gereed zijn."))

        let other = try await signIn(try await makeUser("bram@een.nl", roles: [.coordinator], in: municipality))
        let loaded = try await version(theme21)
        let first = try await post(AnalysisPaths.cell(m, t, theme21), [("problematiek", "Tekst van Sanne"), ("status", "concept"), ("versie", "\(loaded)")], as: coordinator)
        XCTAssertEqual(first.status, .seeOther)
        let second = try await post(AnalysisPaths.cell(m, t, theme21), [("problematiek", "Tekst van Bram"), ("status", "concept"), ("versie", "\(loaded)")], as: other)
        XCTAssertEqual(second.status, .conflict)
        XCTAssertTrue(second.body.contains("Tekst van Sanne") && second.body.contains("Tekst van Bram"))
        let stored = try await AnalysisStore.cell(theme21, of: t, on: app.db)
        XCTAssertEqual(stored.problems, "Tekst van Sanne")
    }

    func testFiguresAreTypedOneFieldPerYearAndARefusalKeepsEverything() async throws {
        let path = AnalysisPaths.cell(m, t, theme21) + "/cijfers"
        let bad = try await post(path, [
            ("indicator-1", ""), ("bron-1", "Politie MARKER-B"), ("jaar-1", "2024"), ("waarde-1", "12"),
            ("indicator-2", "Winkeldiefstal MARKER-I"), ("bron-2", ""), ("jaar-2", "2021"), ("waarde-2", "80"),
            ("jaar-2", "2022"), ("waarde-2", "veel"),
        ], as: coordinator)
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.contains("Cijfer 1: vul de indicator in"), bad.body)
        XCTAssertTrue(bad.body.contains("Cijfer 2, jaar 2: ‘veel’ is geen getal"))
        XCTAssertTrue(bad.body.contains("MARKER-B") && bad.body.contains("MARKER-I"), "everything typed comes back")
        XCTAssertTrue(bad.body.contains(#"value="veel""#))
        XCTAssertTrue(bad.body.contains(##"href="#cijfer-2-jaren-2-sleutel""##), "the summary links to the year")
        let none = try await AnalysisStore.figures(of: t, on: app.db)
        XCTAssertTrue(none.isEmpty, "nothing is saved")

        let good = try await post(path, [
            ("indicator-1", "Winkeldiefstal"), ("bron-1", "Politieregistratie"),
            ("jaar-1", "2021"), ("waarde-1", "80"), ("jaar-1", "2022"), ("waarde-1", "95"),
            ("jaar-1", "2023"), ("waarde-1", "1.110"), ("jaar-1", ""), ("waarde-1", ""),
            ("indicator-2", ""), ("bron-2", ""), ("jaar-2", ""), ("waarde-2", ""),
        ], as: coordinator)
        XCTAssertEqual(good.status, .seeOther)
        let rows = try await AnalysisStore.figures(of: t, on: app.db)
        XCTAssertEqual(rows.map(\.indicator), ["Winkeldiefstal"])
        XCTAssertEqual(rows.map(\.years), ["2021–2023"])
        XCTAssertEqual(rows.map(\.values), ["2021: 80; 2022: 95; 2023: 1.110"])
        let page = try await send(.GET, AnalysisPaths.cell(m, t, theme21), as: coordinator)
        XCTAssertTrue(page.body.contains(#"id="cijfer-1-jaren-3-waarde" name="waarde-1" value="1.110""#), page.body)
    }

    func testCandidatesFlagLinkedThemesAndTheReportHasEveryFieldAndTheme() async throws {
        let added = try await post(AnalysisPaths.field(m, t, 1) + "/kandidaten", [
            ("titel", "Woninginbraak"), ("motivatie", "Stijgend aantal inbraken in Noordwijk."), ("themas[]", "1.3"),
        ], as: coordinator)
        XCTAssertEqual(added.status, .seeOther)
        let page = try await send(.GET, AnalysisPaths.field(m, t, 1), as: coordinator)
        XCTAssertTrue(page.body.contains("Woninginbraak"))
        XCTAssertTrue(page.body.contains("Let op raakvlakken"))
        XCTAssertTrue(page.body.contains("2.1 Veilig winkelgebied"), "1.3 links to 2.1 in the catalogue")

        let noThemes = try await post(AnalysisPaths.field(m, t, 2) + "/kandidaten", [("titel", "Iets")], as: coordinator)
        XCTAssertEqual(noThemes.status, .badRequest)
        XCTAssertTrue(noThemes.body.contains("Kies minstens één thema"))

        var body = Data()
        try await app.test(.GET, AnalysisPaths.report(m, t), beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: self.coordinator.cookieHeader)
        }, afterResponse: { response async in
            body = Data(response.body.readableBytesView)
        })
        let archive = try Archive(data: body, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try XCTUnwrap(archive["word/document.xml"])) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        for field in catalogue.fields { XCTAssertTrue(text.contains("Veld \(field.number): \(HTML.escape(field.name))"), "field \(field.number)") }
        for theme in catalogue.themes { XCTAssertTrue(text.contains(HTML.escape(theme.title).replacingOccurrences(of: "&#39;", with: "&apos;")), theme.title) }
        for aspect in catalogue.aspects { XCTAssertTrue(text.contains("Aspect \(aspect.number): \(aspect.name)"), aspect.name) }
        XCTAssertTrue(text.contains("Stijgend aantal inbraken in Noordwijk."))
    }

    func testCouncilMembersCannotCommentOrAssign() async throws {
        let council = try await signIn(try await makeUser("raad@een.nl", roles: [.councilMember], in: municipality))
        let comment = try await post(AnalysisPaths.cell(m, t, theme21) + "/opmerkingen", [("opmerking", "Mening")], as: council)
        XCTAssertEqual(comment.status, .forbidden)
        let assign = try await post(AnalysisPaths.cell(m, t, theme21) + "/toewijzing", [], as: council)
        XCTAssertEqual(assign.status, .forbidden)
    }
}
