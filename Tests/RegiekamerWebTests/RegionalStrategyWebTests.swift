import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// The regional strategy in the browser: the joint coordinator builds a theme with its expert team and milestones
/// and sees it on the overview and the timeline; users of member municipalities read but may not change; users of
/// other municipalities do not even learn it exists; refusals are Dutch, name the field and keep what was typed.
final class RegionalStrategyWebTests: WebTestCase {
    var member: MunicipalityModel!
    var outsider: MunicipalityModel!
    var group: JointGroupModel!
    var coordinator: Browser!
    var g: UUID { group.id! }

    override func setUp() async throws {
        try await super.setUp()
        member = try await makeMunicipality("Gemeente Oostrand", code: "GM0101")
        outsider = try await makeMunicipality("Gemeente Westkust", code: "GM0102")
        let user = try await makeUser("regio@oostrand.nl", roles: [.coordinator], in: member)
        group = try await JointStore.create(
            name: "Veiligheidsstrategie Oost", kind: .regionalStrategy, policeUnit: "Eenheid Oost", periodStart: 2027, periodEnd: 2030,
            members: [(try member.requireID(), 40_000)], coordinatorIDs: [try user.requireID()], actor: .system, on: app.db)
        coordinator = try await signIn(user)
    }

    var today: CalendarDay { CalendarDay(Date()) }
    func day(_ offset: Int) -> String { CalendarDay(Date().addingTimeInterval(Double(offset) * 86_400)).description }

    /// Adds a theme through the form and returns its id.
    func addTheme(_ title: String = "Woninginbraken", kind: String = "inhoudelijk") async throws -> UUID {
        let reply = try await post(RegionalPaths.themes(g), [
            ("titel", title), ("soort", kind), ("burgemeester", "Joke Brinkhorst"), ("burgemeestergemeente", "Enschede"), ("doel", "Minder inbraken"),
        ], as: coordinator)
        XCTAssertEqual(reply.status, .seeOther, reply.body)
        let theme = try await RegionalThemeModel.query(on: app.db).filter(\.$title == title).first()
        return try XCTUnwrap(theme?.id)
    }

    /// Every strategy route with ids filled for this group's theme, team member and milestone.
    func strategyPaths(theme t: UUID) async throws -> [(method: HTTPMethod, path: String)] {
        let teamMember = try await RegionalStrategyStore.addMember(
            ExpertTeamMember(name: "Lid", role: .member, organisationKind: .police), themeID: t, groupID: g, actor: .system, on: app.db)
        let milestone = try await RegionalStrategyStore.setMilestone(
            RegionalMilestone(kind: .reportToRegionalBoard, planned: CalendarDay("2099-01-01"), done: nil), themeID: t, groupID: g, actor: .system, on: app.db)
        let values = [
            "groupID": g.uuidString, "regionalThemeID": t.uuidString, "teamMemberID": try teamMember.requireID().uuidString,
            "regionalMilestoneID": try milestone.requireID().uuidString,
        ]
        let routes = app.routes.all.filter { $0.path.contains(.constant("strategie")) }
        XCTAssertEqual(routes.count, 10)
        return try routes.map { route in
            let parts = try route.path.map { component -> String in
                switch component {
                case .constant(let text): return text
                case .parameter(let name): return try XCTUnwrap(values[name], name)
                default: return component.description
                }
            }
            return (route.method, "/" + parts.joined(separator: "/"))
        }
    }

    func fingerprint() async throws -> String {
        let themes = try await RegionalThemeModel.query(on: app.db).all().map { "\($0.title)|\($0.version)|\($0.status.rawValue)" }.sorted()
        let team = try await RegionalTeamMemberModel.query(on: app.db).count()
        let milestones = try await RegionalMilestoneModel.query(on: app.db).all().map { "\($0.kind.rawValue)|\($0.plannedOn ?? "")|\($0.doneOn ?? "")" }.sorted()
        let results = try await RegionalResultModel.query(on: app.db).count()
        let audit = try await AuditEntryModel.query(on: app.db).count()
        return "\(themes)|\(team)|\(milestones)|\(results)|\(audit)"
    }

