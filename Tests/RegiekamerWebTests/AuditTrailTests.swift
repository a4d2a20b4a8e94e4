import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Each kind of change made through the web writes an audit entry, and the audit page filters them.
final class AuditTrailTests: WebTestCase {
    func testEachKindOfChangeIsRecordedWithItsActor() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let municipalityID = try municipality.requireID()
        let sanne = try await signIn(try await makeUser("sanne@een.nl", roles: [.coordinator, .administrator], in: municipality))
        let start = try await AuditEntryModel.query(on: app.db).count()

        let created = try await post(WorkspacePaths.trajectories(municipalityID), [
            ("naam", "IVP 2031–2034"), ("beginjaar", "2031"), ("eindjaar", "2034"), ("stap", "1"), ("status", "in_voorbereiding"), ("toelichting", ""),
        ], as: sanne)
        XCTAssertEqual(created.status, .seeOther)
        let trajectory = try await XCTUnwrapAsync(try await TrajectoryModel.query(on: app.db).filter(\.$name == "IVP 2031–2034").first())
        let trajectoryID = try trajectory.requireID()

        _ = try await post(WorkspacePaths.editTrajectory(municipalityID, trajectoryID), [
            ("naam", "IVP 2031–2034"), ("beginjaar", "2031"), ("eindjaar", "2034"), ("stap", "2"), ("status", "in_voorbereiding"),
            ("toelichting", "Analyse loopt"), ("versie", "\(trajectory.version)"),
        ], as: sanne)
        _ = try await post(WorkspacePaths.activateTrajectory(municipalityID, trajectoryID), as: sanne)
        _ = try await post(WorkspacePaths.users(municipalityID), [("naam", "Piet"), ("email", "piet@een.nl"), ("rol", "partner")], as: sanne)
        let piet = try await XCTUnwrapAsync(try await UserModel.query(on: app.db).filter(\.$email == "piet@een.nl").first())
        _ = try await post("\(WorkspacePaths.users(municipalityID))/\(try piet.requireID().uuidString)/rollen", [("rollen[]", "partner"), ("rollen[]", "werkgroeplid")], as: sanne)
        _ = try await post("\(WorkspacePaths.users(municipalityID))/\(try piet.requireID().uuidString)/wachtwoordherstel", as: sanne)
        _ = try await post("\(WorkspacePaths.users(municipalityID))/\(try piet.requireID().uuidString)/rollen", [], as: sanne)

        let entries = try await AuditEntryModel.query(on: app.db).sort(\.$recordedAt).all().dropFirst(start)
        let kinds = entries.map { "\($0.entityType):\($0.change.rawValue)" }
        XCTAssertEqual(kinds, [
            "traject:aangemaakt", "traject:gewijzigd", "traject:gewijzigd", "uitnodiging:aangemaakt",
            "gebruiker:gewijzigd", "wachtwoordherstel:aangemaakt", "gebruiker:verwijderd",
        ])
        XCTAssertTrue(entries.allSatisfy { $0.actorName == "Sanne" })
        XCTAssertTrue(entries.allSatisfy { $0.$municipality.id == municipalityID })

        let page = try await send(.GET, WorkspacePaths.auditTrail(municipalityID, trajectoryID) + "?soort=uitnodiging", as: sanne)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("1 wijziging"))
        XCTAssertTrue(page.body.contains("Piet &lt;piet@een.nl&gt; uitgenodigd als Partner"))
        XCTAssertFalse(page.body.contains("Analyse loopt"))
    }

    func testNoTrajectoryOrMunicipalityCanBeDeletedThroughTheWeb() {
        let deletes = app.routes.all.filter { route in
            let path = route.path.map(\.description)
            let removesTrajectory = path.count >= 2 && path.last == "verwijderen" && path[path.count - 2] == ":trajectoryID"
            let removesMunicipality = path.count >= 2 && path.last == "verwijderen" && path[path.count - 2] == ":municipalityID"
            return route.method == .DELETE || removesTrajectory || removesMunicipality
        }
        XCTAssertTrue(deletes.isEmpty, "trajectories are kept: council documents refer to them")
    }
}

/// Unwraps the result of an async expression.
func XCTUnwrapAsync<T>(_ value: @autoclosure () async throws -> T?, file: StaticString = #filePath, line: UInt = #line) async throws -> T {
    let result = try await value()
    return try XCTUnwrap(result, file: file, line: line)
}
