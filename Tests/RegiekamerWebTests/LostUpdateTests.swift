import Fluent
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Two people edit the same trajectory; the second save is refused with both texts shown, and nothing is lost.
final class LostUpdateTests: WebTestCase {
    func testSecondSaveGetsTheConflictAndTheFirstTextSurvives() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let trajectory = try await makeTrajectory("IVP 2027–2030", in: municipality)
        let anna = try await signIn(try await makeUser("anna@een.nl", roles: [.coordinator], in: municipality))
        let bram = try await signIn(try await makeUser("bram@een.nl", roles: [.coordinator], in: municipality))
        let edit = WorkspacePaths.editTrajectory(try municipality.requireID(), try trajectory.requireID())

        let formA = try await send(.GET, edit, as: anna)
        let formB = try await send(.GET, edit, as: bram)
        let version = try XCTUnwrap(Self.version(in: formA.body))
        XCTAssertEqual(Self.version(in: formB.body), version)

        func fields(_ text: String, version: Int) -> [(String, String)] {
            [("naam", "IVP 2027–2030"), ("beginjaar", "2027"), ("eindjaar", "2030"), ("stap", "2"), ("status", "actief"),
             ("toelichting", text), ("versie", String(version))]
        }
        let first = try await post(edit, fields("Tekst van Anna", version: version), as: anna)
        XCTAssertEqual(first.status, .seeOther)

        let second = try await post(edit, fields("Tekst van Bram", version: version), as: bram)
        XCTAssertEqual(second.status, .conflict)
        XCTAssertTrue(second.body.contains("Iemand anders heeft dit traject intussen gewijzigd"))
        XCTAssertTrue(second.body.contains("Anna heeft op"))
        XCTAssertTrue(second.body.contains("Tekst van Anna"), "the stored text is shown")
        XCTAssertTrue(second.body.contains("Tekst van Bram"), "the user's own text is kept")
        let newest = try XCTUnwrap(Self.version(in: second.body))
        XCTAssertGreaterThan(newest, version)

        let stored = try await TrajectoryModel.find(trajectory.id, on: app.db)
        XCTAssertEqual(stored?.description, "Tekst van Anna")

        let merged = try await post(edit, fields("Tekst van Anna\n\nAanvulling van Bram", version: newest), as: bram)
        XCTAssertEqual(merged.status, .seeOther)
        let final = try await TrajectoryModel.find(trajectory.id, on: app.db)
        XCTAssertEqual(final?.description, "Tekst van Anna\n\nAanvulling van Bram")
    }

    func testInvalidEditNamesTheFieldAndChangesNothing() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let trajectory = try await makeTrajectory("IVP", in: municipality)
        let anna = try await signIn(try await makeUser("anna@een.nl", roles: [.coordinator], in: municipality))
        let edit = WorkspacePaths.editTrajectory(try municipality.requireID(), try trajectory.requireID())
        let reply = try await post(edit, [("naam", ""), ("beginjaar", "2030"), ("eindjaar", "2027"), ("stap", "2"), ("status", "actief"), ("versie", "\(trajectory.version)")], as: anna)
        XCTAssertEqual(reply.status, .badRequest)
        XCTAssertTrue(reply.body.contains("Vul een naam in."))
        XCTAssertTrue(reply.body.contains("Het eindjaar mag niet vóór het beginjaar liggen."))
        let stored = try await TrajectoryModel.find(trajectory.id, on: app.db)
        XCTAssertEqual(stored?.name, "IVP")
        XCTAssertEqual(stored?.version, trajectory.version)
    }

    static func version(in body: String) -> Int? {
        guard let range = body.range(of: #"name="versie" value="\d+""#, options: .regularExpression) else { return nil }
        return Int(body[range].filter(\.isNumber))
    }
}
