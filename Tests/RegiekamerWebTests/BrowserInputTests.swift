import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// Text as browsers send it: CRLF line breaks in every textarea, non-breaking spaces pasted from Word, and
/// amounts such as `€ 85.000`, normalised once at the edge so no rule has to know.
final class BrowserInputTests: WebTestCase {
    func testTheNormaliserTurnsCRLFAndNonBreakingSpacesIntoWhatRulesExpect() {
        func normalised(_ text: String) -> String {
            let bytes = Array(text.utf8)
            let result = bytes.withUnsafeBufferPointer { FormTextNormaliser.urlEncoded($0) }
            return String(decoding: result ?? bytes, as: UTF8.self)
        }
        XCTAssertEqual(normalised("a=1%0D%0A2%0d%0a3&b=x%0Dy"), "a=1%0A2%0a3&b=x%0Ay")
        XCTAssertEqual(normalised("a=%C2%A0%E2%80%AFx%c2%a0"), "a=++x+")
        XCTAssertEqual(normalised("a=%25%0D"), "a=%25%0A")
        let untouched = Array("naam=Piet&tekst=regel%0Aregel".utf8)
        XCTAssertNil(
            untouched.withUnsafeBufferPointer { FormTextNormaliser.urlEncoded($0) }, "nothing to change: no copy")
    }

    /// The finding: a browser's CRLF made the whole member list one line, so a joint plan could not be created.
    func testAJointPlanAndARegionalStrategyAreCreatedFromCRLFInput() async throws {
        try await makeMunicipality("Gemeente Een", code: "GM0001")
        try await makeMunicipality("Gemeente Twee", code: "GM0002")
        try await makeMunicipality("Gemeente Drie", code: "GM0003")
        let admin = try await signIn(try await makeUser("beheer@regiekamer.nl", roles: [], in: nil, admin: true))
        for (name, kind) in [("Samen veilig", "gezamenlijk-plan"), ("Regionale strategie", "regionale-strategie")] {
            let reply = try await post(
                JointPaths.list,
                [
                    ("naam", name), ("soort", kind), ("politie", "Basisteam"), ("beginjaar", "2027"),
                    ("eindjaar", "2030"),
                    ("gemeenten", "GM0001;\u{00A0}30.000\r\nGM0002; 12.500\r\n\r\nGM0003 ; 8000\r\n"),
                    ("coordinatoren", ""),
                ], as: admin)
            XCTAssertEqual(reply.status, .seeOther, "\(kind): \(reply.body.prefix(600))")
            let group = try await JointGroupModel.query(on: app.db).filter(\.$name == name).first()
            let members = try await JointMemberModel.query(on: app.db).filter(
                \.$group.$id == group?.requireID() ?? UUID()
            ).all()
            XCTAssertEqual(members.map(\.inhabitants).sorted(), [8_000, 12_500, 30_000], kind)
        }
    }

    func testAMeasureBudgetTypedInEurosIsSaved() async throws {
        let municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        let trajectory = try await makeTrajectory("IVP", in: municipality)
        let m = try municipality.requireID()
        let t = try trajectory.requireID()
        let coordinator = try await signIn(try await makeUser("c@een.nl", roles: [.coordinator], in: municipality))
        try await AnalysisStore.addCandidate(
            .init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t,
            municipalityID: m,
            actor: .system, on: app.db)
        let id = try await AnalysisStore.candidates(of: t, on: app.db)[0].requireID()
        try await PrioritisationStore.saveOutcome(
            priorities: [id], motivation: "", driehoek: "", placements: [ThemeCode("1.3")!: .priority(index: 0)],
            trajectoryID: t,
            municipalityID: m, actor: .system, on: app.db)
        let page = try await send(.GET, PlanPaths.subject(m, t, "p1"), as: coordinator)
        let form = try XCTUnwrap(
            HTMLForm.forms(in: page.body).first { $0.value("budget") != nil }, "a form to add a measure")
        let fields =
            form.pairs.filter { !["_csrf", "titel", "budget", "partijen", "actiepunt"].contains($0.0) }
            + [
                ("titel", "Buurtpreventie\u{00A0}Noord"), ("budget", "€ 85.000,-"),
                ("partijen", "Politie, Woningcorporatie"), ("actiepunt", "Preventie"),
            ]
        let reply = try await post(form.action, fields, as: coordinator)
        XCTAssertEqual(reply.status, .seeOther, Self.problem(reply.body))
        let measure = try await PlanMeasureModel.query(on: app.db).filter(\.$title == "Buurtpreventie Noord").first()
        XCTAssertEqual(measure?.budget, 85_000)
    }

    static func problem(_ body: String) -> String { VersionedFormsTests.problem(in: body) }
}