    static let writeFields: [(String, String)] = [
        ("titel", "Gewijzigd"), ("soort", "inhoudelijk"), ("burgemeester", "X"), ("burgemeestergemeente", "Y"), ("opdracht", "Opdracht"),
        ("status", "concept"), ("versie", "1"), ("naam", "Z"), ("rol", "lid"), ("organisatiesoort", "politie"), ("mijlpaal", "team-gevormd"),
        ("gepland", "2015-01-01"), ("resultaat", "R"), ("aangeboden", "2015-01-01"),
    ]

    func testTheCoordinatorBuildsAThemeWithTeamAndMilestonesAndSeesItOnTheOverviewAndTimeline() async throws {
        let t = try await addTheme()
        let team: [[(String, String)]] = [
            [("naam", "Sander Oude Vrielink"), ("rol", "ambtelijk-trekker"), ("organisatiesoort", "gemeente"), ("organisatie", "Gemeente Enschede"), ("district", "Twente")],
            [("naam", "Joke Brinkhorst"), ("rol", "bestuurlijk-voorzitter"), ("organisatiesoort", "gemeente"), ("organisatie", "Gemeente Enschede"), ("district", "Twente")],
            [("naam", "Femke Ruiterkamp"), ("rol", "lid"), ("organisatiesoort", "politie")],
            [("naam", "Karim El Idrissi"), ("rol", "lid"), ("organisatiesoort", "openbaar-ministerie")],
        ]
        for fields in team {
            let reply = try await post(RegionalPaths.team(g, t), fields, as: coordinator)
            XCTAssertEqual(reply.status, .seeOther, reply.body)
        }
        for (kind, planned, done) in [("team-gevormd", day(-60), day(-50)), ("concept-opdracht", day(-10), ""), ("voorgelegd-aan-voorzitter", day(20), "")] {
            let reply = try await post(RegionalPaths.milestones(g, t), [("mijlpaal", kind), ("gepland", planned), ("gereed", done), ("versie-\(kind)", "0")], as: coordinator)
            XCTAssertEqual(reply.status, .seeOther, reply.body)
        }
        let draft = try await RegionalMilestoneModel.query(on: app.db).filter(\.$kind == .draftAssignment).first()
        let stale = try await post(RegionalPaths.milestone(g, t, try XCTUnwrap(draft?.id)), [("gereed", day(-1)), ("versie", "0")], as: coordinator)
        XCTAssertEqual(stale.status, .conflict, "a milestone changed since the page was read is not overwritten")
        XCTAssertTrue(stale.body.contains("intussen gewijzigd"))
        let marked = try await post(RegionalPaths.milestone(g, t, try XCTUnwrap(draft?.id)), [("gereed", day(-1)), ("versie", "1")], as: coordinator)
        XCTAssertEqual(marked.status, .seeOther, marked.body)
        let updated = try await post(RegionalPaths.theme(g, t), [
            ("titel", "Woninginbraken"), ("soort", "inhoudelijk"), ("burgemeester", "Joke Brinkhorst"), ("burgemeestergemeente", "Enschede"),
            ("opdracht", "Een regionaal draaiboek voor inbraakgolven"), ("status", "vastgesteld"), ("versie", "1"),
        ], as: coordinator)
        XCTAssertEqual(updated.status, .seeOther, updated.body)
        let lateTheme = try await addTheme("Informatievoorziening ordenen", kind: "randvoorwaardelijk")
        _ = try await post(RegionalPaths.milestones(g, lateTheme), [("mijlpaal", "team-gevormd"), ("versie-team-gevormd", "0"), ("gepland", day(-5))], as: coordinator)

        let overview = try await send(.GET, RegionalPaths.overview(g), as: coordinator)
        XCTAssertEqual(overview.status, .ok)
        for text in ["Inhoudelijke thema&#39;s", "Randvoorwaardelijke thema&#39;s", "Woninginbraken", "Burgemeester Joke Brinkhorst (Enschede)",
                     "Joke Brinkhorst (Gemeente Enschede, district Twente)", "Sander Oude Vrielink", "Vastgesteld door de BBG/stuurgroep",
                     "3. Opdracht voorgelegd aan de bestuurlijk voorzitter", "<svg", "Tijdlijn van de mijlpalen per thema",
                     "Mijlpalen per thema (dezelfde gegevens als de tijdlijn)", "gereed \(CalendarDay(day(-50))!.dutch)", "⚠ Te laat", "te laat"] {
            XCTAssertTrue(overview.body.contains(text), "overview lacks \(text)")
        }
        XCTAssertTrue(overview.body.contains("aria-labelledby='regio-title regio-desc'"))
        let page = try await send(.GET, RegionalPaths.theme(g, t), as: coordinator)
        XCTAssertEqual(page.status, .ok)
        for text in ["Een regionaal draaiboek voor inbraakgolven", "Femke Ruiterkamp", "Openbaar Ministerie", "2 van 5 mijlpalen gereed", "Leden van het expertteam"] {
            XCTAssertTrue(page.body.contains(text), "theme page lacks \(text)")
        }
        XCTAssertFalse(page.body.contains("er is nog geen"), "the team is complete")
        let audit = try await JointStore.history(of: g, limit: 100, on: app.db).count
        XCTAssertGreaterThanOrEqual(audit, 11, "every change is in the group's history")
    }

