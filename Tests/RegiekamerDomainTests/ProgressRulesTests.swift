import RegiekamerDomain
import XCTest

/// Step 6: quarters, who may update, lateness, on-track, the year picture and the follow-up plan.
final class ProgressRulesTests: XCTestCase {
    func testTheOverviewCountsOnlyRunningMeasuresAsReportingAndSumsMoney() {
        let overview = ProgressOverview.make(
            [
                .init(status: .running, updatedThisQuarter: true, budget: 10_000, spent: 2_500),
                .init(status: .delayed, updatedThisQuarter: false, budget: 5_000, spent: 0),
                .init(status: .completed, updatedThisQuarter: false, budget: nil, spent: 1_000),
                .init(status: .stopped, updatedThisQuarter: false, budget: 2_000, spent: 0),
            ], tracks: [.onTrack, .offTrack, .onTrack, .unknown])
        XCTAssertEqual(overview.measureCount, 4)
        XCTAssertEqual(overview.reporting, 2, "completed and stopped measures no longer report")
        XCTAssertEqual(overview.updated, 1)
        XCTAssertEqual(overview.planned, 17_000)
        XCTAssertEqual(overview.spent, 3_500)
        XCTAssertEqual(overview.statusCounts[.delayed], 1)
        XCTAssertEqual(overview.trackCounts[.onTrack], 2)
        XCTAssertEqual(overview.trackCounts[.offTrack], 1)
    }

    func testQuarters() {
        XCTAssertEqual(Quarter("2027-K2"), Quarter(year: 2027, number: 2))
        XCTAssertEqual(Quarter("2027q4")?.next, Quarter(year: 2028, number: 1))
        XCTAssertNil(Quarter("2027-K5"))
        XCTAssertEqual(Quarter(year: 2027, number: 3)?.label, "3e kwartaal 2027")
    }

    func testUpdatesOnlyInTheOpenQuarterByLeadOrCoordinator() {
        let quarter = Quarter(year: 2027, number: 1)!
        XCTAssertNil(ProgressRules.refusal(quarterIsOpen: true, isLead: true, isCoordinator: false, quarter: quarter))
        XCTAssertNil(ProgressRules.refusal(quarterIsOpen: true, isLead: false, isCoordinator: true, quarter: quarter))
        XCTAssertEqual(ProgressRules.refusal(quarterIsOpen: false, isLead: true, isCoordinator: true, quarter: quarter)?.field, "kwartaal")
        XCTAssertEqual(ProgressRules.refusal(quarterIsOpen: true, isLead: false, isCoordinator: false, quarter: quarter)?.field, "maatregel")
    }

    func testLateness() {
        let k1 = Quarter(year: 2027, number: 1)!, k2 = Quarter(year: 2027, number: 2)!
        let update = ProgressUpdate(quarter: k1, status: .running, realised: "", explanation: "", spent: nil)
        XCTAssertTrue(ProgressRules.isLate(status: .running, updates: [update], openQuarter: k2))
        XCTAssertFalse(ProgressRules.isLate(status: .running, updates: [update], openQuarter: k1))
        XCTAssertFalse(ProgressRules.isLate(status: .completed, updates: [], openQuarter: k2), "a finished measure owes nothing")
        XCTAssertFalse(ProgressRules.isLate(status: .running, updates: [], openQuarter: nil), "no open quarter, nothing due")
    }

    func testOnTrackAlongTheStraightPath() {
        // Baseline 100 in 2026, target 60 in 2030: the path expects 90 in 2027; slack is 25% of 40 = 10.
        let baseline = YearValue(year: 2026, value: 100), target = YearValue(year: 2030, value: 60)
        XCTAssertEqual(ProgressRules.track(baseline: baseline, target: target, direction: .lowerIsBetter, series: [YearValue(year: 2027, value: 99)]), .onTrack)
        XCTAssertEqual(ProgressRules.track(baseline: baseline, target: target, direction: .lowerIsBetter, series: [YearValue(year: 2027, value: 101)]), .offTrack)
        XCTAssertEqual(ProgressRules.track(baseline: baseline, target: target, direction: .lowerIsBetter, series: [YearValue(year: 2026, value: 100)]), .unknown, "no figure after the baseline yet")
        let up = ProgressRules.track(baseline: YearValue(year: 2026, value: 6.5), target: YearValue(year: 2030, value: 7.3), direction: .higherIsBetter, series: [YearValue(year: 2028, value: 6.6)])
        XCTAssertEqual(up, .offTrack, "halfway the path expects 6.9; 6.6 is below 6.9 - 0.2")
    }

