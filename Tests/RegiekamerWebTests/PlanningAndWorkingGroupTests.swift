import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Step 1: the process planning with its ICS, and the working-group composer.
final class PlanningAndWorkingGroupTests: TrajectoryTestCase {
    func testEndDateBeforeStartIsRefusedAtTheField() async throws {
        let reply = try await post(
            StartUpPaths.planning(m, t), [("versie", "0"), ("startdatum", "2027-03-01"), ("einddatum", "2027-02-01")],
            as: coordinator)
        XCTAssertEqual(reply.status, .badRequest)
        XCTAssertTrue(reply.body.contains("De einddatum moet na de startdatum liggen."))
        let saved = try await PlanningModel.query(on: app.db).count()
        XCTAssertEqual(saved, 0)
    }

    func testPlanningWarnsAndExportsACalendar() async throws {
        let saved = try await post(
            StartUpPaths.planning(m, t),
            [("versie", "0"), ("startdatum", "2027-01-04"), ("einddatum", "2027-06-30"), ("weken3", "3")],
            as: coordinator)
        XCTAssertEqual(saved.status, .seeOther)
        for index in 1...7 {
            let added = try await post(StartUpPaths.milestones(m, t), [("soort", "werkgroepbijeenkomst"), ("omschrijving", "Werkgroep \(index)"), ("datum", "2027-0\(min(index, 6))-1\(index)")], as: coordinator)
            XCTAssertEqual(added.status, .seeOther)
        }
        _ = try await post(StartUpPaths.milestones(m, t), [("soort", "raadssessie"), ("omschrijving", "Raad; prioriteiten, keuze"), ("datum", "2027-04-20")], as: coordinator)
        let page = try await send(.GET, StartUpPaths.planning(m, t), as: coordinator)
        XCTAssertTrue(page.body.contains("De planning loopt door na de gewenste einddatum."))
        XCTAssertTrue(page.body.contains("Er staan 7 werkgroepbijeenkomsten gepland"))
        XCTAssertTrue(page.body.contains("Tijdlijn van de planning"))

        let ics = try await send(.GET, StartUpPaths.ics(m, t), as: coordinator)
        XCTAssertEqual(ics.status, .ok)
        XCTAssertEqual(ics.headers.first(name: .contentType), "text/calendar; charset=utf-8")
        XCTAssertEqual(ics.body.components(separatedBy: "BEGIN:VEVENT").count - 1, 5 + 8)
        XCTAssertTrue(ics.body.contains("DTSTART;VALUE=DATE:20270104\r\n"))
        XCTAssertTrue(ics.body.contains("SUMMARY:Raadssessie: Raad\\; prioriteiten\\, keuze\r\n"))
    }

    func testMilestoneNeedsTitleAndDate() async throws {
        _ = try await post(
            StartUpPaths.planning(m, t), [("versie", "0"), ("startdatum", "2027-01-04")], as: coordinator)
        let reply = try await post(StartUpPaths.milestones(m, t), [("soort", "overig"), ("omschrijving", ""), ("datum", "morgen")], as: coordinator)
        XCTAssertEqual(reply.status, .badRequest)
        XCTAssertTrue(reply.body.contains("Vul een omschrijving in."))
        XCTAssertTrue(reply.body.contains("Vul een geldige datum in."))
    }

    private func add(_ name: String, _ organisation: String, kind: String = "intern", role: String = "lid", fields: [Int]) async throws -> Reply {
        try await post(StartUpPaths.workingGroup(m, t) + "/leden", [
            ("naam", name), ("organisatie", organisation), ("functie", ""), ("soort", kind), ("rol", role),
        ] + fields.map { ("velden[]", String($0)) }, as: coordinator)
    }

    func testEightMembersCoverTheFieldsAndANinthGetsTheSizeAdvice() async throws {
        let eight: [(String, String, String, String, [Int])] = [
            ("Sanne de Vries", "OOV", "intern", "trekker", [1, 2, 3, 4, 5]),
            ("Piet Agent", "Politie", "extern", "lid", [1, 2, 3, 5]),
            ("Ans Jeugd", "Jeugd en onderwijs", "intern", "lid", [3]),
            ("Bert Economie", "Economische zaken", "intern", "lid", [2]),
            ("Carla Brand", "Veiligheidsregio", "extern", "lid", [4]),
            ("Dirk Wijk", "Wijkbeheer", "intern", "lid", [1]),
            ("Eva Vergunning", "Vergunningen", "intern", "lid", [2, 4]),
            ("Frits Control", "Concernstaf", "intern", "lid", [5]),
        ]
        for (name, organisation, kind, role, fields) in eight {
            let reply = try await add(name, organisation, kind: kind, role: role, fields: fields)
            XCTAssertEqual(reply.status, .seeOther, name)
        }
        let page = try await send(.GET, StartUpPaths.workingGroup(m, t), as: coordinator)
        XCTAssertTrue(page.body.contains("De samenstelling volgt het advies van de methode."))

        let duplicate = try await add("piet agent", "POLITIE", kind: "extern", fields: [1])
        XCTAssertEqual(duplicate.status, .badRequest)
        XCTAssertTrue(duplicate.body.contains("staat al in de werkgroep"))

        _ = try await add("Gert Zorg", "Sociaal domein", fields: [1])
        let after = try await send(.GET, StartUpPaths.workingGroup(m, t), as: coordinator)
        XCTAssertTrue(after.body.contains("De werkgroep telt 9 leden; de methode adviseert hoogstens 8."))
        let count = try await WorkingGroupMemberModel.query(on: app.db).count()
        XCTAssertEqual(count, 9)
    }

    func testSuggestionsFollowTheCoveredFieldsAndResponsesAreRecorded() async throws {
        _ = try await post(StartUpPaths.workingGroup(m, t) + "/velden", [("velden[]", "1"), ("velden[]", "2"), ("velden[]", "3"), ("velden[]", "5")], as: coordinator)
        let covered = try await WorkingGroupStore.coveredFields(of: t, on: app.db)
        XCTAssertEqual(covered, [1, 2, 3, 5])
        let page = try await send(.GET, StartUpPaths.workingGroup(m, t), as: coordinator)
        XCTAssertTrue(page.body.contains("Suggesties uit de richtingwijzer"))
        XCTAssertFalse(page.body.contains("Veld 4 (Fysieke veiligheid) is door niemand"))

        _ = try await add("Piet Agent", "Politie", kind: "extern", fields: [1])
        let member = try await XCTUnwrapAsync(try await WorkingGroupMemberModel.query(on: app.db).first())
        let answered = try await post(StartUpPaths.member(m, t, member.id!) + "/reactie", [("reactie", "toegezegd")], as: coordinator)
        XCTAssertEqual(answered.status, .seeOther)
        let stored = try await WorkingGroupMemberModel.find(member.id, on: app.db)
        XCTAssertEqual(stored?.response, .accepted)

        let letter = try await send(.GET, StartUpPaths.member(m, t, member.id!) + "/uitnodiging.docx", as: coordinator)
        XCTAssertEqual(letter.status, .ok)
        XCTAssertEqual(letter.headers.first(name: .contentType), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    }

    func testNoFieldsIsRefused() async throws {
        let reply = try await post(StartUpPaths.workingGroup(m, t) + "/velden", [], as: coordinator)
        XCTAssertEqual(reply.status, .badRequest)
        XCTAssertTrue(reply.body.contains("Kies minstens één veld"))
    }
}