    func testAUserOfAMemberMunicipalityReadsButGets403OnEveryWrite() async throws {
        let t = try await addTheme()
        let paths = try await strategyPaths(theme: t)
        for role in [Role.workingGroupMember, .coordinator, .councilMember] {
            let reader = try await signIn(try await makeUser("\(role.rawValue)@oostrand.nl", roles: [role], in: member))
            let before = try await fingerprint()
            for (method, path) in paths {
                let reply = method == .POST ? try await post(path, Self.writeFields, as: reader) : try await send(method, path, as: reader)
                // A removal's confirmation page is part of the write: readers get 403 there too.
                let writes = method == .POST || path.hasSuffix("/verwijderen")
                XCTAssertEqual(reply.status, writes ? .forbidden : .ok, "\(role.rawValue) on \(method) \(path)")
                if method == .GET { XCTAssertFalse(reply.body.contains("Thema toevoegen") || reply.body.contains("Teamlid toevoegen"), "no forms for readers") }
            }
            let after = try await fingerprint()
            XCTAssertEqual(before, after, "\(role.rawValue) changed something")
        }
    }

    func testAUserOfANonMemberMunicipalityGets404OnEveryStrategyRoute() async throws {
        let t = try await addTheme()
        let paths = try await strategyPaths(theme: t)
        for role in Role.allCases {
            let stranger = try await signIn(try await makeUser("\(role.rawValue)@westkust.nl", roles: [role], in: outsider))
            let before = try await fingerprint()
            for (method, path) in paths {
                let reply = method == .POST ? try await post(path, Self.writeFields, as: stranger) : try await send(method, path, as: stranger)
                XCTAssertEqual(reply.status, .notFound, "\(role.rawValue) on \(method) \(path)")
                XCTAssertFalse(reply.body.contains("Woninginbraken") || reply.body.contains("Veiligheidsstrategie Oost"), "\(path) leaks")
            }
            let after = try await fingerprint()
            XCTAssertEqual(before, after, "\(role.rawValue) changed something")
        }
    }

    func testSubResourcesOfAnotherGroupOrAJointPlanAre404() async throws {
        let t = try await addTheme()
        let user = try await UserModel.query(on: app.db).filter(\.$email == "regio@oostrand.nl").first()!
        let other = try await JointStore.create(
            name: "Tweede strategie", kind: .regionalStrategy, policeUnit: "", periodStart: 2027, periodEnd: 2030,
            members: [(try member.requireID(), 1)], coordinatorIDs: [try user.requireID()], actor: .system, on: app.db)
        let o = try other.requireID()
        let foreignTheme = try await send(.GET, RegionalPaths.theme(o, t), as: coordinator)
        XCTAssertEqual(foreignTheme.status, .notFound)
        let foreignWrite = try await post(RegionalPaths.team(o, t), [("naam", "X"), ("rol", "lid"), ("organisatiesoort", "politie")], as: coordinator)
        XCTAssertEqual(foreignWrite.status, .notFound)
        let teamMember = try await RegionalStrategyStore.addMember(
            ExpertTeamMember(name: "Lid", role: .member, organisationKind: .police), themeID: t, groupID: g, actor: .system, on: app.db)
        let otherTheme = try await RegionalStrategyStore.addTheme(
            try RegionalStrategyRules.validate(RegionalThemeDraft(title: "Ander", kind: "inhoudelijk", mayorName: "A", mayorMunicipality: "B"), team: []).get(),
            groupID: g, actor: .system, on: app.db)
        let wrongTheme = try await post(RegionalPaths.removeMember(g, try otherTheme.requireID(), try teamMember.requireID()), [], as: coordinator)
        XCTAssertEqual(wrongTheme.status, .notFound, "a team member is removed only through its own theme")
        let plan = try await JointStore.create(
            name: "Gezamenlijk plan", kind: .jointPlan, policeUnit: "", periodStart: 2027, periodEnd: 2030,
            members: [(try member.requireID(), 1)], coordinatorIDs: [try user.requireID()], actor: .system, on: app.db)
        let noStrategy = try await send(.GET, RegionalPaths.overview(try plan.requireID()), as: coordinator)
        XCTAssertEqual(noStrategy.status, .notFound, "a joint plan has no regional strategy")
    }

