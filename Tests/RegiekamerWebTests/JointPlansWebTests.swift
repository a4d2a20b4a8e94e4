import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerImport
import ZIPFoundation
import RegiekamerViews

/// A joint plan of municipalities A and C (B stays outside): set-up, sharing, step 3a, local paragraphs, council
/// copies, joint measures and monitoring, and who may do what.
final class JointPlansWebTests: WebTestCase {
    var a: MunicipalityModel!, b: MunicipalityModel!, c: MunicipalityModel!
    var trajectoryA: TrajectoryModel!, trajectoryC: TrajectoryModel!
    var admin: Browser!, jointCoordinator: Browser!, coordinatorA: Browser!, coordinatorC: Browser!, councilC: Browser!, coordinatorB: Browser!

    let burglary = ThemeCode(field: 1, index: 3)
    let nuisance = ThemeCode(field: 2, index: 1)
    let youth = ThemeCode(field: 3, index: 1)
    let drugs = ThemeCode(field: 4, index: 2)

    override func setUp() async throws {
        try await super.setUp()
        a = try await makeMunicipality("Alfadorp", code: "GM0001")
        b = try await makeMunicipality("Bravostad", code: "GM0002")
        c = try await makeMunicipality("Charlieveen", code: "GM0003")
        trajectoryA = try await makeTrajectory("IVP Alfadorp", in: a)
        trajectoryC = try await makeTrajectory("IVP Charlieveen", in: c)
        try await outcome(trajectoryA, in: a, [burglary: .priority(index: 1), nuisance: .priority(index: 2), youth: .cluster(name: "Jeugd")])
        try await outcome(trajectoryC, in: c, [burglary: .priority(index: 1), drugs: .priority(index: 2), nuisance: .cluster(name: "Overlast")])
        admin = try await signIn(try await makeUser("beheer@regiekamer.nl", roles: [], in: nil, admin: true))
        jointCoordinator = try await signIn(try await makeUser("regie@basisteam.nl", roles: [], in: nil))
        coordinatorA = try await signIn(try await makeUser("coordinator@alfadorp.nl", roles: [.coordinator], in: a))
        coordinatorC = try await signIn(try await makeUser("coordinator@charlieveen.nl", roles: [.coordinator], in: c))
        councilC = try await signIn(try await makeUser("raad@charlieveen.nl", roles: [.councilMember], in: c))
        coordinatorB = try await signIn(try await makeUser("coordinator@bravostad.nl", roles: [.coordinator], in: b))
    }

    func outcome(_ trajectory: TrajectoryModel, in municipality: MunicipalityModel, _ placements: [ThemeCode: ThemePlacement]) async throws {
        try await PrioritisationStore.saveOutcome(
            priorities: [], motivation: "", driehoek: "", placements: placements, trajectoryID: try trajectory.requireID(),
            municipalityID: try municipality.requireID(), actor: .system, on: app.db)
    }

    /// Creates the group through the page, as an instance administrator does.
    func createGroup() async throws -> UUID {
        let reply = try await post(JointPaths.list, [
            ("naam", "Veilig Rivierenland"), ("soort", "gezamenlijk-plan"), ("politie", "Basisteam Rivierenland"), ("beginjaar", "2027"),
                // As a browser sends a textarea: CRLF line breaks.
                ("eindjaar", "2030"), ("gemeenten", "GM0001; 30.000\r\nGM0003; 10.000\r\n"),
                ("coordinatoren", "regie@basisteam.nl\r\n"),
        ], as: admin)
        XCTAssertEqual(reply.status, .seeOther, reply.body)
        return try await JointGroupModel.query(on: app.db).filter(\.$name == "Veilig Rivierenland").first()!.requireID()
    }

    /// Both municipalities link their trajectory and share; the coordinator decides step 3a.
    func groupWithMerge() async throws -> UUID {
        let g = try await createGroup()
        for (browser, municipality, trajectory) in [(coordinatorA!, a!, trajectoryA!), (coordinatorC!, c!, trajectoryC!)] {
            let m = try municipality.requireID()
            let link = try await post(JointPaths.linkTrajectory(g, m), [("traject", try trajectory.requireID().uuidString)], as: browser)
            XCTAssertEqual(link.status, .seeOther, link.body)
            let share = try await post(JointPaths.share(g, m), [("delen", "ja")], as: browser)
            XCTAssertEqual(share.status, .seeOther, share.body)
        }
        let saved = try await post(JointPaths.merge(g), mergeFields(version: 0), as: jointCoordinator)
        XCTAssertEqual(saved.status, .seeOther, saved.body)
        return g
    }

