import Foundation

/// A horizontal time axis in whole months for the server-drawn timelines: from the first day of the earliest
/// date's month to the first day of the month after the latest, mapped onto `left…width-right`, with a labelled
/// grid line at the start of each month.
package struct MonthScale {
    package let calendar: Calendar
    package let startMonth: Date
    package let endMonth: Date
    package let left: Double
    package let right: Double
    package let width: Double

    package init(from first: Date, to last: Date, calendar: Calendar, left: Double, right: Double, width: Double) {
        self.calendar = calendar
        self.startMonth = calendar.date(from: calendar.dateComponents([.year, .month], from: first))!
        self.endMonth = calendar.date(
            byAdding: .month, value: 1, to: calendar.date(from: calendar.dateComponents([.year, .month], from: last))!)!
        self.left = left
        self.right = right
        self.width = width
    }

    package func x(_ date: Date) -> Double {
        let span = max(endMonth.timeIntervalSince(startMonth), 1)
        return left + (width - left - right) * date.timeIntervalSince(startMonth) / span
    }

    /// The first day of every month on the axis.
    package var months: [Date] {
        var months: [Date] = []
        var month = startMonth
        while month < endMonth {
            months.append(month)
            month = calendar.date(byAdding: .month, value: 1, to: month)!
        }
        return months
    }

    /// The widest month label ("sep 27" at 12 px) with room to breathe, in SVG units.
    static let labelWidth = 48.0

    /// How many months apart labels must be so that they never overlap: 1 on a roomy axis, 2, 3, 6 or 12 as the
    /// axis gets denser (so labels stay on quarters and years).
    package var labelEvery: Int {
        let perMonth = (width - left - right) / Double(max(months.count, 1))
        let needed = Int((Self.labelWidth / max(perMonth, 0.1)).rounded(.up))
        return [1, 2, 3, 6, 12].first { $0 >= needed } ?? 12 * ((needed + 11) / 12)
    }

    /// Where a label of `characters` characters starts and how it is anchored so that it stays inside the drawing:
    /// beside `position`, on whichever side has room, else pushed in from the edge.
    package func label(at position: Double, characters: Int, gap: Double = 10) -> (x: Double, anchor: String) {
        let textWidth = Double(characters) * 6.5
        if position + gap + textWidth <= width - 4 { return (position + gap, "start") }
        if position - gap - textWidth >= 4 { return (position - gap, "end") }
        return (max(4, width - 4 - textWidth), "start")
    }

    /// A grid line from `top - 8` to `bottom` and a short label ("apr 15") above it for each month; only every
    /// `every` months are labelled (by default `labelEvery`, so labels never overlap).
    package func grid(top: Double, bottom: Double, every: Int? = nil) -> String {
        let every = every ?? labelEvery
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "MMM yy"
        var svg = ""
        for (index, month) in months.enumerated() {
            let position = x(month)
            svg +=
                "<line x1='\(ChartFormat.f(position))' y1='\(ChartFormat.f(top - 8))' x2='\(ChartFormat.f(position))' y2='\(ChartFormat.f(bottom))' stroke='#c9cfd6' stroke-width='1'/>"
            if index % max(every, 1) == 0 {
                svg +=
                    "<text x='\(ChartFormat.f(position + 3))' y='\(ChartFormat.f(top - 14))'>\(HTML.escape(formatter.string(from: month)))</text>"
            }
        }
        return svg
    }
}
