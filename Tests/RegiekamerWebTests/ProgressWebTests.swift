import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import ZIPFoundation
import RegiekamerViews

/// Step 6 over HTTP: quarters, updates by the measure's lead (also a partner), refusals, the dashboard, the report,
/// the follow-up plan and one's own tasks.
final class ProgressWebTests: TrajectoryTestCase {
    var running: PlanMeasureModel!
    var finished: PlanMeasureModel!
    var partner: UserModel!

    override func setUp() async throws {
        try await super.setUp()
        try await AnalysisStore.addCandidate(.init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let id = try await AnalysisStore.candidates(of: t, on: app.db)[0].id!
        try await PrioritisationStore.saveOutcome(priorities: [id], motivation: "", driehoek: "", placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        running = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Buurtpreventie", officialLead: "Wijkagent", quarters: [1, 2], budget: 10_000, budgetSource: .existing, status: .running),
            year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        finished = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Voorlichtingsavond", status: .completed), year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        partner = try await makeUser("wijkagent@politie.nl", roles: [.partner], in: municipality)
        try await ProgressStore.setLead(partner.id, measureID: running.id!, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
    }

    private func update(_ measure: PlanMeasureModel, quarter: String, status: String, spent: String = "", as browser: Browser) async throws -> Reply {
        try await post(ProgressPaths.measure(m, t, measure.id!), [("kwartaal", quarter), ("status", status), ("gerealiseerd", "3 wijken"), ("toelichting", "Loopt goed"), ("besteed", spent)], as: browser)
    }

    func testAPartnerUpdatesOwnMeasureOnlyInTheOpenQuarter() async throws {
        let agent = try await signIn(partner)
        let beforeOpen = try await update(running, quarter: "2027-K1", status: "loopt", as: agent)
        XCTAssertEqual(beforeOpen.status, .badRequest)
        XCTAssertTrue(beforeOpen.body.contains("is gesloten; updates zijn alleen mogelijk in het open kwartaal"), beforeOpen.body)

        let opened = try await post(ProgressPaths.openQuarter(m, t), [("kwartaal", "2027-K1")], as: coordinator)
        XCTAssertEqual(opened.status, .seeOther)
        let tasks = try await send(.GET, ProgressPaths.myTasks, as: agent)
        XCTAssertTrue(tasks.body.contains("Buurtpreventie") && tasks.body.contains("Update gevraagd"), tasks.body)

        let saved = try await update(running, quarter: "2027-K1", status: "vertraagd", spent: "2.500", as: agent)
        XCTAssertEqual(saved.status, .seeOther)
        let notTheirs = try await update(finished, quarter: "2027-K1", status: "loopt", as: agent)
        XCTAssertEqual(notTheirs.status, .forbidden, "a partner updating a measure that is not theirs")
        let badAmount = try await post(
            ProgressPaths.measure(m, t, running.id!),
            [
                ("kwartaal", "2027-K1"), ("status", "gestopt"), ("gerealiseerd", "3 wijken"),
                ("toelichting", "Eerste regel\r\nTweede regel"), ("besteed", "veel"),
            ], as: agent)
        XCTAssertEqual(badAmount.status, .badRequest)
        XCTAssertTrue(badAmount.body.contains("Besteed moet een bedrag in euro"))
        XCTAssertTrue(badAmount.body.contains(#"<option value="gestopt" selected>"#), "the chosen status stays")
        XCTAssertTrue(badAmount.body.contains(#"value="3 wijken""#) && badAmount.body.contains(#"value="veel""#))
        XCTAssertTrue(badAmount.body.contains("Eerste regel\nTweede regel"), "the explanation stays, CRLF as LF")
        XCTAssertTrue(badAmount.body.contains(#"id="besteed" name="besteed" value="veel" aria-describedby"#))
        XCTAssertTrue(badAmount.body.contains(#"aria-invalid="true""#))

        let stored = try await PlanMeasureModel.find(running.id, on: app.db)
        XCTAssertEqual(stored?.status, MeasureStatus.delayed.rawValue)
        let history = try await ProgressStore.updates(of: [running.id!], on: app.db)[running.id!] ?? []
        XCTAssertEqual(history.map(\.authorName), [partner.displayName])
        XCTAssertEqual(history.first?.spent, 2_500)
        let doneTasks = try await send(.GET, ProgressPaths.myTasks, as: agent)
        XCTAssertTrue(doneTasks.body.contains("Bijgewerkt"))

        let closed = try await post(ProgressPaths.closeQuarter(m, t), [("versie", "1"), ("verslag", "Besloten: extra inzet in Noordwijk.")], as: coordinator)
        XCTAssertEqual(closed.status, .seeOther)
        let afterClose = try await update(running, quarter: "2027-K1", status: "loopt", as: agent)
        XCTAssertEqual(afterClose.status, .badRequest, "an update for a closed quarter")
        let reopen = try await post(ProgressPaths.openQuarter(m, t), [("kwartaal", "2027-K1")], as: coordinator)
        XCTAssertEqual(reopen.status, .badRequest)
        XCTAssertTrue(reopen.body.contains("al gesloten"))
    }

    func testNotificationBadgeAndNewSignals() async throws {
        let agent = try await signIn(partner)
        let before = try await send(.GET, "/gemeenten", as: agent)
        XCTAssertFalse(before.body.contains("Mijn taken (1)"), "nothing due without an open quarter")
        let noQuarter = try await post(ProgressPaths.signal(m, t), [("signaal", "Drugsoverlast bij het station"), ("onderwerp", "p1")], as: coordinator)
        XCTAssertEqual(noQuarter.status, .badRequest)
        _ = try await post(ProgressPaths.openQuarter(m, t), [("kwartaal", "2027-K1")], as: coordinator)
        let due = try await send(.GET, "/gemeenten", as: agent)
        XCTAssertTrue(due.body.contains("Mijn taken (1)"), "the lead sees a notification on every page")
        let signal = try await post(ProgressPaths.signal(m, t), [("signaal", "Drugsoverlast bij het station"), ("onderwerp", "p1"), ("omzetten", "ja")], as: coordinator)
        XCTAssertEqual(signal.status, .seeOther)
        let quarter = try await ProgressStore.openQuarter(of: t, on: app.db)
        XCTAssertEqual(quarter?.notes, "Nieuw signaal: Drugsoverlast bij het station")
        let measures = try await PlanStore.measures(of: t, year: 2027, on: app.db)
        XCTAssertTrue(measures.contains { $0.item == "Nieuwe signalen" && $0.title == "Drugsoverlast bij het station" })
    }

    func testMyTasksListCellsToWriteAndCommentsAwaitingAnswer() async throws {
        let member = try await makeUser("lid@een.nl", roles: [.workingGroupMember], in: municipality)
        let cell = AnalysisCellID(key: "2.1")!
        try await AnalysisStore.assign([member.id!], to: cell, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        try await CommentStore.add("Graag de cijfers van 2024 erbij", subject: "analyse/2.1", title: "2.1", trajectoryID: t, municipalityID: m, actor: Actor(userID: nil, name: "Coördinator"), on: app.db)
        let browser = try await signIn(member)
        let tasks = try await send(.GET, ProgressPaths.myTasks, as: browser)
        XCTAssertTrue(tasks.body.contains("2.1 Veilig winkelgebied") && tasks.body.contains("een opmerking wacht op uw antwoord"), tasks.body)
        XCTAssertTrue(tasks.body.contains("Mijn taken (1)"), "the header notifies")
    }

    func testRealisedValueInAnotherUnitIsRefused() async throws {
        let measure = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Toezicht", title: "Horecacontroles", performanceIndicator: "Gecontroleerde zaken", performanceTarget: "40 controles"),
            year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        _ = try await post(ProgressPaths.openQuarter(m, t), [("kwartaal", "2027-K1")], as: coordinator)
        let wrong = try await post(ProgressPaths.measure(m, t, measure.id!), [("kwartaal", "2027-K1"), ("status", "loopt"), ("gerealiseerd", "12 uur")], as: coordinator)
        XCTAssertEqual(wrong.status, .badRequest)
        XCTAssertTrue(wrong.body.contains("Gerealiseerd is in &#39;uur&#39;, maar de prestatie-indicator telt in &#39;controles&#39;."), wrong.body)
        let right = try await post(ProgressPaths.measure(m, t, measure.id!), [("kwartaal", "2027-K1"), ("status", "loopt"), ("gerealiseerd", "12 controles")], as: coordinator)
        XCTAssertEqual(right.status, .seeOther)
    }

    func testDashboardReportAndFollowUpPlan() async throws {
        _ = try await post(ProgressPaths.openQuarter(m, t), [("kwartaal", "2027-K2")], as: coordinator)
        let dashboard = try await send(.GET, ProgressPaths.dashboard(m, t), as: coordinator)
        XCTAssertTrue(dashboard.body.contains("Loopt: 1") && dashboard.body.contains("Afgerond: 1"), dashboard.body)
        XCTAssertTrue(dashboard.body.contains("Nog geen update over het 2e kwartaal 2027 (1)"), "the running measure is late, the finished one is not")
        XCTAssertTrue(
            dashboard.body.contains("Updates 2e kwartaal 2027</h2><p class=\"key-figure__value\">0 van 1</p>"),
            "one running measure reports this quarter; none has yet")

        let report = try Archive(data: try await download(ProgressPaths.report(m, t, year: 2027), as: coordinator), accessMode: .read)
        var xml = Data()
        _ = try report.extract(report["word/document.xml"]!) { xml.append($0) }
        XCTAssertTrue(String(decoding: xml, as: UTF8.self).contains("Voortgangsrapportage uitvoeringsplan 2027"))

        let followUp = try await post(ProgressPaths.followUp(m, t, year: 2027), [], as: coordinator)
        XCTAssertEqual(followUp.status, .seeOther)
        let next = try await PlanStore.measures(of: t, year: 2028, on: app.db)
        XCTAssertEqual(next.map(\.title), ["Buurtpreventie"], "exactly the running measures are copied")
        let lookBack = try await PlanStore.texts(of: t, on: app.db)["up2028.terugblik"]?.text ?? ""
        XCTAssertTrue(lookBack.contains("Jaarbeeld 2027") && lookBack.contains("Welke maatregelen moeten worden bijgesteld?"), lookBack)
        XCTAssertTrue(lookBack.contains("- Voorlichtingsavond: afgerond, 0 kwartaalupdate(s)"), "the year picture per measure")
        let twice = try await post(ProgressPaths.followUp(m, t, year: 2027), [], as: coordinator)
        XCTAssertEqual(twice.status, .conflict, "never copies twice")
    }
}

/// The policy cycle calendar and the action-plan (VAP) view.
final class CycleAndActionPlanTests: TrajectoryTestCase {
    override func setUp() async throws {
        try await super.setUp()
        try await AnalysisStore.addCandidate(.init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let id = try await AnalysisStore.candidates(of: t, on: app.db)[0].id!
        try await PrioritisationStore.saveOutcome(priorities: [id], motivation: "", driehoek: "", placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        _ = try await PlanStore.addMeasure(
            PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Buurtpreventie", administrativeLead: "Burgemeester", officialLead: "Wijkagent", parties: ["Politie"], budget: 5_000, budgetSource: .existing),
            year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
    }

    func testCycleRhythmAndCalendarExport() async throws {
        let page = try await send(.GET, CycleController.path(m, t), as: coordinator)
        XCTAssertTrue(page.body.contains("Uitvoeringsplan 2028 opstellen"), "the yearly rhythm by default")
        _ = try await post(CycleController.path(m, t), [("ritme", "tweejaarlijks")], as: coordinator)
        let twoYear = try await send(.GET, CycleController.path(m, t), as: coordinator)
        XCTAssertTrue(twoYear.body.contains("Evaluatie van de afgelopen twee jaar"))
        XCTAssertFalse(twoYear.body.contains("Uitvoeringsplan 2028 opstellen"))
        let ics = try await send(.GET, CycleController.path(m, t) + "/cyclus.ics", as: coordinator)
        XCTAssertTrue(ics.body.hasPrefix("BEGIN:VCALENDAR"))
        XCTAssertEqual(ics.body.components(separatedBy: "BEGIN:VEVENT").count - 1, PolicyCycle.activities(period: try PlanPeriod.validated(startYear: 2027, endYear: 2030).get(), rhythm: .twoYearly).count)
    }

    func testActionPlanShowsWhatIsNotYetSmartAndSaves() async throws {
        let path = ActionPlansPage.path(m, t, year: 2027)
        let page = try await send(.GET, path, as: coordinator)
        XCTAssertTrue(page.body.contains("Nog niet SMART: S, M, A, R, T ontbreekt."), page.body)
        XCTAssertTrue(page.body.contains("value=\"Burgemeester\""), "the owner comes from the measures")
        let partly = try await post(path, [("onderwerp", "p1"), ("actiepunt", "Preventie"), ("versie", "0"), ("smartS", "Minder inbraken in Noordwijk"), ("smartM", "15% minder aangiften"), ("smartA", "Politie en corporatie doen mee"), ("smartR", ""), ("smartT", "Eind 2028")], as: coordinator)
        XCTAssertEqual(partly.status, .seeOther)
        let after = try await send(.GET, path, as: coordinator)
        XCTAssertTrue(after.body.contains("Nog niet SMART: R ontbreekt."))
        let stale = try await post(path, [("onderwerp", "p1"), ("actiepunt", "Preventie"), ("versie", "0"), ("smartR", "Budget toegezegd")], as: coordinator)
        XCTAssertEqual(stale.status, .conflict)
        let unknown = try await post(path, [("onderwerp", "p1"), ("actiepunt", "Bestaat niet"), ("versie", "0")], as: coordinator)
        XCTAssertEqual(unknown.status, .notFound)
    }
}