    func mergeFields(version: Int, dropReason: String = "Zit al in het regionale programma", leaveOut: String? = nil) -> [(String, String)] {
        let fields = [
            ("keuze-GM0001-1.3", "gezamenlijk"), ("keuze-GM0003-1.3", "gezamenlijk"),
            ("keuze-GM0001-2.1", "gezamenlijk"), ("keuze-GM0003-2.1", "gezamenlijk"),
            ("keuze-GM0001-3.1", "lokaal"), ("keuze-GM0003-4.2", "vervalt"), ("reden-GM0003-4.2", dropReason),
            ("motivatie", ""), ("versie", "\(version)"),
        ]
        return fields.filter { $0.0 != leaveOut }
    }

    func testSetUpSharingAndStep3a() async throws {
        let wrong = try await post(JointPaths.list, [
                ("naam", "X"), ("soort", "gezamenlijk-plan"), ("beginjaar", "2027"), ("eindjaar", "2030"),
                ("gemeenten", "GM0001; 30.000\r\nGM03; 10"),
        ], as: admin)
        XCTAssertEqual(wrong.status, .badRequest)
        XCTAssertTrue(wrong.body.contains("Regel 2: begin met de CBS-code"), wrong.body)
        let notAdmin = try await post(JointPaths.list, [("naam", "X")], as: coordinatorA)
        XCTAssertEqual(notAdmin.status, .notFound)

        let g = try await createGroup()
        let m = try a.requireID()
        let before = try await send(.GET, JointPaths.merge(g), as: jointCoordinator)
        XCTAssertTrue(before.body.contains("Nog niet gedeeld door Alfadorp, Charlieveen"), before.body)

        let foreign = try await post(JointPaths.linkTrajectory(g, m), [("traject", try trajectoryA.requireID().uuidString)], as: coordinatorC)
        XCTAssertEqual(foreign.status, .forbidden)
        XCTAssertTrue(foreign.body.contains("U kunt alleen het eigen deel van uw gemeente bewerken"), foreign.body)
        let wrongTrajectory = try await post(JointPaths.linkTrajectory(g, try c.requireID()), [("traject", try trajectoryA.requireID().uuidString)], as: coordinatorC)
        XCTAssertEqual(wrongTrajectory.status, .badRequest)
        XCTAssertTrue(wrongTrajectory.body.contains("Dit traject hoort niet bij uw gemeente."))
        let early = try await post(JointPaths.share(g, try c.requireID()), [("delen", "ja")], as: coordinatorC)
        XCTAssertEqual(early.status, .badRequest, "nothing linked yet")

        for (browser, municipality, trajectory) in [(coordinatorA!, a!, trajectoryA!), (coordinatorC!, c!, trajectoryC!)] {
            _ = try await post(JointPaths.linkTrajectory(g, try municipality.requireID()), [("traject", try trajectory.requireID().uuidString)], as: browser)
            _ = try await post(JointPaths.share(g, try municipality.requireID()), [("delen", "ja")], as: browser)
        }
        let overview = try await send(.GET, JointPaths.merge(g), as: jointCoordinator)
        XCTAssertFalse(overview.body.contains("Nog niet gedeeld door"))
        XCTAssertTrue(overview.body.contains("2 van de 2 gemeenten kozen dit thema als prioriteit."), "burglary suggested as shared")

        let unplaced = try await post(JointPaths.merge(g), mergeFields(version: 0, leaveOut: "keuze-GM0003-4.2"), as: jointCoordinator)
        XCTAssertEqual(unplaced.status, .badRequest)
        XCTAssertTrue(unplaced.body.contains("Nog niet geplaatst: 4.2 van GM0003"), unplaced.body)
        let noReason = try await post(JointPaths.merge(g), mergeFields(version: 0, dropReason: ""), as: jointCoordinator)
        XCTAssertEqual(noReason.status, .badRequest)
        XCTAssertTrue(noReason.body.contains("Geef een reden waarom GM0003 thema 4.2 laat vallen."))
        let byLocal = try await post(JointPaths.merge(g), mergeFields(version: 0), as: coordinatorA)
        XCTAssertEqual(byLocal.status, .forbidden)
        let storedBefore = try await JointDecisionModel.query(on: app.db).count()
        XCTAssertEqual(storedBefore, 0, "refused decisions store nothing")

        let saved = try await post(JointPaths.merge(g), mergeFields(version: 0), as: jointCoordinator)
        XCTAssertEqual(saved.status, .seeOther, saved.body)
        let stored = try await JointDecisionModel.query(on: app.db).count()
        XCTAssertEqual(stored, 6)
        let stale = try await post(JointPaths.merge(g), mergeFields(version: 0), as: jointCoordinator)
        XCTAssertEqual(stale.status, .conflict)
        XCTAssertTrue(stale.body.contains("Iemand anders heeft stap 3a intussen opgeslagen"))
        XCTAssertTrue(stale.body.contains("name=\"versie\" value=\"1\""), "the conflict page offers the saved version to decide on")
        let outcome = try await send(.GET, JointPaths.merge(g), as: councilC)
        XCTAssertTrue(outcome.body.contains("niet opgenomen: Zit al in het regionale programma"), outcome.body)

        let history = try await send(.GET, JointPaths.group(g), as: councilC)
        XCTAssertTrue(history.body.contains("Stap 3a: 6 lokale keuzes geplaatst, 4 gezamenlijk"), "every change is attributable")
        let outsider = try await send(.GET, JointPaths.group(g), as: coordinatorB)
        XCTAssertEqual(outsider.status, .notFound)
        let byJoint = try await post(JointPaths.members(g), [("gemeente", "GM0002; 20.000")], as: jointCoordinator)
        XCTAssertEqual(byJoint.status, .notFound, "adding a municipality is instance administration")
        let badLine = try await post(JointPaths.members(g), [("gemeente", "GM0002")], as: admin)
        XCTAssertEqual(badLine.status, .badRequest)
        XCTAssertTrue(badLine.body.contains("zet achter GM0002 het aantal inwoners"), badLine.body)
        let added = try await post(JointPaths.members(g), [("gemeente", "GM0002; 20.000")], as: admin)
        XCTAssertEqual(added.status, .seeOther, added.body)
        let nowMember = try await send(.GET, JointPaths.group(g), as: coordinatorB)
        XCTAssertEqual(nowMember.status, .ok, "Bravostad's users see the group once it takes part")
        XCTAssertTrue(nowMember.body.contains("Bravostad doet mee in de samenwerking"))
        let withdraw = try await post(JointPaths.share(g, m), [("delen", "nee")], as: coordinatorA)
        XCTAssertEqual(withdraw.status, .badRequest)
        XCTAssertTrue(withdraw.body.contains("Stap 3a is al beslist met de gedeelde keuzes van Alfadorp"), withdraw.body)
        let relink = try await post(JointPaths.linkTrajectory(g, m), [("traject", "")], as: coordinatorA)
        XCTAssertEqual(relink.status, .badRequest)
        let future = try await post(JointPaths.adoption(g, m), [("datum", "2099-01-01"), ("versie", "eigen")], as: coordinatorA)
        XCTAssertEqual(future.status, .badRequest)
        XCTAssertTrue(future.body.contains("Een raadsbesluit kan niet in de toekomst liggen."))
        // The refused adoption comes back with the typed date and version, and the message at the date field.
        XCTAssertTrue(future.body.contains("value=\"2099-01-01\""), "the typed date is kept")
        XCTAssertTrue(future.body.contains("<option value=\"eigen\" selected>"), "the typed version is kept")
        XCTAssertTrue(future.body.contains("aria-invalid=\"true\""), "the date field is marked")
        let foreignAdoption = try await post(JointPaths.adoption(g, m), [("datum", "2026-11-02"), ("versie", "eigen")], as: coordinatorC)
        XCTAssertEqual(foreignAdoption.status, .forbidden)
        let adopted = try await post(JointPaths.adoption(g, m), [("datum", "2026-11-02"), ("versie", "eigen")], as: coordinatorA)
        XCTAssertEqual(adopted.status, .seeOther)
        let page = try await send(.GET, JointPaths.group(g), as: councilC)
        XCTAssertTrue(page.body.contains("Op 2 november 2026, met de eigen lokale paragrafen"), page.body)
        let local = try await send(.GET, WorkspacePaths.trajectory(m, try trajectoryA.requireID()), as: coordinatorA)
        XCTAssertTrue(local.body.contains("Veilig Rivierenland"), "the local trajectory links to its joint trajectory")
    }