    func testAResultForTheDriehoekOfANonMemberIsRefusedInDutch() async throws {
        let t = try await addTheme()
        let refused = try await post(RegionalPaths.results(g, t), [
            ("gemeente", try outsider.requireID().uuidString), ("resultaat", "Draaiboek inbraakgolven"), ("aangeboden", day(-1)),
        ], as: coordinator)
        XCTAssertEqual(refused.status, .badRequest)
        XCTAssertTrue(refused.body.contains("Gemeente: alleen de Driehoek van een deelnemende gemeente"), refused.body)
        XCTAssertTrue(refused.body.contains("Draaiboek inbraakgolven"), "what was typed stays")
        XCTAssertFalse(refused.body.contains("Gemeente Westkust"), "the form does not offer a non-member")
        let none = try await RegionalResultModel.query(on: app.db).count()
        XCTAssertEqual(none, 0)
        let accepted = try await post(RegionalPaths.results(g, t), [
            ("gemeente", try member.requireID().uuidString), ("resultaat", "Draaiboek inbraakgolven"), ("aangeboden", day(-1)),
        ], as: coordinator)
        XCTAssertEqual(accepted.status, .seeOther)
        let page = try await send(.GET, RegionalPaths.theme(g, t), as: coordinator)
        XCTAssertTrue(page.body.contains("Gemeente Oostrand") && page.body.contains("Draaiboek inbraakgolven"))
    }

    func testAStaleVersionGives409WithADutchMessage() async throws {
        let t = try await addTheme()
        let fields: [(String, String)] = [
            ("titel", "Woninginbraken"), ("soort", "inhoudelijk"), ("burgemeester", "Joke Brinkhorst"), ("burgemeestergemeente", "Enschede"),
            ("opdracht", "Eerste versie van de opdracht"), ("status", "concept"),
        ]
        let first = try await post(RegionalPaths.theme(g, t), fields + [("versie", "1")], as: coordinator)
        XCTAssertEqual(first.status, .seeOther)
        let stale = try await post(RegionalPaths.theme(g, t), [
            ("titel", "Woninginbraken"), ("soort", "inhoudelijk"), ("burgemeester", "Joke Brinkhorst"), ("burgemeestergemeente", "Enschede"),
            ("opdracht", "Tweede versie"), ("status", "concept"), ("versie", "1"),
        ], as: coordinator)
        XCTAssertEqual(stale.status, .conflict)
        XCTAssertTrue(stale.body.contains("Iemand anders heeft dit thema intussen gewijzigd"))
        XCTAssertTrue(stale.body.contains("Tweede versie"), "the lost text is shown so it can be copied")
        let model = try await RegionalThemeModel.find(t, on: app.db)
        XCTAssertEqual(model?.assignment, "Eerste versie van de opdracht")
        XCTAssertEqual(model?.version, 2)
    }

