import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import ZIPFoundation
import RegiekamerViews

/// Steps 4 and 5 over HTTP: the IVP follows step 3, indicators are checked, measures are added, the check lists
/// the gaps and the documents carry it all.
final class PlanWebTests: TrajectoryTestCase {
    override func setUp() async throws {
        try await super.setUp()
        let candidates: [CandidatePriority] = [
            .init(field: 1, title: "Woninginbraak terugdringen", motivation: "", themes: [ThemeCode("1.3")!]),
            .init(field: 3, title: "Jeugd en drugs", motivation: "", themes: [ThemeCode("3.3")!]),
        ]
        for candidate in candidates { try await AnalysisStore.addCandidate(candidate, trajectoryID: t, municipalityID: m, actor: .system, on: app.db) }
        let ids = try await AnalysisStore.candidates(of: t, on: app.db).sorted { $0.title > $1.title }.map { $0.id! }
        try await PrioritisationStore.saveOutcome(
            priorities: ids, motivation: "", driehoek: "",
            placements: [ThemeCode("1.3")!: .priority(index: 0), ThemeCode("3.3")!: .priority(index: 1), ThemeCode("2.1")!: .cluster(name: "Veilig ondernemen")],
            trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        // Burglary falls by 10 a year: 2021 140 … 2025 100.
        var lines = ["soort_misdrijf;gebied;periode;aantal"]
        for (index, year) in (2021...2025).enumerated() { lines.append("1.1.1;GM0001;\(year);\(140 - 10 * index)") }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).csv")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try await FigureImporter.run(FigureImportJob(
            file: url, options: FigureParseOptions(source: .cbs), owner: "", municipalityID: nil, mapping: catalogue.figureTypes.mapping, actor: .system), on: app.db)
    }

    private var ivp: String { PlanPaths.ivp(m, t) }

    func testChaptersFollowStepThreeAndChapterOneStartsFromTheAnalysis() async throws {
        let saved = try await AnalysisStore.saveSummary("Inbraken dalen, jeugdoverlast stijgt.", expectedVersion: 1, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        XCTAssertNil(saved, "saved without conflict")
        let page = try await send(.GET, ivp, as: coordinator)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Woninginbraak terugdringen") && page.body.contains("Jeugd en drugs"))
        XCTAssertTrue(page.body.contains("Veilig ondernemen"), "the cluster is chapter 5")
        XCTAssertTrue(page.body.contains("Inbraken dalen, jeugdoverlast stijgt."), "chapter 1 is prefilled from the analysis summary")
        XCTAssertTrue(page.body.contains("Gedigitaliseerde criminaliteit"), "chapter 3 suggests the strategic themes")
    }

    func testTheAnalysisThePlanAndTheDashboardReadTheSameImportedSeries() async throws {
        let added = try await post(
            PlanPaths.indicators(m, t, "p1"),
            [("reeks", "cbs:1.1.1"), ("soort", "objectief"), ("richting", "lager-is-beter"), ("streefjaar", "2030"),
             ("streefwaarde", "62,4")], as: coordinator)
        XCTAssertEqual(added.status, .seeOther)
        // The copy stored with the indicator goes stale (a later import corrected 2025); pages read the series.
        let stored = try await PlanIndicatorModel.query(on: app.db).first()!
        stored.baselineValue = 123
        try await stored.save(on: app.db)

        let cell = try await send(.GET, AnalysisPaths.cell(m, t, .theme(ThemeCode("1.3")!)), as: coordinator)
        XCTAssertTrue(cell.body.contains("Ingelezen cijfers") && cell.body.contains("ingelezen op"), "source and date")
        XCTAssertTrue(cell.body.contains("<td class=\"number\">100</td>"), "the cell shows the series' 2025 value")
        let subject = try await send(.GET, PlanPaths.subject(m, t, "p1"), as: coordinator)
        XCTAssertTrue(subject.body.contains("100 (2025)") && !subject.body.contains("123 (2025)"), "the baseline is the series'")
        XCTAssertTrue(subject.body.contains("62 (2030)"), "a count is written whole: 62,4 becomes 62")
        let dashboard = try await send(.GET, ProgressPaths.measures(m, t, year: 2027), as: coordinator)
        XCTAssertTrue(
            dashboard.body.contains("100 (2025)") && !dashboard.body.contains("123 (2025)"), "the dashboard agrees")
        XCTAssertTrue(
            dashboard.body.contains("Geregistreerde misdrijven (CBS/politie), ingelezen op"),
            "the dashboard names the source and its import date")
    }

    func testIndicatorFromASeriesGetsBaselineAndRealismAndBadTargetsAreRefused() async throws {
        let path = PlanPaths.indicators(m, t, "p1")
        let wrongWay = try await post(path, [("reeks", "cbs:1.1.1"), ("soort", "objectief"), ("richting", "lager-is-beter"), ("streefjaar", "2030"), ("streefwaarde", "120")], as: coordinator)
        XCTAssertEqual(wrongWay.status, .badRequest)
        XCTAssertTrue(wrongWay.body.contains("lager beter, maar de streefwaarde (120) ligt boven de nulmeting (100)"), wrongWay.body)
        let outside = try await post(path, [("reeks", "cbs:1.1.1"), ("soort", "objectief"), ("richting", "lager-is-beter"), ("streefjaar", "2035"), ("streefwaarde", "80")], as: coordinator)
        XCTAssertTrue(outside.body.contains("Het streefjaar 2035 valt buiten de planperiode 2027–2030."))
        for number in ["1e308", "nan", "inf"] {
            // Would have been stored, and every page showing it would have stopped the instance.
            let absurd = try await post(path, [("reeks", "cbs:1.1.1"), ("soort", "objectief"), ("richting", "lager-is-beter"), ("streefjaar", "2030"), ("streefwaarde", number)], as: coordinator)
            XCTAssertEqual(absurd.status, .badRequest, number)
            XCTAssertTrue(absurd.body.contains("De streefwaarde moet een getal zijn."), number)
        }
        let good = try await post(path, [("reeks", "cbs:1.1.1"), ("soort", "objectief"), ("richting", "lager-is-beter"), ("streefjaar", "2030"), ("streefwaarde", "30")], as: coordinator)
        XCTAssertEqual(good.status, .seeOther)
        XCTAssertTrue(good.headers.first(name: .location)?.hasSuffix("?jaar=2027&melding=toegevoegd#indicatoren") == true, "the notice goes before the fragment")
        let stored = try await PlanStore.indicators(of: t, on: app.db)
        XCTAssertEqual(stored.first?.indicator.baseline, YearValue(year: 2025, value: 100), "the baseline comes from the latest year of the series")
        XCTAssertEqual(stored.first?.name, "Geregistreerde misdrijven (CBS/politie): Diefstal/inbraak woning")
        let page = try await send(.GET, PlanPaths.subject(m, t, "p1"), as: coordinator)
        XCTAssertTrue(
            page.body.contains("Het doel vraagt 20 minder dan de trend")
                && page.body.contains("status-tag--red\">buiten bereik van de trend"),
            "a target of 30 goes beyond the trend (50 in 2030) by a fifth of the baseline")
        XCTAssertTrue(page.body.contains("class=\"course-chart\""), "the indicator has its chart of figures, trend and path")
        XCTAssertTrue(page.body.contains("onrealistisch"), "after a steep fall")
        XCTAssertTrue(page.body.contains("Voeg een subjectieve indicator toe"), "advice: mix objective and subjective")
    }

    private func addMeasure(_ subject: String, _ fields: [(String, String)]) async throws -> Reply {
        try await post(PlanPaths.measures(m, t, subject), fields, as: coordinator)
    }

    func testMeasuresCheckAndDocuments() async throws {
        _ = try await post(PlanPaths.indicators(m, t, "p1"), [("reeks", "cbs:1.1.1"), ("soort", "objectief"), ("richting", "lager-is-beter"), ("streefjaar", "2030"), ("streefwaarde", "60")], as: coordinator)
        _ = try await post(PlanPaths.indicators(m, t, "p1"), [("naam", "Onveiligheidsgevoel in de buurt"), ("soort", "subjectief"), ("bron", "Veiligheidsmonitor"), ("eenheid", "%"), ("richting", "lager-is-beter"), ("nulmetingjaar", "2025"), ("nulmeting", "18"), ("streefjaar", "2030"), ("streefwaarde", "15")], as: coordinator)
        let full = try await addMeasure("p1", [
            ("onderwerp", "p1"), ("actiepunt", "Preventie"), ("titel", "Buurtpreventie-apps"), ("bestuurlijk", "Burgemeester"), ("ambtelijk", "Coördinator"),
            ("partijen", "Politie, woningcorporatie"), ("kwartalen[]", "1"), ("kwartalen[]", "2"), ("budget", "12.000"), ("dekking", "bestaand"), ("status", "loopt"),
        ])
        XCTAssertEqual(full.status, .seeOther)
        let method = try await addMeasure("p1", [("onderwerp", "p1"), ("actiepunt", "Aanpak"), ("titel", "Keurmerk Veilig Wonen"), ("methode", catalogue.methods[0].code)])
        XCTAssertEqual(method.status, .seeOther)
        let bad = try await addMeasure("p1", [("onderwerp", "p1"), ("actiepunt", ""), ("titel", ""), ("budget", "veel")])
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.contains("Het budget moet een bedrag in euro&#39;s zijn") && bad.body.contains("Geef de maatregel een titel."), bad.body)
        _ = try await post(PlanPaths.text(m, t), [("sleutel", "h7.budget"), ("versie", "0"), ("tekst", "10000")], as: coordinator)

        let check = try await send(.GET, PlanPaths.check(m, t), as: coordinator)
        XCTAssertTrue(check.body.contains("Prioriteit &#39;Jeugd en drugs&#39; heeft nog geen effectindicatoren."), check.body)
        XCTAssertTrue(check.body.contains("Maatregel &#39;Keurmerk Veilig Wonen&#39; heeft geen bestuurlijk trekker."))
        XCTAssertTrue(check.body.contains("kosten samen €\u{00A0}12.000; hoofdstuk 7 van het IVP begroot €\u{00A0}10.000 per jaar"))
        XCTAssertFalse(check.body.contains("Buurtpreventie-apps&#39; heeft"), "the complete measure has no problems")

        let plan = try await send(.GET, PlanPaths.implementationPlan(m, t, year: 2027), as: coordinator)
        XCTAssertTrue(plan.body.contains("Buurtpreventie-apps") && plan.body.contains("€\u{00A0}12.000"))
        let otherYear = try await send(.GET, PlanPaths.implementationPlan(m, t, year: 2031), as: coordinator)
        XCTAssertEqual(otherYear.status, .notFound, "a year outside the plan period")

        let archive = try Archive(data: try await download(PlanPaths.ivpDocx(m, t), as: coordinator), accessMode: .read)
        XCTAssertNotNil(archive["word/media/image1.png"], "the indicator's chart is embedded as PNG")
        XCTAssertNotNil(archive["word/media/image1.svg"], "and as SVG")
        var documentXML = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { documentXML.append($0) }
        let text = String(decoding: documentXML, as: UTF8.self)
        XCTAssertTrue(text.contains("TOC \\o"), "table of contents field")
        XCTAssertTrue(text.contains("4.1 Woninginbraak terugdringen"), "priorities are numbered in chapter 4")
        XCTAssertTrue(text.contains("Onveiligheidsgevoel in de buurt"))

        let zip = try Archive(data: try await download(PlanPaths.councilPack(m, t, year: 2027), as: coordinator), accessMode: .read)
        XCTAssertEqual(zip.map(\.path).sorted(), [
            "1-raadsvoorstel.docx", "1-raadsvoorstel.odt", "2-integraal-veiligheidsplan-2027-2030.docx",
            "2-integraal-veiligheidsplan-2027-2030.odt", "3-uitvoeringsplan-2027.docx", "3-uitvoeringsplan-2027.odt",
        ])
    }

    func testAMethodPageOffersTheMethodAsAMeasureOfTheRightPriority() async throws {
        let method = try XCTUnwrap(catalogue.methods.first { $0.themes.contains(ThemeCode("1.3")!) && !$0.themes.contains(ThemeCode("3.3")!) })
        let page = try await send(.GET, "/catalogus/methoden/\(method.code)", as: coordinator)
        XCTAssertTrue(page.body.contains("In uw uitvoeringsplan"))
        XCTAssertTrue(page.body.contains(PlanPaths.measures(m, t, "p1")), "offered for the priority whose themes it serves")
        XCTAssertFalse(page.body.contains(PlanPaths.measures(m, t, "p2")), "not for a priority it does not serve")
        let anonymous = try await get("/catalogus/methoden/\(method.code)")
        XCTAssertFalse(anonymous.body.contains("In uw uitvoeringsplan"))
        let added = try await post(PlanPaths.measures(m, t, "p1") + "?jaar=2027", [("actiepunt", "Aanpak met \(method.name)"), ("titel", method.name), ("methode", method.code), ("onderwerp", "p1")], as: coordinator)
        XCTAssertEqual(added.status, .seeOther)
        let stored = try await PlanStore.measures(of: t, year: 2027, on: app.db)
        XCTAssertEqual(stored.map(\.methodCode), [method.code])
        let subject = try await send(.GET, PlanPaths.subject(m, t, "p1"), as: coordinator)
        XCTAssertTrue(subject.body.contains("methode: \(method.name)"), "the measure shows its method")
    }

    func testConcurrentTextEditsAreDetectedAndNothingIsLost() async throws {
        let first = try await post(PlanPaths.text(m, t), [("sleutel", "p1.waarom"), ("versie", "0"), ("tekst", "Inbraak raakt veel inwoners.")], as: coordinator)
        XCTAssertEqual(first.status, .seeOther)
        let stale = try await post(PlanPaths.text(m, t), [("sleutel", "p1.waarom"), ("versie", "0"), ("tekst", "Mijn eigen versie.")], as: coordinator)
        XCTAssertEqual(stale.status, .conflict)
        XCTAssertTrue(stale.body.contains("Inbraak raakt veel inwoners.") && stale.body.contains("Mijn eigen versie."), "both versions are shown")
        let unknown = try await post(PlanPaths.text(m, t), [("sleutel", "startnotitie"), ("versie", "0"), ("tekst", "x")], as: coordinator)
        XCTAssertEqual(unknown.status, .badRequest)
    }

    func testRolesDecideWhoEditsAndWhoRecordsDecisions() async throws {
        let member = try await signIn(try await makeUser("lid@een.nl", roles: [.workingGroupMember], in: municipality))
        let read = try await send(.GET, PlanPaths.subject(m, t, "p1"), as: member)
        XCTAssertEqual(read.status, .ok)
        XCTAssertFalse(read.body.contains("Indicator toevoegen"))
        let write = try await post(PlanPaths.measures(m, t, "p1"), [("onderwerp", "p1"), ("actiepunt", "x"), ("titel", "x")], as: member)
        XCTAssertEqual(write.status, .forbidden)
        let executive = try await signIn(try await makeUser("wethouder@een.nl", roles: [.executive], in: municipality))
        let decision = try await post(PlanPaths.decision(m, t), [("document", "ivp"), ("orgaan", "Gemeenteraad"), ("datum", "2027-03-12"), ("toelichting", "Amendement over cameratoezicht aangenomen")], as: executive)
        XCTAssertEqual(decision.status, .seeOther)
        let page = try await send(.GET, ivp, as: executive)
        XCTAssertTrue(page.body.contains("12 maart 2027: Gemeenteraad"), page.body)
        let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "besluit").count()
        XCTAssertEqual(audit, 1)
        let unknownSubject = try await send(.GET, PlanPaths.subject(m, t, "p9"), as: executive)
        XCTAssertEqual(unknownSubject.status, .notFound)
    }
}