    func testLocalParagraphsCouncilCopiesMeasuresAndMonitor() async throws {
        let g = try await groupWithMerge()
        let m = try a.requireID()
        let draft = try await post(JointPaths.localParagraph(g, m), [("sleutel", "1.3"), ("tekst", "Concept Alfa over inbraak"), ("versie", "0")], as: coordinatorA)
        XCTAssertEqual(draft.status, .seeOther, draft.body)
        let seenByC = try await send(.GET, JointPaths.plan(g), as: coordinatorC)
        XCTAssertFalse(seenByC.body.contains("Concept Alfa over inbraak"), "a draft stays with its municipality")
        let seenByJoint = try await send(.GET, JointPaths.plan(g), as: jointCoordinator)
        XCTAssertFalse(seenByJoint.body.contains("Concept Alfa over inbraak"))
        let seenByA = try await send(.GET, JointPaths.plan(g), as: coordinatorA)
        XCTAssertTrue(seenByA.body.contains("Concept Alfa over inbraak"))

        let intrusion = try await post(JointPaths.localParagraph(g, m), [("sleutel", "1.3"), ("tekst", "Overschreven door C"), ("gedeeld", "ja"), ("versie", "1")], as: coordinatorC)
        XCTAssertEqual(intrusion.status, .forbidden)
        XCTAssertTrue(intrusion.body.contains("U kunt alleen het eigen deel van uw gemeente bewerken; dit deel is van Alfadorp."), intrusion.body)
        let byJoint = try await post(JointPaths.localParagraph(g, m), [("sleutel", "1.3"), ("tekst", "Overschreven"), ("versie", "1")], as: jointCoordinator)
        XCTAssertEqual(byJoint.status, .forbidden)
        let unknownKey = try await post(JointPaths.localParagraph(g, m), [("sleutel", "4.2"), ("tekst", "x"), ("versie", "0")], as: coordinatorA)
        XCTAssertEqual(unknownKey.status, .badRequest, "Alfadorp has no paragraph on a theme it did not place")
        let stored = try await JointLocalParagraphModel.query(on: app.db).filter(\.$key == "1.3").first()
        XCTAssertEqual(stored?.text, "Concept Alfa over inbraak")

        let shared = try await post(JointPaths.localParagraph(g, m), [("sleutel", "1.3"), ("tekst", "Alfa-inbraakparagraaf"), ("gedeeld", "ja"), ("versie", "1")], as: coordinatorA)
        XCTAssertEqual(shared.status, .seeOther)
        let stale = try await post(JointPaths.localParagraph(g, m), [("sleutel", "1.3"), ("tekst", "Oude stand"), ("gedeeld", "ja"), ("versie", "1")], as: coordinatorA)
        XCTAssertEqual(stale.status, .conflict)
        let nowSeen = try await send(.GET, JointPaths.plan(g), as: councilC)
        XCTAssertTrue(nowSeen.body.contains("Alfa-inbraakparagraaf"))
        _ = try await post(JointPaths.localParagraph(g, try c.requireID()), [("sleutel", "algemeen"), ("tekst", "Charlie-algemeen"), ("gedeeld", "ja"), ("versie", "0")], as: coordinatorC)
        _ = try await post(JointPaths.localParagraph(g, m), [("sleutel", "3.1"), ("tekst", "Alfa-jeugdparagraaf"), ("gedeeld", "ja"), ("versie", "0")], as: coordinatorA)

        let badMeasure = try await post(JointPaths.measures(g), [("thema", "3.1"), ("titel", ""), ("trekker", "Politie"), ("gemeenten", "GM0001"), ("budget", "veel"), ("jaar", "2031")], as: jointCoordinator)
        XCTAssertEqual(badMeasure.status, .badRequest)
        XCTAssertTrue(badMeasure.body.contains("Kies een gezamenlijk thema") && badMeasure.body.contains("Vul het budget in euro"), badMeasure.body)
        XCTAssertTrue(badMeasure.body.contains("binnen de planperiode 2027–2030"), "a year outside the period is refused")
        let measure = try await post(JointPaths.measures(g), [
            ("thema", "1.3"), ("titel", "Samen tegen woninginbraak"), ("trekker", "Politie Rivierenland"), ("gemeenten", "GM0001"), ("gemeenten", "GM0003"),
            ("budget", "40.000"), ("jaar", "2028"),
        ], as: jointCoordinator)
        XCTAssertEqual(measure.status, .seeOther, measure.body)
        let plan = try await send(.GET, JointPaths.plan(g), as: councilC)
        XCTAssertTrue(plan.body.contains("Alfadorp €\u{00A0}30.000,00; Charlieveen €\u{00A0}10.000,00"), "split by inhabitants")

        let own = try await documentText(JointPaths.councilCopy(g, council: "GM0003", copy: "eigen"), as: councilC)
        XCTAssertTrue(own.contains("Charlie-algemeen"))
        XCTAssertFalse(own.contains("Alfa-inbraakparagraaf") || own.contains("Alfa-jeugdparagraaf"), "only Charlieveen's own paragraphs")
        let all = try await documentText(JointPaths.councilCopy(g, council: "GM0003", copy: "alle"), as: councilC)
        XCTAssertTrue(all.contains("Charlie-algemeen") && all.contains("Alfa-inbraakparagraaf") && all.contains("Alfa-jeugdparagraaf"))
        let outsider = try await send(.GET, JointPaths.councilCopy(g, council: "GM0002", copy: "eigen"), as: councilC)
        XCTAssertEqual(outsider.status, .badRequest)
        XCTAssertTrue(outsider.body.contains("Gemeente GM0002 hoort niet bij dit gezamenlijke plan"), outsider.body)
        let implementation = try await documentText(JointPaths.implementationPlan(g, year: 2028), as: councilC)
        XCTAssertTrue(implementation.contains("Samen tegen woninginbraak") && implementation.contains("€\u{00A0}40.000,00"))
        let firstYear = try await documentText(JointPaths.implementationPlan(g, year: 2027), as: councilC)
        XCTAssertFalse(firstYear.contains("Samen tegen woninginbraak"), "the measure belongs to 2028's plan")
        let outsideThePeriod = try await send(.GET, JointPaths.implementationPlan(g, year: 2035), as: councilC)
        XCTAssertEqual(outsideThePeriod.status, .badRequest)

        let measureID = try await JointMeasureModel.query(on: app.db).first()!.requireID()
        let edited = try await post(JointPaths.measure(g, measureID), [
            ("thema", "1.3"), ("titel", "Samen tegen woninginbraak"), ("trekker", "Politie Rivierenland"), ("gemeenten", "GM0001"),
            ("budget", "40.000"), ("jaar", "2028"), ("versie", "1"),
        ], as: jointCoordinator)
        XCTAssertEqual(edited.status, .seeOther, edited.body)
        let afterEdit = try await send(.GET, JointPaths.measure(g, measureID), as: councilC)
        XCTAssertTrue(afterEdit.body.contains("Alfadorp €\u{00A0}40.000,00") && !afterEdit.body.contains("Charlieveen €\u{00A0}"), "Alfadorp alone now carries the budget")
        XCTAssertFalse(afterEdit.body.contains("Wijzigingen opslaan"), "a council member reads, without the form")
        let staleEdit = try await post(JointPaths.measure(g, measureID), [
            ("thema", "1.3"), ("titel", "Oud"), ("trekker", "X"), ("gemeenten", "GM0003"), ("budget", "1"), ("jaar", "2028"), ("versie", "1"),
        ], as: jointCoordinator)
        XCTAssertEqual(staleEdit.status, .conflict)
        XCTAssertTrue(staleEdit.body.contains("Iemand anders heeft deze maatregel intussen gewijzigd"))
        let badEdit = try await post(JointPaths.measure(g, measureID), [("thema", "1.3"), ("titel", "X"), ("trekker", "X"), ("jaar", "2028"), ("versie", "2")], as: jointCoordinator)
        XCTAssertEqual(badEdit.status, .badRequest)
        XCTAssertTrue(badEdit.body.contains("Kies minstens één gemeente die meedoet."))
        _ = try await post(JointPaths.measure(g, measureID), [
            ("thema", "1.3"), ("titel", "Samen tegen woninginbraak"), ("trekker", "Politie Rivierenland"), ("gemeenten", "GM0001"), ("gemeenten", "GM0003"),
            ("budget", "40.000"), ("jaar", "2028"), ("versie", "2"),
        ], as: jointCoordinator)
        let progressByLocal = try await post(JointPaths.measureProgress(g, measureID), [("status", "loopt"), ("toelichting", "x"), ("versie", "1")], as: coordinatorA)
        XCTAssertEqual(progressByLocal.status, .forbidden)
        let progress = try await post(JointPaths.measureProgress(g, measureID), [("status", "loopt"), ("toelichting", "Gestart in Noord"), ("versie", "3")], as: jointCoordinator)
        XCTAssertEqual(progress.status, .seeOther)
        let monitor = try await send(.GET, JointPaths.monitor(g, municipality: "GM0003"), as: councilC)
        XCTAssertTrue(monitor.body.contains("Loopt: 1") && monitor.body.contains("€\u{00A0}10.000,00") && monitor.body.contains("Gestart in Noord"), monitor.body)
        let report = try await documentText(JointPaths.progressReport(g, municipality: "GM0001"), as: councilC)
        XCTAssertTrue(report.contains("Aandeel Alfadorp") && report.contains("€\u{00A0}30.000,00"))
        let removedByLocal = try await post(JointPaths.removeMeasure(g, measureID), [], as: coordinatorA)
        XCTAssertEqual(removedByLocal.status, .forbidden)
        let removed = try await post(JointPaths.removeMeasure(g, measureID), [], as: jointCoordinator)
        XCTAssertEqual(removed.status, .seeOther)
        let left = try await JointMeasureModel.query(on: app.db).count()
        XCTAssertEqual(left, 0)
        let history = try await send(.GET, JointPaths.group(g), as: councilC)
        XCTAssertTrue(history.body.contains("Gezamenlijke maatregel ‘Samen tegen woninginbraak’ verwijderd"))
        let foreignMonitor = try await send(.GET, JointPaths.monitor(g, municipality: "GM0002"), as: councilC)
        XCTAssertEqual(foreignMonitor.status, .badRequest)
        XCTAssertTrue(foreignMonitor.body.contains("Gemeente GM0002 hoort niet bij de samenwerking"))
        for path in [JointPaths.plan(g), JointPaths.monitor(g), JointPaths.councilCopy(g, council: "GM0001", copy: "alle"), JointPaths.startNote(g)] {
            let reply = try await send(.GET, path, as: coordinatorB)
            XCTAssertEqual(reply.status, .notFound, path)
        }
    }

