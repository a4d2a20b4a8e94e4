import Foundation
import RegiekamerDomain
import XCTest

final class ProcessPlanningTests: XCTestCase {
    private let calendar = ProcessPlanning.dutchCalendar

    private func day(_ text: String) -> Date {
        let parts = text.split(separator: "-").map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    }

    func testDefaultWindowsFollowTheHandbookUpperDurations() {
        let planning = ProcessPlanning(start: day("2027-01-04"))
        let windows = planning.windows(calendar: calendar)
        XCTAssertEqual(windows.map(\.step), [.startup, .safetyAnalysis, .prioritisation, .safetyPlan, .implementationPlan])
        XCTAssertEqual(windows.map { planning.length(of: $0.step) }, [6, 10, 4, 8, 6])
        XCTAssertEqual(windows[0].end, day("2027-02-15"))
        XCTAssertEqual(windows[1].start, windows[0].end)
        XCTAssertEqual(planning.planEnd(calendar: calendar), day("2027-08-30"), "34 weeks (238 days) after the start")
    }

    func testStepsFourAndFiveInParallelShortenThePlan() {
        let planning = ProcessPlanning(start: day("2027-01-04"), stepsFourAndFiveInParallel: true)
        let windows = planning.windows(calendar: calendar)
        XCTAssertEqual(windows[4].start, windows[3].start)
        XCTAssertEqual(planning.planEnd(calendar: calendar), day("2027-07-19"), "28 weeks: step 5 runs inside step 4's eight weeks")
    }

    func testCoordinatorLengthsOverrideDefaults() {
        let planning = ProcessPlanning(start: day("2027-01-04"), weeks: [.startup: 4, .safetyAnalysis: 8])
        XCTAssertEqual(planning.windows(calendar: calendar)[1].start, day("2027-02-01"))
        XCTAssertEqual(planning.planEnd(calendar: calendar), day("2027-08-02"), "30 weeks")
    }

    func testCoordinatorDaysAddUp() {
        XCTAssertEqual(ProcessPlanning(start: Date()).coordinatorDays, 26...32)
    }

    func testWarnsWhenRunningPastTheEndDateAndOnTooManyMeetings() {
        var planning = ProcessPlanning(start: day("2027-01-04"), endDate: day("2027-07-31"))
        planning.milestones = (1...7).map { Milestone(kind: .workingGroupMeeting, title: "Bijeenkomst \($0)", date: day("2027-0\(min($0, 6))-10")) }
        let warnings = planning.warnings(calendar: calendar)
        XCTAssertTrue(warnings.contains(.runsPastEndDate(planEnd: day("2027-08-30"), endDate: day("2027-07-31"))))
        XCTAssertTrue(warnings.contains(.tooManyWorkingGroupMeetings(count: 7)))
        XCTAssertTrue(warnings.allSatisfy { !$0.message.isEmpty })

        planning.stepsFourAndFiveInParallel = true
        planning.milestones.removeLast()
        XCTAssertEqual(planning.warnings(calendar: calendar), [], "six meetings and a plan that now ends in July, before the end date")
    }

    func testMilestoneOutsideThePlanIsFlagged() {
        let planning = ProcessPlanning(start: day("2027-01-04"), milestones: [.init(kind: .other, title: "Te vroeg", date: day("2026-12-01"))])
        XCTAssertEqual(planning.warnings(calendar: calendar), [.milestoneOutsidePlan(title: "Te vroeg")])
    }

    func testValidationNamesTheFields() {
        XCTAssertEqual(ProcessPlanning.validate(start: nil, endDate: nil, weeks: [:]).map(\.field), ["startdatum"])
        XCTAssertEqual(ProcessPlanning.validate(start: day("2027-05-01"), endDate: day("2027-04-01"), weeks: [:]).map(\.field), ["einddatum"])
        XCTAssertEqual(ProcessPlanning.validate(start: day("2027-05-01"), endDate: nil, weeks: [.prioritisation: 0]).map(\.field), ["weken-3"])
    }
}
