import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
@testable import RegiekamerWeb
import XCTVapor

/// The signed-in start page is the person's own work: what waits for them (a coordinator also reports the
/// measures without a reporting lead, a participant sees an open vote) and their trajectories with their step.
final class MyWorkTests: TrajectoryTestCase {
    func testTheCoordinatorReportsMeasuresWithoutALeadAndTheStartPageSaysSo() async throws {
        let partner = try await makeUser("wijkagent@politie.nl", roles: [.partner], in: municipality)
        let led = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Buurtpreventie"), year: 2027, trajectoryID: t,
            municipalityID: m, actor: .system, on: app.db)
        try await ProgressStore.setLead(
            partner.id, measureID: led.id!, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        _ = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Toezicht", title: "Horecacontroles"), year: 2027, trajectoryID: t,
            municipalityID: m, actor: .system, on: app.db)
        var home = try await send(.GET, "/", as: coordinator)
        XCTAssertTrue(home.body.contains("<h1>Mijn werk</h1>"))
        XCTAssertTrue(home.body.contains("Er wacht nu niets op u."), "no quarter is open yet")
        XCTAssertTrue(home.body.contains("Stap 1: Opstart"), "the trajectory with the step it is in")
        XCTAssertFalse(home.body.contains("De zes stappen"), "the method explanation moved to its help page")

        _ = try await post(ProgressPaths.openQuarter(m, t), [("kwartaal", "2027-K1")], as: coordinator)
        home = try await send(.GET, "/", as: coordinator)
        XCTAssertTrue(home.body.contains("Horecacontroles"), home.body)
        XCTAssertTrue(home.body.contains("(geen trekker: u meldt als coördinator)"))
        XCTAssertFalse(home.body.contains("Buurtpreventie"), "the partner reports that one")
        XCTAssertTrue(home.body.contains("Er wacht 1 taak op u.") && home.body.contains("uiterlijk 31 maart 2027"))
        XCTAssertTrue(home.body.contains("Mijn taken (1)"), "the header counts the coordinator's reporting too")

        let agent = try await signIn(partner)
        let theirs = try await send(.GET, ProgressPaths.myTasks, as: agent)
        XCTAssertTrue(theirs.body.contains("Buurtpreventie") && !theirs.body.contains("Horecacontroles"))
    }

    func testAnOpenVoteWaitsForAParticipantUntilTheyVote() async throws {
        let member = try await makeUser("raadslid@een.nl", roles: [.workingGroupMember], in: municipality)
        try await AnalysisStore.addCandidate(
            .init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t,
            municipalityID: m, actor: .system, on: app.db)
        let session = try await PrioritisationStore.session(of: t, on: app.db)
        try await SessionParticipantModel(sessionID: session.requireID(), userID: member.requireID()).create(on: app.db)
        try await PrioritisationStore.setState(.open, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let browser = try await signIn(member)
        let home = try await send(.GET, "/", as: browser)
        XCTAssertTrue(home.body.contains("Stem over de prioriteiten"), home.body)
        XCTAssertTrue(home.body.contains(PrioritisationPaths.vote(m, t)))
    }

    func testTheMethodHelpIsLinkedFromEveryPageFooter() async throws {
        let help = try await send(.GET, HomePaths.method, as: nil)
        XCTAssertEqual(help.status, .ok)
        XCTAssertTrue(help.body.contains("De zes stappen") && help.body.contains("Van beleid naar uitvoering"))
        let start = try await send(.GET, WorkspacePaths.trajectory(m, t), as: coordinator)
        XCTAssertTrue(start.body.contains(#"<a href="/over-de-methode">Over de methode</a>"#))
    }
}