    func testAChangedLocalOutcomeAsksToRevisitStep3a() async throws {
        let g = try await groupWithMerge()
        try await outcome(trajectoryC, in: c, [burglary: .priority(index: 1), drugs: .priority(index: 2), nuisance: .cluster(name: "Overlast"), youth: .cluster(name: "Jeugd")])
        let plan = try await send(.GET, JointPaths.plan(g), as: councilC)
        XCTAssertTrue(plan.body.contains("De lokale keuzes zijn veranderd sinds de beslissing van stap 3a"), plan.body)
        let merge = try await send(.GET, JointPaths.merge(g), as: jointCoordinator)
        XCTAssertTrue(merge.body.contains("keuze-GM0003-3.1"), "the new local choice can be placed")
    }

    /// Open data for both members: burglaries in 2023 and 2024, inhabitants, and one Veiligheidsmonitor indicator.
    func importFigures() async throws {
        let files: [(String, FigureSource)] = [
            ("soort_misdrijf;gebied;periode;aantal\n1.1.1;GM0001;2023;150\n1.1.1;GM0001;2024;120\n1.1.1;GM0003;2023;40\n1.1.1;GM0003;2024;50\n", .cbs),
            ("indicator;gebied;periode;waarde;eenheid\ninwoners;GM0001;2023;30000;aantal\ninwoners;GM0001;2024;30000;aantal\ninwoners;GM0003;2023;10000;aantal\ninwoners;GM0003;2024;10000;aantal\n", .own),
            ("indicator;gebied;jaar;waarde;eenheid\nonveilig-algemeen;GM0001;2023;36,5;%\nonveilig-algemeen;GM0003;2023;28,2;%\n", .monitor),
        ]
        for (text, source) in files {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("joint-\(UUID().uuidString).csv")
            try Data(text.utf8).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let job = FigureImportJob(
                file: url, options: FigureParseOptions(source: source), owner: "", municipalityID: nil, mapping: catalogue.figureTypes.mapping, actor: .system)
            _ = try await FigureImporter.run(job, on: app.db)
        }
    }

