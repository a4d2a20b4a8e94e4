import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

/// The regional strategy's store and demo: the demo fills a group with three substantive and three enabling
/// themes that satisfy the rules; edits are versioned and audited; results go only to members.
final class RegionalStrategyStoreTests: PersistenceTestCase {
    func makeGroup() async throws -> (group: JointGroupModel, member: MunicipalityModel, outsider: MunicipalityModel) {
        let member = MunicipalityModel(name: "Gemeente Oostrand", cbsCode: "GM0101")
        try await member.create(on: app.db)
        let outsider = MunicipalityModel(name: "Gemeente Westkust", cbsCode: "GM0102")
        try await outsider.create(on: app.db)
        let group = try await JointStore.create(
            name: "Veiligheidsstrategie Oost", kind: .regionalStrategy, policeUnit: "Eenheid Oost", periodStart: 2027, periodEnd: 2030,
            members: [(try member.requireID(), 40_000)], coordinatorIDs: [], actor: .system, on: app.db)
        return (group, member, outsider)
    }

    func testTheDemoFillsTheGroupWithSixThemesThatKeepTheRules() async throws {
        let (group, member, _) = try await makeGroup()
        let g = try group.requireID()
        try await DemoRegionalStrategy.load(groupID: g, on: app.db)
        let themes = try await RegionalStrategyStore.themes(of: g, on: app.db)
        XCTAssertEqual(themes.count, 6)
        XCTAssertEqual(themes.filter { $0.model.kind == .substantive }.count, 3)
        XCTAssertEqual(themes.filter { $0.model.kind == .enabling }.count, 3)
        XCTAssertEqual(themes.first?.model.kind, .substantive, "substantive themes come first")
        let today = CalendarDay(Date())
        for theme in themes {
            XCTAssertEqual(RegionalStrategyRules.teamProblems(theme.team.map(\.member)), [], theme.model.title)
            XCTAssertFalse(theme.model.mayorName.isEmpty)
            XCTAssertEqual(theme.milestones.count, 5)
            XCTAssertEqual(RegionalStrategyRules.orderProblems(theme.milestones.map(\.milestone)), [], theme.model.title)
            XCTAssertTrue(theme.milestones.allSatisfy { ($0.milestone.done ?? today) <= today })
            let kinds = Set(theme.team.map(\.organisationKind))
            XCTAssertTrue(kinds.contains(.police) || kinds.contains(.riec) || kinds.contains(.prosecution))
        }
        let all = Set(themes.flatMap { $0.team.map(\.organisationKind) })
        XCTAssertEqual(all, [.municipality, .police, .prosecution, .riec])
        let summaries = themes.map { $0.summary(today: today) }
        XCTAssertGreaterThan(summaries.map(\.doneCount).reduce(0, +), 0)
        XCTAssertGreaterThan(RegionalStrategySummary.make(summaries).lateMilestones, 0, "the demo shows late milestones")
        let results = themes.flatMap(\.results)
        XCTAssertEqual(results.count, 2)
        XCTAssertTrue(results.allSatisfy { $0.$municipality.id == member.id })
        XCTAssertGreaterThan(Set(themes.map(\.model.status)).count, 2)
        let audited = try await JointStore.history(of: g, limit: 500, on: app.db).count
        XCTAssertGreaterThan(audited, 50)

        try await DemoRegionalStrategy.load(groupID: g, on: app.db)
        let again = try await RegionalThemeModel.query(on: app.db).count()
        XCTAssertEqual(again, 6, "loading twice changes nothing")
    }

    func testAStaleVersionIsAConflictAndResultsGoOnlyToMembers() async throws {
        let (group, _, outsider) = try await makeGroup()
        let g = try group.requireID()
        let settings = try RegionalStrategyRules.validate(
            RegionalThemeDraft(title: "Woninginbraken", kind: "inhoudelijk", mayorName: "Jansen", mayorMunicipality: "Oostrand"), team: []).get()
        let theme = try await RegionalStrategyStore.addTheme(settings, groupID: g, actor: .system, on: app.db)
        let t = try theme.requireID()
        try await RegionalStrategyStore.updateTheme(t, settings, expectedVersion: 1, groupID: g, actor: .system, on: app.db)
        do {
            try await RegionalStrategyStore.updateTheme(t, settings, expectedVersion: 1, groupID: g, actor: .system, on: app.db)
            XCTFail("a stale version was saved")
        } catch JointStore.Refusal.conflict {}
        do {
            try await RegionalStrategyStore.addResult(
                "Draaiboek", handedOver: CalendarDay("2027-01-01")!, municipalityID: try outsider.requireID(), themeID: t, groupID: g, actor: .system, on: app.db)
            XCTFail("a non-member got a result")
        } catch let refusal as JointStore.Refusal {
            XCTAssertEqual(refusal.description, "Gemeente Gemeente Westkust hoort niet bij deze samenwerking.")
        }
        let other = try await JointStore.create(
            name: "Ander", kind: .regionalStrategy, policeUnit: "", periodStart: 2027, periodEnd: 2030, members: [], coordinatorIDs: [], actor: .system, on: app.db)
        let foreign = try await RegionalStrategyStore.theme(t, in: try other.requireID(), on: app.db)
        XCTAssertNil(foreign, "a theme is found only inside its own group")
        let entries = try await JointStore.history(of: g, on: app.db).map(\.summary)
        XCTAssertTrue(entries.contains { $0.contains("Woninginbraken") })
    }
}
