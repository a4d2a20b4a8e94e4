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

    /// Escapes backslash, semicolon, comma and line ends (CRLF, LF or a lone CR) in TEXT values, and leaves out
    /// the other control characters, which TEXT may not hold (RFC 5545, 3.3.11).
    static func escape(_ text: String) -> String {
        // Scalar by scalar: a search for "\n" as text would miss a line end followed by a combining mark.
        var escaped = String.UnicodeScalarView()
        for scalar in cleaned(text).unicodeScalars {
            switch scalar {
            case "\\", ";", ",": escaped.append("\\"); escaped.append(scalar)
            case "\n": escaped.append("\\"); escaped.append("n")
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// The text as a calendar keeps it: every line end a single LF, no control characters but tab and LF.
    public static func cleaned(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: scalars.append("\n")
            case 0x0A where previousWasCR: continue
            case 0x09, 0x0A: scalars.append(scalar)
            case 0x00...0x1F, 0x7F: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Splits a content line into chunks of at most 75 octets, continuation lines starting with a space,
    /// never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var chunks: [String] = []
        var current = String.UnicodeScalarView()
        var currentBytes = 0
        // By scalar, not by character: one character with many combining marks can be longer than a line.
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            let limit = chunks.isEmpty ? 75 : 74
            if currentBytes + size > limit {
                chunks.append(String(current))
                current = String.UnicodeScalarView()
                currentBytes = 0
            }
            current.append(scalar)
            currentBytes += size
        }
        chunks.append(String(current))
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