    func testYearPictureAndFollowUpPlan() {
        let q = (1...4).map { Quarter(year: 2027, number: $0)! }
        let updates = [
            ProgressUpdate(quarter: q[0], status: .running, realised: "3 wijken", explanation: "", spent: 2_000),
            ProgressUpdate(quarter: q[2], status: .delayed, realised: "", explanation: "Capaciteit", spent: 1_500),
            ProgressUpdate(quarter: Quarter(year: 2028, number: 1)!, status: .completed, realised: "", explanation: "", spent: 9_999),
        ]
        let line = ProgressRules.yearLine(initial: .notStarted, updates: updates, year: 2027)
        XCTAssertEqual(line, .init(finalStatus: .delayed, quartersReported: 2, spent: 3_500, lastRealised: "3 wijken"))
        let measures = MeasureStatus.allCases.map { PlanMeasure(subjectKey: "p1", item: "A", title: $0.rawValue, status: $0) }
        XCTAssertEqual(ProgressRules.carriedOver(measures).map(\.status), [.notStarted, .running, .delayed])
        XCTAssertEqual(ProgressRules.statusCounts([.running, .running, .delayed]).first { $0.status == .running }?.count, 2)
    }
}

/// The policy cycle as a calendar.
final class PolicyCycleTests: XCTestCase {
    let period = try! PlanPeriod.validated(startYear: 2027, endYear: 2030).get()

    func testYearlyCycleHasEveryActivityEachYearAndNoPlanAfterTheEnd() {
        let activities = PolicyCycle.activities(period: period, rhythm: .yearly)
        XCTAssertEqual(activities.filter { $0.kind == .progress }.count, 16, "four progress meetings a year")
        XCTAssertEqual(activities.filter { $0.kind == .analysis }.map(\.year), [2027, 2028, 2029, 2030])
        XCTAssertEqual(activities.filter { $0.kind == .planning }.map(\.year), [2027, 2028, 2029], "no plan for 2031")
    }

    func testTwoYearRhythmEvaluatesEverySecondYear() {
        let activities = PolicyCycle.activities(period: period, rhythm: .twoYearly)
        XCTAssertEqual(activities.filter { $0.kind == .analysis }.map(\.year), [2028, 2030])
        XCTAssertEqual(activities.filter { $0.kind == .decision }.map(\.year), [2027, 2029])
        XCTAssertEqual(activities.filter { $0.kind == .planning }.map(\.year), [2028])
    }
}

/// The SMART checklist.
final class SmartCheckTests: XCTestCase {
    func testEveryLetterMustBeAnswered() {
        var answers = SmartAnswers(specific: "Minder inbraken in Noordwijk", measurable: "-15% aangiften", acceptable: "Politie en corporatie doen mee", realistic: "", timeBound: " ")
        XCTAssertEqual(SmartCheck.missing(answers), ["R", "T"])
        XCTAssertFalse(SmartCheck.isComplete(answers))
        answers.realistic = "Budget en capaciteit zijn toegezegd"
        answers.timeBound = "Eind 2028"
        XCTAssertTrue(SmartCheck.isComplete(answers))
        XCTAssertEqual(SmartCheck.missing(SmartAnswers(specific: "ok")), ["S", "M", "A", "R", "T"], "two letters are not an answer")
    }
}

/// Personal tasks and reported values.
final class TaskRulesTests: XCTestCase {
    func testCommentThreadsAndCells() {
        let me = UUID(), other = UUID()
        let t0 = Date(timeIntervalSince1970: 0)
        XCTAssertTrue(TaskRules.awaitsAnswer(from: me, authors: [(me, t0), (other, t0.addingTimeInterval(60))]))
        XCTAssertFalse(TaskRules.awaitsAnswer(from: me, authors: [(other, t0), (me, t0.addingTimeInterval(60))]))
        XCTAssertFalse(TaskRules.awaitsAnswer(from: me, authors: []))
        XCTAssertTrue(TaskRules.needsWriting(.draft))
        XCTAssertFalse(TaskRules.needsWriting(.ready))
    }

    func testRealisedValueInTheRightUnit() {
        XCTAssertNil(TaskRules.realisedProblem("32 controles", target: "40 controles"))
        XCTAssertNil(TaskRules.realisedProblem("32", target: "40 controles"), "a bare number is read in the target's unit")
        XCTAssertNil(TaskRules.realisedProblem("in voorbereiding", target: "drie wijken"), "a target without a number is not checked")
        XCTAssertEqual(TaskRules.realisedProblem("12 uur", target: "40 controles")?.message, "Gerealiseerd is in 'uur', maar de prestatie-indicator telt in 'controles'.")
        XCTAssertEqual(TaskRules.realisedProblem("veel", target: "40 controles")?.field, "gerealiseerd")
        XCTAssertEqual(TaskRules.quantity("12,5 %")?.value, 12.5)
        XCTAssertEqual(TaskRules.quantity("12,5 %")?.unit, "%")
    }
}
