import RegiekamerDomain
import XCTest

/// The regional strategy: a theme is adopted by a mayor, its expert team has a chair and a lead, an assignment is
/// adopted only after a draft exists, milestones follow their fixed order and are not done in the future, results
/// go only to member municipalities' Driehoeken; summaries per theme and for the whole strategy.
final class RegionalStrategyRulesTests: XCTestCase {
    let today = CalendarDay(year: 2015, month: 6, day: 1)!
    let chair = ExpertTeamMember(name: "A. Verbeek", role: .chair, organisationKind: .municipality, organisation: "Gemeente Lochem", district: "IJsselland")
    let lead = ExpertTeamMember(name: "B. Smit", role: .lead, organisationKind: .police)

    func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    func draft(status: AssignmentStatus = .none, assignment: String = "") -> RegionalThemeDraft {
        RegionalThemeDraft(title: "Woninginbraken", kind: "inhoudelijk", mayorName: "Verbeek", mayorMunicipality: "Lochem", assignment: assignment, status: status.rawValue)
    }

    func testCalendarDayParsesOnlyRealDays() {
        XCTAssertEqual(CalendarDay("2015-04-02")?.dutch, "2 april 2015")
        XCTAssertNil(CalendarDay("2015-02-30"))
        XCTAssertNil(CalendarDay("2-4-2015"))
        XCTAssertNil(CalendarDay(""))
        XCTAssertLessThan(day("2015-04-02"), day("2015-06-25"))
        XCTAssertEqual(day("2015-03-01").ordinal - day("2015-02-28").ordinal, 1)
        XCTAssertEqual(day("2016-12-31").firstOfNextMonth, day("2017-01-01"))
    }

    func testAThemeNeedsTitleKindAndAdoptingMayor() {
        let failures = RegionalStrategyRules.validate(RegionalThemeDraft(title: " ", kind: "x", mayorName: "", mayorMunicipality: ""), team: [])
        guard case .failure(let all) = failures else { return XCTFail("accepted") }
        XCTAssertEqual(Set(all.all.map(\.field)), ["titel", "soort", "burgemeester", "burgemeestergemeente"])
        XCTAssertTrue(all.all.allSatisfy { $0.message.contains(":") })
        let settings = try? RegionalStrategyRules.validate(draft(), team: []).get()
        XCTAssertEqual(settings?.mayor.label, "Burgemeester Verbeek (Lochem)")
        XCTAssertEqual(settings?.kind, .substantive)
    }

    func testAnAssignmentIsAdoptedOnlyAfterADraftAndWithACompleteTeam() {
        guard case .failure(let noText) = RegionalStrategyRules.validate(draft(status: .adopted), team: [chair, lead]) else { return XCTFail() }
        XCTAssertEqual(noText.all.map(\.field), ["status"])
        XCTAssertTrue(noText.all[0].message.contains("concept"))
        guard case .failure(let noLead) = RegionalStrategyRules.validate(draft(status: .adopted, assignment: "Opdracht"), team: [chair]) else { return XCTFail() }
        XCTAssertTrue(noLead.all[0].message.contains("ambtelijk trekker"))
        XCTAssertNoThrow(try RegionalStrategyRules.validate(draft(status: .adopted, assignment: "Opdracht"), team: [chair, lead]).get())
        XCTAssertNoThrow(try RegionalStrategyRules.validate(draft(status: .draft, assignment: "Opdracht"), team: []).get(), "a draft needs no team yet")
    }

    func testATeamNeedsAChairAndALeadAndHasOneOfEach() {
        XCTAssertEqual(RegionalStrategyRules.teamProblems([]).count, 2)
        XCTAssertEqual(RegionalStrategyRules.teamProblems([chair, lead]), [])
        let second = RegionalStrategyRules.validate(ExpertTeamMemberDraft(name: "C", role: "bestuurlijk-voorzitter", organisationKind: "politie"), existing: [chair])
        guard case .failure(let refused) = second else { return XCTFail() }
        XCTAssertEqual(refused.all.map(\.field), ["rol"])
        let official = RegionalStrategyRules.validate(ExpertTeamMemberDraft(name: "D", role: "lid", organisationKind: "gemeente"), existing: [])
        guard case .failure(let noDistrict) = official else { return XCTFail() }
        XCTAssertEqual(noDistrict.all.map(\.field), ["district"])
        let riec = try? RegionalStrategyRules.validate(ExpertTeamMemberDraft(name: "E", role: "lid", organisationKind: "riec", district: "genegeerd"), existing: []).get()
        XCTAssertEqual(riec?.district, "", "only a municipal official names a district")
    }

