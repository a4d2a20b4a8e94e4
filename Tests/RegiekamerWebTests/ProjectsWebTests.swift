import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Local safety projects over HTTP: a coordinator starts a project and invites a partner, who works through the
/// six steps; bad input is refused with a Dutch message naming the field; the dashboard shows the project.
final class ProjectsWebTests: TrajectoryTestCase {
    private var partnerUser: UserModel!
    private var partner: Browser!

    override func setUp() async throws {
        try await super.setUp()
        partnerUser = try await makeUser("wijkagent@politie.nl", roles: [.partner], in: municipality)
        partner = try await signIn(partnerUser)
    }

    private func createProject(_ name: String, kind: String = "lokaal", focus: String = "plek", area: String = "Stationsplein") async throws -> UUID {
        let reply = try await post(ProjectPaths.list(m), [
            ("naam", name), ("soort", kind), ("richting", focus), ("gebied", area), ("themas", "2.3, 3.1"), ("traject", t.uuidString),
            ("onderwerp", "Jeugdoverlast"), ("methode", ""), ("toelichting", "Overlast rond het station"),
        ], as: coordinator)
        XCTAssertEqual(reply.status, .seeOther, reply.body)
        let project = try await ProjectModel.query(on: app.db).filter(\.$name == name).first()
        return try XCTUnwrap(project?.id)
    }

    private func invitePartner(_ p: UUID) async throws {
        let reply = try await post(ProjectPaths.participants(m, p), [("gebruiker", try partnerUser.requireID().uuidString), ("organisatie", "Politie")], as: coordinator)
        XCTAssertEqual(reply.status, .seeOther, reply.body)
    }

