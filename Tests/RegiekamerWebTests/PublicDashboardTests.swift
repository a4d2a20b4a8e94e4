import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// The public dashboard shows only what the coordinator published, to anyone, and nothing else is reachable.
final class PublicDashboardTests: TrajectoryTestCase {
    var shown: PlanMeasureModel!
    var hidden: PlanMeasureModel!
    var indicator: PlanIndicatorModel!

    override func setUp() async throws {
        try await super.setUp()
        try await AnalysisStore.addCandidate(.init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let id = try await AnalysisStore.candidates(of: t, on: app.db)[0].id!
        try await PrioritisationStore.saveOutcome(priorities: [id], motivation: "", driehoek: "", placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        shown = try await PlanStore.addMeasure(PlanMeasure(subjectKey: "p1", item: "A", title: "Buurtpreventie-app", status: .running), year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        hidden = try await PlanStore.addMeasure(PlanMeasure(subjectKey: "p1", item: "A", title: "Vertrouwelijke observatie", status: .running), year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        indicator = try await PlanStore.addIndicator(
            PlanIndicator(name: "Woninginbraken per jaar", kind: .objective, source: "Politie", series: nil, unit: "aantal", direction: .lowerIsBetter,
                          baseline: YearValue(year: 2025, value: 100), target: YearValue(year: 2030, value: 80)),
            subjectKey: "p1", trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
    }

    func testOnlyPublishedItemsAreVisibleWithoutLogin() async throws {
        let settings = PublicDashboardPages.settingsPath(m, t)
        let saved = try await post(settings, [("indicatoren[]", indicator.id!.uuidString), ("maatregelen[]", shown.id!.uuidString), ("publiceren", "ja")], as: coordinator)
        XCTAssertEqual(saved.status, .seeOther)
        let publication = try await PlanStore.publication(of: t, on: app.db)
        let token = try XCTUnwrap(publication?.token)
        let page = try await get("/openbaar/\(token)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Buurtpreventie-app") && page.body.contains("Woninginbraken per jaar"))
        XCTAssertFalse(page.body.contains("Vertrouwelijke observatie"), "an item not chosen stays internal")

        _ = try await post(settings, [("indicatoren[]", indicator.id!.uuidString)], as: coordinator)
        let withdrawn = try await get("/openbaar/\(token)")
        XCTAssertEqual(withdrawn.status, .notFound, "a withdrawn dashboard is not reachable")
        let guessed = try await get("/openbaar/\(String(repeating: "a", count: 43))")
        XCTAssertEqual(guessed.status, .notFound)

        let member = try await signIn(try await makeUser("lid@een.nl", roles: [.workingGroupMember], in: municipality))
        let refused = try await post(settings, [("publiceren", "ja")], as: member)
        XCTAssertEqual(refused.status, .forbidden, "only the coordinator publishes")
    }

    func testThePreviewShowsWhatIsTickedBeforePublishingAndOnlyToTheCoordinator() async throws {
        let settings = PublicDashboardPages.settingsPath(m, t)
        _ = try await post(settings, [("maatregelen[]", shown.id!.uuidString)], as: coordinator)
        let publication = try await PlanStore.publication(of: t, on: app.db)
        XCTAssertFalse(publication?.isPublished ?? false, "nothing is published yet")
        let preview = try await send(.GET, settings + "/voorbeeld", as: coordinator)
        XCTAssertEqual(preview.status, .ok)
        XCTAssertTrue(preview.body.contains("Zo zien inwoners het dashboard"), "it says it is a preview")
        XCTAssertTrue(preview.body.contains("Buurtpreventie-app") && !preview.body.contains("Vertrouwelijke observatie"))
        XCTAssertFalse(preview.body.contains("nav class=\"main\""), "as residents see it: no Regiekamer menu")
        let member = try await signIn(try await makeUser("lid@een.nl", roles: [.workingGroupMember], in: municipality))
        let refused = try await send(.GET, settings + "/voorbeeld", as: member)
        XCTAssertEqual(refused.status, .forbidden)
    }
}

/// Every kind of item a coordinator can tick appears for residents: overarching indicators, a priority's
/// indicators and measures, and the measures of another theme; a plan not yet adopted says it is a concept.
final class PublicDashboardKindsTests: TrajectoryTestCase {
    func testEveryTickedKindAppearsAndAConceptSaysSo() async throws {
        try await AnalysisStore.addCandidate(
            .init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t,
            municipalityID: m, actor: .system, on: app.db)
        let id = try await AnalysisStore.candidates(of: t, on: app.db)[0].id!
        try await PrioritisationStore.saveOutcome(
            priorities: [id], motivation: "", driehoek: "",
            placements: [ThemeCode("1.3")!: .priority(index: 0), ThemeCode("2.1")!: .cluster(name: "Veilig centrum")],
            trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let subjects = try await PlanScope.subjects(of: t, on: app.db)
        let other = try XCTUnwrap(subjects.first { $0.kind == .otherTheme })
        func indicator(_ name: String, _ key: String) async throws -> PlanIndicatorModel {
            try await PlanStore.addIndicator(
                PlanIndicator(
                    name: name, kind: .objective, source: "Politie", series: nil, unit: "aantal",
                    direction: .lowerIsBetter, baseline: YearValue(year: 2025, value: 100),
                    target: YearValue(year: 2030, value: 80)),
                subjectKey: key, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        }
        func measure(_ title: String, _ key: String) async throws -> PlanMeasureModel {
            try await PlanStore.addMeasure(
                PlanMeasure(subjectKey: key, item: "A", title: title, status: .running), year: 2027, trajectoryID: t,
                municipalityID: m, actor: .system, on: app.db)
        }
        let ticked = [
            ("indicatoren[]", try await indicator("Alle geregistreerde misdrijven", "h2").id!),
            ("indicatoren[]", try await indicator("Woninginbraken per jaar", "p1").id!),
            ("maatregelen[]", try await measure("Buurtpreventie-app", "p1").id!),
            ("maatregelen[]", try await measure("Cameratoezicht Markt", other.key).id!),
        ]
        let saved = try await post(
            PublicDashboardPages.settingsPath(m, t), ticked.map { ($0.0, $0.1.uuidString) } + [("publiceren", "ja")],
            as: coordinator)
        XCTAssertEqual(saved.status, .seeOther)
        let publication = try await PlanStore.publication(of: t, on: app.db)
        let token = try XCTUnwrap(publication?.token)
        var page = try await send(.GET, "/openbaar/\(token)", as: nil)
        for text in [
            "Alle geregistreerde misdrijven", "Woninginbraken per jaar", "Buurtpreventie-app", "Cameratoezicht Markt",
            "Overkoepelende doelen", "Overige thema&#39;s",
        ] {
            XCTAssertTrue(page.body.contains(text), "\(text) is shown")
        }
        XCTAssertTrue(page.body.contains("Concept — nog niet vastgesteld"))
        XCTAssertTrue(page.body.contains(#"id="bijgewerkt">Bijgewerkt op "#))
        try await PlanStore.recordDecision(
            document: "ivp", body: "Gemeenteraad", decidedOn: Date(), note: "", trajectoryID: t, municipalityID: m,
            actor: .system, on: app.db)
        page = try await send(.GET, "/openbaar/\(token)", as: nil)
        XCTAssertFalse(page.body.contains("Concept — nog niet vastgesteld"), "adopted by the council")
        let settings = try await send(.GET, PublicDashboardPages.settingsPath(m, t), as: coordinator)
        let publish = try XCTUnwrap(settings.body.range(of: "Dashboard publiceren"))
        let firstIndicator = try XCTUnwrap(settings.body.range(of: "Effectindicatoren"))
        XCTAssertLessThan(publish.lowerBound, firstIndicator.lowerBound, "the publish choice comes first")
    }
}