    func testBadInputNamesTheFieldAnswers400AndKeepsWhatWasTyped() async throws {
        let noMayor = try await post(RegionalPaths.themes(g), [("titel", "Hennepteelt in het buitengebied"), ("soort", "inhoudelijk")], as: coordinator)
        XCTAssertEqual(noMayor.status, .badRequest)
        XCTAssertTrue(noMayor.body.contains("Adopterende burgemeester: vul de naam in"))
        XCTAssertTrue(noMayor.body.contains("value=\"Hennepteelt in het buitengebied\""))
        let t = try await addTheme()
        let cases: [(path: String, fields: [(String, String)], message: String, kept: String)] = [
            (RegionalPaths.theme(g, t), [("titel", "Woninginbraken"), ("soort", "inhoudelijk"), ("burgemeester", "Joke Brinkhorst"), ("burgemeestergemeente", "Enschede"), ("status", "vastgesteld"), ("versie", "1"), ("doel", "Getypt doel")],
             "Status van de opdracht: een opdracht kan pas", "Getypt doel"),
            (RegionalPaths.team(g, t), [("naam", "Bas Wolters"), ("rol", "lid"), ("organisatiesoort", "gemeente")], "District (DVO):", "value=\"Bas Wolters\""),
            (RegionalPaths.milestones(g, t), [("mijlpaal", "concept-opdracht"), ("versie-concept-opdracht", "0"), ("gepland", "2 april")], "Gepland op: ‘2 april’ is geen datum", "value=\"2 april\""),
            (RegionalPaths.milestones(g, t), [("mijlpaal", "concept-opdracht"), ("versie-concept-opdracht", "0"), ("gepland", day(-3)), ("gereed", day(30))], "Gereed op: een mijlpaal kan niet in de toekomst gereed zijn", day(30)),
            (RegionalPaths.milestones(g, t), [("mijlpaal", "team-gevormd"), ("versie-team-gevormd", "0"), ("gepland", day(-30)), ("gereed", day(-20))], "het expertteam is pas gevormd", day(-20)),
            (RegionalPaths.results(g, t), [("gemeente", try member.requireID().uuidString), ("resultaat", ""), ("aangeboden", "morgen")], "Resultaat: beschrijf", "value=\"morgen\""),
        ]
        for check in cases {
            let reply = try await post(check.path, check.fields, as: coordinator)
            XCTAssertEqual(reply.status, .badRequest, check.message)
            XCTAssertTrue(reply.body.contains(check.message), "missing '\(check.message)'")
            XCTAssertTrue(reply.body.contains(check.kept), "lost '\(check.kept)'")
            XCTAssertTrue(reply.body.contains("aria-invalid=\"true\""), "the field is marked")
        }
        _ = try await post(RegionalPaths.milestones(g, t), [("mijlpaal", "voorgelegd-aan-voorzitter"), ("versie-voorgelegd-aan-voorzitter", "0"), ("gepland", day(10))], as: coordinator)
        let order = try await post(RegionalPaths.milestones(g, t), [("mijlpaal", "voortgang-stuurgroep"), ("versie-voortgang-stuurgroep", "0"), ("gepland", day(5))], as: coordinator)
        XCTAssertEqual(order.status, .badRequest)
        XCTAssertTrue(order.body.contains("volgt op ‘Opdracht voorgelegd aan de bestuurlijk voorzitter’"), order.body)
    }

    func testScriptInEveryFieldComesBackEscaped() async throws {
        let payload = HostileInputTests.payload
        let t = try await addTheme()
        let fields = ["titel", "burgemeester", "burgemeestergemeente", "doel", "opdracht", "naam", "organisatie", "district", "resultaat", "gepland"]
        _ = try await post(RegionalPaths.theme(g, t), fields.map { ($0, payload) } + [("soort", "inhoudelijk"), ("status", "concept"), ("versie", "1")], as: coordinator)
        _ = try await post(RegionalPaths.team(g, t), fields.map { ($0, payload) } + [("rol", "lid"), ("organisatiesoort", "gemeente")], as: coordinator)
        _ = try await post(RegionalPaths.results(g, t), [("gemeente", try member.requireID().uuidString), ("resultaat", payload), ("aangeboden", day(-1))], as: coordinator)
        _ = try await post(RegionalPaths.milestones(g, t), [("mijlpaal", "team-gevormd"), ("versie-team-gevormd", "0"), ("gepland", payload)], as: coordinator)
        let stored = try await RegionalThemeModel.find(t, on: app.db)
        XCTAssertEqual(stored?.assignment, payload, "the payload was stored")
        var replies = [try await send(.GET, RegionalPaths.overview(g), as: coordinator), try await send(.GET, RegionalPaths.theme(g, t), as: coordinator)]
        replies.append(try await post(RegionalPaths.milestones(g, t), [("mijlpaal", payload), ("gepland", payload)], as: coordinator))
        replies.append(try await post(RegionalPaths.themes(g), fields.map { ($0, payload) }, as: coordinator))
        for reply in replies {
            for marker in HostileInputTests.rawMarkers { XCTAssertFalse(reply.body.contains(marker), "unescaped \(marker)") }
            XCTAssertTrue(reply.body.contains(HostileInputTests.escapedMarker))
        }
    }
}