    func testThePlansPrioritiesAreOfferedAsTheSubjectAProjectServes() async throws {
        let before = try await send(.GET, ProjectPaths.list(m), as: coordinator)
        XCTAssertFalse(before.body.contains("<datalist"), "no plan yet, so nothing to offer")
        try await AnalysisStore.addCandidate(
            .init(field: 3, title: "Jeugdoverlast rond het station", motivation: "", themes: [ThemeCode("3.1")!]),
            trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let candidate = try await AnalysisStore.candidates(of: t, on: app.db).first!.id!
        try await PrioritisationStore.saveOutcome(
            priorities: [candidate], motivation: "", driehoek: "", placements: [ThemeCode("3.1")!: .priority(index: 0)],
            trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let list = try await send(.GET, ProjectPaths.list(m), as: coordinator)
        XCTAssertTrue(list.body.contains("list=\"nieuw-onderwerpen\""), "the field points at the suggestions")
        XCTAssertTrue(list.body.contains("<option value=\"Jeugdoverlast rond het station\">"), list.body)
        let p = try await createProject("Station")
        let page = try await send(.GET, ProjectPaths.project(m, p), as: coordinator)
        XCTAssertTrue(page.body.contains("<option value=\"Jeugdoverlast rond het station\">"))
    }

    func testACoordinatorStartsAProjectAndRefusedSettingsNameTheField() async throws {
        let refused = try await post(ProjectPaths.list(m), [("naam", ""), ("soort", "wijkveiligheidsplan"), ("richting", "doelgroep"), ("gebied", "Jongeren"), ("themas", "2.x")], as: coordinator)
        XCTAssertEqual(refused.status, .badRequest)
        XCTAssertTrue(refused.body.contains("Naam: geef het project een naam."))
        XCTAssertTrue(refused.body.contains("Gericht op: een wijkveiligheidsplan gaat over een buurt of wijk."))
        XCTAssertTrue(refused.body.contains("Thema&#39;s: &#39;2.x&#39; is geen themacode"))
        let storedProjects = try await ProjectModel.query(on: app.db).count()
        XCTAssertEqual(storedProjects, 0)

        let p = try await createProject("Stationsgebied")
        let page = try await send(.GET, ProjectPaths.project(m, p), as: coordinator)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Stap 4: Wat willen we bereiken?"))
        XCTAssertTrue(page.body.contains("IVP 2027–2030 · Jeugdoverlast"))
        let workspace = try await send(.GET, WorkspacePaths.municipality(m), as: coordinator)
        XCTAssertTrue(workspace.body.contains(ProjectPaths.list(m)))

        // A partner not yet invited does not find it; once invited, they do.
        let beforeInvitation = try await send(.GET, ProjectPaths.project(m, p), as: partner).status
        XCTAssertEqual(beforeInvitation, .notFound)
        try await invitePartner(p)
        let afterInvitation = try await send(.GET, ProjectPaths.project(m, p), as: partner).status
        XCTAssertEqual(afterInvitation, .ok)
        let listedForPartner = try await send(.GET, ProjectPaths.list(m), as: partner).body.contains("Stationsgebied")
        XCTAssertTrue(listedForPartner)
    }

    func testStaleSettingsAreNotSavedOverSomeoneElses() async throws {
        let p = try await createProject("Stationsgebied")
        let fields: [(String, String)] = [("soort", "lokaal"), ("richting", "plek"), ("gebied", "Station"), ("themas", "2.3"), ("versie", "1")]
        let firstSave = try await post(ProjectPaths.project(m, p), [("naam", "Eerste")] + fields, as: coordinator).status
        XCTAssertEqual(firstSave, .seeOther)
        let stale = try await post(ProjectPaths.project(m, p), [("naam", "Tweede")] + fields, as: coordinator)
        XCTAssertEqual(stale.status, .conflict)
        XCTAssertTrue(stale.body.contains("Iemand anders heeft dit project intussen gewijzigd"))
        let storedName = try await ProjectModel.find(p, on: app.db)?.name
        XCTAssertEqual(storedName, "Eerste")
    }

    func testAPartnerRunsTheSixSteps() async throws {
        let p = try await createProject("Stationsgebied")
        try await invitePartner(p)

        // 1 problems
        let noTitle = try await post(ProjectPaths.problems(m, p), [("probleem", ""), ("waar", "")], as: partner)
        XCTAssertEqual(noTitle.status, .badRequest)
        XCTAssertTrue(noTitle.body.contains("Probleem: beschrijf wat er speelt."))
        for (title, place) in [("Hangjongeren bij de fietsenstalling", "Fietsenstalling"), ("Zakkenrollerij", "Perron")] {
            let reported = try await post(ProjectPaths.problems(m, p), [("probleem", title), ("waar", place), ("wanneer", "Avond"), ("wie", "Reizigers"), ("onderbouwing", "Meldingen")], as: partner).status
            XCTAssertEqual(reported, .seeOther)
        }
        let problems = try await ProjectStore.problems(of: p, on: app.db)
        XCTAssertEqual(problems.count, 2)

        // 2 priorities: at most ten points
        let tooMany = try await post(ProjectPaths.ballot(m, p), [("punten-\(problems[0].id!.uuidString)", "8"), ("punten-\(problems[1].id!.uuidString)", "5")], as: partner)
        XCTAssertEqual(tooMany.status, .badRequest)
        XCTAssertTrue(tooMany.body.contains("Punten: U heeft 13 punten verdeeld; u heeft er 10."))
        let voted = try await post(ProjectPaths.ballot(m, p), [("punten-\(problems[0].id!.uuidString)", "3"), ("punten-\(problems[1].id!.uuidString)", "7")], as: partner).status
        XCTAssertEqual(voted, .seeOther)
        let tally = try await send(.GET, ProjectPaths.step(m, p, .priorities), as: coordinator)
        XCTAssertTrue(tally.body.contains("1 deelnemer(s) hebben gestemd."))
        XCTAssertLessThan(try XCTUnwrap(tally.body.range(of: "Zakkenrollerij")).lowerBound, try XCTUnwrap(tally.body.range(of: "Hangjongeren bij")).lowerBound)

        // 3 current approach
        let inventoried = try await post(ProjectPaths.currentApproach(m, p), [("maatregel", "Surveillance"), ("partner", "Politie"), ("tekort", "capaciteit"), ("uitleg", "Twee avonden per week")], as: partner).status
        XCTAssertEqual(inventoried, .seeOther)
        let shortfallShown = try await send(.GET, ProjectPaths.step(m, p, .currentApproach), as: partner).body.contains("Te weinig capaciteit")
        XCTAssertTrue(shortfallShown)

        // 4 objectives: marked SMART with R unanswered is refused
        let objective: [(String, String)] = [
            ("doel", "Minder overlast bij de fietsenstalling"), ("smartS", "Overlast jongeren bij de stalling"), ("smartM", "Meldingen bij de politie"),
            ("smartA", "Politie en jongerenwerk"), ("smartT", "Eind 2027"), ("meetinstrument", "Meldingen"), ("norm", "Een kwart minder"), ("termijn", "31-12-2027"),
        ]
        let notSmart = try await post(ProjectPaths.objectives(m, p), objective + [("smartR", ""), ("smart", "ja")], as: partner)
        XCTAssertEqual(notSmart.status, .badRequest)
        XCTAssertTrue(notSmart.body.contains("R (Realistisch): beantwoord deze letter voordat u het doel als SMART opslaat."))
        let storedObjectives = try await ProjectStore.objectives(of: p, on: app.db).count
        XCTAssertEqual(storedObjectives, 0)
        let smartSaved = try await post(ProjectPaths.objectives(m, p), objective + [("smartR", "Binnen de bestaande uren"), ("smart", "ja")], as: partner).status
        XCTAssertEqual(smartSaved, .seeOther)
        let draftSaved = try await post(ProjectPaths.objectives(m, p), [("doel", "Zich veiliger voelen")], as: partner).status
        XCTAssertEqual(draftSaved, .seeOther)
        let objectives = try await send(.GET, ProjectPaths.step(m, p, .objectives), as: partner)
        XCTAssertTrue(objectives.body.contains("Let op: SMART-letter(s) S, M, A, R, T nog niet beantwoord, geen meetinstrument, geen norm, geen termijn."))
        XCTAssertTrue(objectives.body.contains("SMART: elke letter beantwoord"))

        // editing an objective: SMART is checked again, and a stale version is not saved
        let draft = try await ProjectObjectiveModel.query(on: app.db).filter(\.$text == "Zich veiliger voelen").first()!
        let editPath = ProjectPaths.objective(m, p, draft.id!)
        let editNotSmart = try await post(editPath, [("doel", "Zich veiliger voelen"), ("smartS", "Bewoners rond het station"), ("smart", "ja"), ("versie", "1")], as: partner)
        XCTAssertEqual(editNotSmart.status, .badRequest)
        XCTAssertTrue(editNotSmart.body.contains("M (Meetbaar): beantwoord deze letter"))
        XCTAssertTrue(editNotSmart.body.contains("href=\"#smartM-\(draft.id!.uuidString)\""), "the summary links to the edited form's field")
        let edited = try await post(editPath, [("doel", "Bewoners voelen zich veiliger"), ("norm", "Rapportcijfer 7"), ("versie", "1")], as: partner)
        XCTAssertEqual(edited.status, .seeOther)
        let staleEdit = try await post(editPath, [("doel", "Oude tekst"), ("versie", "1")], as: coordinator)
        XCTAssertEqual(staleEdit.status, .conflict)
        XCTAssertTrue(staleEdit.body.contains("Iemand anders heeft dit doel intussen gewijzigd"))
        let storedObjective = try await ProjectObjectiveModel.find(draft.id, on: app.db)
        XCTAssertEqual(storedObjective?.text, "Bewoners voelen zich veiliger")
        XCTAssertEqual(storedObjective?.norm, "Rapportcijfer 7")

        // 5 measures: adopting without an owner is refused; a partner only proposes
        let noOwner = try await post(ProjectPaths.measures(m, p), [("titel", "Jongerenwerker op vrijdag"), ("eigenaar", ""), ("vaststellen", "ja")], as: coordinator)
        XCTAssertEqual(noOwner.status, .badRequest)
        XCTAssertTrue(noOwner.body.contains("Eigenaar: een maatregel wordt pas vastgesteld als er een eigenaar is."))
        let proposedByPartner = try await post(ProjectPaths.measures(m, p), [("titel", "Extra verlichting"), ("partners", "ProRail"), ("planning", "Q3"), ("kosten", "€ 12.500"), ("vaststellen", "ja")], as: partner).status
        XCTAssertEqual(proposedByPartner, .seeOther)
        let proposedFound = try await ProjectStore.measures(of: [p], on: app.db).first
        let proposed = try XCTUnwrap(proposedFound)
        XCTAssertFalse(proposed.adopted)
        XCTAssertEqual(proposed.cost, 12_500)
        let adoptedByPartner = try await post(ProjectPaths.adopt(m, p, proposed.id!), [("eigenaar", ""), ("versie", "1")], as: partner).status
        XCTAssertEqual(adoptedByPartner, .forbidden)
        let adoptNoOwner = try await post(ProjectPaths.adopt(m, p, proposed.id!), [("eigenaar", " "), ("versie", "1")], as: coordinator)
        XCTAssertEqual(adoptNoOwner.status, .badRequest)
        XCTAssertTrue(adoptNoOwner.body.contains("Eigenaar: een maatregel wordt pas vastgesteld"))
        let adoptedWithOwner = try await post(ProjectPaths.adopt(m, p, proposed.id!), [("eigenaar", "Gemeente, team OOV"), ("versie", "1")], as: coordinator).status
        XCTAssertEqual(adoptedWithOwner, .seeOther)

        // 6 monitoring, with a stale version refused
        let progress: [(String, String)] = [("status", "loopt"), ("indicator", "Meldingen overlast"), ("waarde", "14"), ("toelichting", "Lampen besteld")]
        let progressSaved = try await post(ProjectPaths.progress(m, p, proposed.id!), progress + [("versie", "2")], as: partner).status
        XCTAssertEqual(progressSaved, .seeOther)
        let staleProgress = try await post(ProjectPaths.progress(m, p, proposed.id!), progress + [("versie", "2")], as: partner).status
        XCTAssertEqual(staleProgress, .conflict)
        let progressShown = try await send(.GET, ProjectPaths.step(m, p, .monitoring), as: partner).body.contains("Status: Loopt · Meldingen overlast: 14")
        XCTAssertTrue(progressShown)

        // minutes and report, readable by the partner at once
        let minutesSaved = try await post(ProjectPaths.minutes(m, p), [("stap", "5"), ("verslag", "Afgesproken: verlichting voor de winter.")], as: partner).status
        XCTAssertEqual(minutesSaved, .seeOther)
        let report = try await send(.GET, ProjectPaths.report(m, p), as: partner)
        XCTAssertEqual(report.status, .ok)
        for text in ["Afgesproken: verlichting voor de winter.", "Extra verlichting", "Surveillance", "Zakkenrollerij", "Gemeente, team OOV"] {
            XCTAssertTrue(report.body.contains(text), text)
        }
        let docx = try await download(ProjectPaths.reportDocx(m, p), as: partner)
        XCTAssertEqual(Array(docx.prefix(2)), [0x50, 0x4B], "a DOCX is a ZIP")
    }

    func testTheMatrixShowsPartsWithoutOrWithSeveralLeads() async throws {
        let p = try await createProject("Stationsgebied")
        try await invitePartner(p)
        let page = try await send(.GET, ProjectPaths.matrix(m, p), as: partner)
        XCTAssertTrue(page.body.contains("Zonder trekker: Preventie, Handhaving, Zorg, Nazorg."))
        // Columns: Gemeente (the creator), Politie; rows: the four standard parts.
        let saved = try await post(ProjectPaths.matrix(m, p), [
            ("deel-0", "Preventie"), ("deel-1", "Handhaving"), ("partner-0", "Gemeente"), ("partner-1", "Politie"),
            ("cel-0-0", "trekker"), ("cel-0-1", "bijdrage"), ("cel-1-0", "trekker"), ("cel-1-1", "trekker"), ("cel-2-0", "trekker"),
            ("deel-9", "Onbekend"), ("cel-9-0", "trekker"),
        ], as: partner)
        XCTAssertEqual(saved.status, .seeOther)
        let after = try await send(.GET, ProjectPaths.matrix(m, p), as: partner)
        XCTAssertTrue(after.body.contains("Zonder trekker: Zorg, Nazorg."), "cel-2-0 has no deel-2 and is ignored")
        XCTAssertTrue(after.body.contains("Meer dan één trekker: Handhaving."))
        let storedCells = try await ProjectStore.matrixCells(of: p, on: app.db).count
        XCTAssertEqual(storedCells, 4)
    }

    func testThePlanAndDashboardShowProjectsAndFilterNeighbourhoodMeasuresByArea() async throws {
        let station = try await createProject("Stationsgebied")
        let north = try await createProject("Wijkveiligheidsplan Noord", kind: "wijkveiligheidsplan", focus: "wijk", area: "Noord")
        let south = try await createProject("Wijkveiligheidsplan Zuid", kind: "wijkveiligheidsplan", focus: "wijk", area: "Zuid")
        for (p, title) in [(north, "Buurtpreventie-app Noord"), (south, "Schouw Zuid")] {
            let adopted = try await post(ProjectPaths.measures(m, p), [("titel", title), ("eigenaar", "Wijkregisseur"), ("vaststellen", "ja")], as: coordinator).status
            XCTAssertEqual(adopted, .seeOther)
        }
        let all = try await send(.GET, ProgressPaths.measures(m, t, year: 2027), as: coordinator)
        XCTAssertEqual(all.status, .ok)
        XCTAssertTrue(all.body.contains("Lokale projecten naast het plan"))
        XCTAssertTrue(all.body.contains(ProjectPaths.project(m, station)))
        XCTAssertTrue(all.body.contains("Buurtpreventie-app Noord") && all.body.contains("Schouw Zuid"))
        let filtered = try await send(.GET, ProgressPaths.measures(m, t, year: 2027) + "&gebied=Noord", as: coordinator)
        XCTAssertTrue(filtered.body.contains("Buurtpreventie-app Noord"))
        XCTAssertFalse(filtered.body.contains("Schouw Zuid"))
        let plan = try await send(.GET, PlanPaths.implementationPlan(m, t, year: 2027) + "&gebied=Zuid", as: coordinator)
        XCTAssertEqual(plan.status, .ok)
        XCTAssertTrue(plan.body.contains("Maatregelen uit wijkveiligheidsplannen"))
        XCTAssertTrue(plan.body.contains("Schouw Zuid"))
        XCTAssertFalse(plan.body.contains("Buurtpreventie-app Noord"))
        // A partner sees on the dashboard only the projects they take part in.
        try await invitePartner(north)
        let partnerView = try await send(.GET, ProgressPaths.measures(m, t, year: 2027), as: partner)
        XCTAssertTrue(partnerView.body.contains("Wijkveiligheidsplan Noord"))
        XCTAssertFalse(partnerView.body.contains("Stationsgebied"))
    }
}