    func testMilestonesAreNotDoneInTheFutureAndFollowTheFixedOrder() {
        let others = [RegionalMilestone(kind: .draftAssignment, planned: day("2015-03-15"), done: nil)]
        let future = RegionalStrategyRules.validate(.init(kind: "concept-opdracht", planned: "2015-03-15", done: "2015-07-01"), others: others, team: [], today: today)
        guard case .failure(let tooEarly) = future else { return XCTFail() }
        XCTAssertEqual(tooEarly.all.map(\.field), ["gereed"])
        let outOfOrder = RegionalStrategyRules.validate(.init(kind: "voorgelegd-aan-voorzitter", planned: "2015-03-01", done: ""), others: others, team: [], today: today)
        guard case .failure(let order) = outOfOrder else { return XCTFail() }
        XCTAssertEqual(order.all.map(\.field), ["gepland"])
        XCTAssertTrue(order.all[0].message.contains("Concept-opdracht"))
        let fine = try? RegionalStrategyRules.validate(.init(kind: "voorgelegd-aan-voorzitter", planned: "2015-04-02", done: ""), others: others, team: [], today: today).get()
        XCTAssertEqual(fine?.planned, day("2015-04-02"))
        let bad = RegionalStrategyRules.validate(.init(kind: "onbekend", planned: "2 april", done: ""), others: [], team: [], today: today)
        guard case .failure(let both) = bad else { return XCTFail() }
        XCTAssertEqual(Set(both.all.map(\.field)), ["mijlpaal", "gepland"])
    }

    func testTheTeamIsFormedOnlyWithChairAndLead() {
        let formed = RegionalStrategyRules.validate(.init(kind: "team-gevormd", planned: "2015-02-01", done: "2015-02-11"), others: [], team: [lead], today: today)
        guard case .failure(let refused) = formed else { return XCTFail() }
        XCTAssertTrue(refused.all[0].message.contains("bestuurlijk voorzitter"))
        XCTAssertNoThrow(try RegionalStrategyRules.validate(.init(kind: "team-gevormd", planned: "2015-02-01", done: "2015-02-11"), others: [], team: [chair, lead], today: today).get())
    }

    func testResultsGoOnlyToMemberMunicipalities() {
        let members = ["m1": "Ede"]
        let refused = RegionalStrategyRules.validate(DriehoekResultDraft(municipality: "m2", description: "Werkwijze", handedOver: "2015-05-01"), members: members, today: today)
        guard case .failure(let failures) = refused else { return XCTFail() }
        XCTAssertEqual(failures.all.map(\.field), ["gemeente"])
        XCTAssertTrue(failures.all[0].message.contains("deelnemende gemeente"))
        let accepted = try? RegionalStrategyRules.validate(DriehoekResultDraft(municipality: "m1", description: "Werkwijze", handedOver: "2015-05-01"), members: members, today: today).get()
        XCTAssertEqual(accepted?.handedOver, day("2015-05-01"))
        let future = RegionalStrategyRules.validate(DriehoekResultDraft(municipality: "m1", description: "", handedOver: "2016-01-01"), members: members, today: today)
        guard case .failure(let later) = future else { return XCTFail() }
        XCTAssertEqual(later.all.map(\.field), ["resultaat", "aangeboden"])
    }

    func testSummariesNameTheNextAndLateMilestonesAndCountThemes() {
        let milestones = [
            RegionalMilestone(kind: .teamFormed, planned: day("2015-02-01"), done: day("2015-02-11")),
            RegionalMilestone(kind: .draftAssignment, planned: day("2015-03-15"), done: nil),
            RegionalMilestone(kind: .presentedToChair, planned: day("2015-04-02"), done: nil),
            RegionalMilestone(kind: .progressToSteeringGroup, planned: day("2015-06-25"), done: nil),
        ]
        let theme = RegionalThemeSummary.make(kind: .substantive, status: .draft, milestones: milestones, today: today)
        XCTAssertEqual(theme.next?.kind, .draftAssignment)
        XCTAssertEqual(theme.late.map(\.kind), [.draftAssignment, .presentedToChair])
        XCTAssertEqual(theme.progressText, "1 van 5 mijlpalen gereed")
        let quiet = RegionalThemeSummary.make(kind: .enabling, status: .none, milestones: [], today: today)
        XCTAssertEqual(quiet.next?.kind, .teamFormed)
        XCTAssertEqual(quiet.late, [])
        let strategy = RegionalStrategySummary.make([theme, quiet, theme])
        XCTAssertEqual(strategy.count(.substantive), 2)
        XCTAssertEqual(strategy.count(.enabling), 1)
        XCTAssertEqual(strategy.count(.draft), 2)
        XCTAssertEqual(strategy.count(.completed), 0)
        XCTAssertEqual(strategy.lateMilestones, 4)
        XCTAssertEqual(strategy.themesWithLateMilestones, 2)
    }
}
