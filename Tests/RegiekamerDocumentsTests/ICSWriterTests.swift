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

    // Found by the fuzzer (RegiekamerFuzz): a lone CR ended the line early, a line end followed by a combining mark
    // slipped through unescaped, and one character with many combining marks made a line longer than 75 octets.
    func testLoneCRCombiningMarksAndControlCharactersStayInsideTheirLine() {
        XCTAssertEqual(ICSWriter.escape("a\rb\r\nc\n\u{301}d\u{0}e"), "a\\nb\\nc\\n\u{301}de")
        let long = "e" + String(repeating: "\u{301}", count: 60)
        let event = CalendarEvent(uid: "b@regiekamer", title: long, start: date("2027-03-10 10:00"), end: date("2027-03-10 11:00"), allDay: false)
        let ics = ICSWriter.calendar(name: "IVP", events: [event], timeZone: amsterdam, now: date("2027-01-01 12:00"))
        for line in ics.utf8.split(separator: 0x0A) {
            XCTAssertLessThanOrEqual(line.count - 1, 75)
        }
        // Unfold on bytes: a text search would read "\r\n " plus a combining mark as one character.
        var unfolded: [UInt8] = []
        for byte in Array(ics.utf8) {
            unfolded.append(byte)
            if unfolded.suffix(3) == [0x0D, 0x0A, 0x20] { unfolded.removeLast(3) }
        }
        XCTAssertNotNil(unfolded.firstRange(of: Array(("SUMMARY:" + long + "\r\n").utf8)))
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