    func testMembersFiguresSideBySideInStep3aAndTheMonitor() async throws {
        try await importFigures()
        let g = try await groupWithMerge()
        let merge = try await send(.GET, JointPaths.merge(g), as: councilC)
        XCTAssertTrue(merge.body.contains("40,0 (2024 −20%)"), "Alfadorp: 120 burglaries per 30.000 inhabitants, 20% fewer than 150")
        XCTAssertTrue(merge.body.contains("50,0 (2024 +25%)"), "Charlieveen: 50 per 10.000, 25% more than 40")
        let monitor = try await send(.GET, JointPaths.monitor(g), as: councilC)
        XCTAssertTrue(monitor.body.contains("Voelt zich weleens onveilig (%)"), monitor.body)
        XCTAssertTrue(monitor.body.contains("36,5 (2023)") && monitor.body.contains("28,2 (2023)"))
        XCTAssertTrue(monitor.body.contains("<svg"), "the theme comparison is drawn")
    }

    func testARegionalResultShowsOnTheReceivingMunicipalitysPage() async throws {
        let strategy = try await JointStore.create(
            name: "Strategie Oost", kind: .regionalStrategy, policeUnit: "", periodStart: 2027, periodEnd: 2030,
            members: [(try a.requireID(), 1), (try c.requireID(), 1)], coordinatorIDs: [], actor: .system, on: app.db)
        let theme = try await RegionalStrategyStore.addTheme(
            try RegionalStrategyRules.validate(
                RegionalThemeDraft(title: "Woninginbraken", kind: "inhoudelijk", mayorName: "Burgemeester A", mayorMunicipality: "Alfadorp"), team: []).get(),
            groupID: try strategy.requireID(), actor: .system, on: app.db)
        _ = try await RegionalStrategyStore.addResult(
            "Werkwijze voor daderinformatie", handedOver: CalendarDay("2026-10-01")!, municipalityID: try a.requireID(), themeID: try theme.requireID(),
            groupID: try strategy.requireID(), actor: .system, on: app.db)
        let own = try await send(.GET, WorkspacePaths.municipality(try a.requireID()), as: coordinatorA)
        XCTAssertTrue(own.body.contains("Werkwijze voor daderinformatie") && own.body.contains("1 oktober 2026") && own.body.contains("Strategie Oost"), own.body)
        let other = try await send(.GET, WorkspacePaths.municipality(try c.requireID()), as: coordinatorC)
        XCTAssertFalse(other.body.contains("Werkwijze voor daderinformatie"), "a result goes to one Driehoek")
        XCTAssertTrue(other.body.contains("Strategie Oost"), "the municipality page lists its joint trajectories")
    }

