import Foundation
@testable import RegiekamerDocuments
import XCTest

final class ICSWriterTests: XCTestCase {
    private let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    private func date(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = amsterdam
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    func testAllDayEventsEndTheDayAfterAndLinesEndInCRLF() {
        let event = CalendarEvent(uid: "a@regiekamer", title: "Raadssessie prioriteiten", start: date("2027-03-10 00:00"), end: date("2027-03-10 00:00"), allDay: true)
        let ics = ICSWriter.calendar(name: "IVP", events: [event], timeZone: amsterdam, now: date("2027-01-01 12:00"))
        XCTAssertTrue(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        XCTAssertTrue(ics.contains("DTSTART;VALUE=DATE:20270310\r\n"))
        XCTAssertTrue(ics.contains("DTEND;VALUE=DATE:20270311\r\n"))
        XCTAssertTrue(ics.contains("DTSTAMP:20270101T110000Z\r\n"))
        XCTAssertTrue(ics.hasSuffix("END:VCALENDAR\r\n"))
        XCTAssertFalse(ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    func testTextIsEscaped() {
        XCTAssertEqual(ICSWriter.escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne")
    }

    func testLongLinesFoldAt75OctetsWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "é", count: 100)
        let folded = ICSWriter.fold(line)
        for part in folded.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(part.utf8.count, 75)
        }
        XCTAssertEqual(folded.replacingOccurrences(of: "\r\n ", with: ""), line)
    }
}
