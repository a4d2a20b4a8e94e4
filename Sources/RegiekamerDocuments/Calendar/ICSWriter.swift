import Foundation

/// Writes events as an iCalendar (RFC 5545) file that Outlook, Google Calendar and others import.
/// Lines end in CRLF and are folded at 75 octets; text is escaped as the standard requires.
public enum ICSWriter {
    public static func calendar(name: String, events: [CalendarEvent], timeZone: TimeZone, now: Date = Date()) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Regiekamer//Kernbeleid Veiligheid//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(escape(name))",
        ]
        let stamp = utcStamp(now)
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(escape(event.uid))")
            lines.append("DTSTAMP:\(stamp)")
            if event.allDay {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = timeZone
                let dayAfter = calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: event.end))!
                lines.append("DTSTART;VALUE=DATE:\(day(event.start, in: timeZone))")
                lines.append("DTEND;VALUE=DATE:\(day(dayAfter, in: timeZone))")
            } else {
                lines.append("DTSTART:\(utcStamp(event.start))")
                lines.append("DTEND:\(utcStamp(event.end))")
            }
            lines.append("SUMMARY:\(escape(event.title))")
            if !event.description.isEmpty { lines.append("DESCRIPTION:\(escape(event.description))") }
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Escapes backslash, semicolon, comma and newlines in TEXT values.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,")
            .replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Splits a content line into chunks of at most 75 octets, continuation lines starting with a space,
    /// never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var chunks: [String] = []
        var current = ""
        var currentBytes = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = chunks.isEmpty ? 75 : 74
            if currentBytes + size > limit {
                chunks.append(current)
                current = ""
                currentBytes = 0
            }
            current.append(character)
            currentBytes += size
        }
        chunks.append(current)
        return chunks.joined(separator: "\r\n ")
    }

    private static func utcStamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    private static func day(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyyMMdd"
        return formatter.string(from: date)
    }
}