    func testSharedStartNoteIsTakenOverInTheLocalTrajectories() async throws {
        let g = try await groupWithMerge()
        let saved = try await post(JointPaths.startNote(g), [("sleutel", "aanleiding"), ("tekst", "Samen veiliger in het basisteam."), ("versie", "0")], as: jointCoordinator)
        XCTAssertEqual(saved.status, .seeOther, saved.body)
        let byLocal = try await post(JointPaths.startNote(g), [("sleutel", "aanleiding"), ("tekst", "x"), ("versie", "1")], as: coordinatorA)
        XCTAssertEqual(byLocal.status, .forbidden)
        let copied = try await post(JointPaths.copyStartNote(g), [], as: jointCoordinator)
        XCTAssertTrue(copied.body.contains("Overgenomen in de trajecten van Alfadorp, Charlieveen"), copied.body)
        for trajectory in [trajectoryA!, trajectoryC!] {
            let section = try await StartNoteStore.section(.reason, of: try trajectory.requireID(), on: app.db)
            XCTAssertEqual(section.text, "Samen veiliger in het basisteam.")
        }
    }

    func documentText(_ path: String, as browser: Browser) async throws -> String {
        let archive = try Archive(data: try await download(path, as: browser), accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try XCTUnwrap(archive["word/document.xml"])) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }
}
