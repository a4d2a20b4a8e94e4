import Foundation
import RegiekamerDomain
import RegiekamerViews
import XCTest

/// The timelines' labels: month labels never overlap however long the axis, and a milestone's label stays inside
/// the drawing at either edge.
final class TimelineLabelTests: XCTestCase {
    private let calendar = ProcessPlanning.dutchCalendar

    private func date(_ year: Int, _ month: Int, _ day: Int = 1) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    func testMonthLabelsAreThinnedSoThatTheyNeverOverlap() {
        for months in [3, 8, 14, 30, 50, 110] {
            let scale = MonthScale(
                from: date(2026, 1), to: date(2026, 1 + months - 1), calendar: calendar, left: 190, right: 20,
                width: 760)
            let every = scale.labelEvery
            let labelled = scale.months.enumerated().filter { $0.offset % every == 0 }.map { scale.x($0.element) }
            let gaps = zip(labelled, labelled.dropFirst()).map { $1 - $0 }
            XCTAssertTrue(gaps.allSatisfy { $0 >= 48 }, "\(months) months, every \(every): gaps \(gaps)")
            XCTAssertTrue([1, 2, 3, 6, 12].contains(every) || every % 12 == 0, "labels stay on quarters and years")
        }
        let short = MonthScale(from: date(2026, 1), to: date(2026, 6), calendar: calendar, left: 190, right: 20, width: 760)
        XCTAssertEqual(short.labelEvery, 1, "six months have room for every label")
    }

    func testAMilestoneLabelStaysInsideTheDrawingAtBothEdges() {
        let scale = MonthScale(from: date(2026, 1), to: date(2026, 12), calendar: calendar, left: 190, right: 20, width: 760)
        let long = 60
        for position in [190.0, 400, 740] {
            let place = scale.label(at: position, characters: long)
            let width = Double(long) * 6.5
            let (start, end) = place.anchor == "start" ? (place.x, place.x + width) : (place.x - width, place.x)
            XCTAssertGreaterThanOrEqual(start, 0, "at \(position)")
            XCTAssertLessThanOrEqual(end, 760, "at \(position)")
        }
        XCTAssertEqual(scale.label(at: 200, characters: 10).anchor, "start")
        XCTAssertEqual(scale.label(at: 740, characters: 10).anchor, "end")
    }
}
