import Foundation
import RegiekamerDomain

/// Draws the milestones of all themes of a regional strategy on one month scale: a row per theme, each milestone
/// at its done date (or planned date) with its number, a line for today and a legend. Meaning is carried by shape
/// and text, not only colour: done is a filled circle, planned an open diamond, late a triangle. The page shows
/// the same facts in a table for screen readers.
package struct RegionalTimelineSVG {
    package struct Row {
        package let title: String
        package let milestones: [RegionalMilestone]

        /// The memberwise initializer, visible to the web target.
        package init(title: String, milestones: [RegionalMilestone]) {
            self.title = title
            self.milestones = milestones
        }
    }

    package let rows: [Row]
    package let today: CalendarDay

    package init(rows: [Row], today: CalendarDay) {
        self.rows = rows
        self.today = today
    }

    private let width = 760.0
    private let left = 210.0
    private let right = 20.0
    private let rowHeight = 34.0
    private let top = 36.0
    private static let calendar = ProcessPlanning.dutchCalendar

    package static func date(_ day: CalendarDay) -> Date {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
    }

    /// Where a milestone is drawn: when it was done, otherwise when it is planned; nil when neither is known.
    package static func position(_ milestone: RegionalMilestone) -> CalendarDay? { milestone.done ?? milestone.planned }

    package func render() -> String {
        let days = rows.flatMap { $0.milestones.compactMap(Self.position) } + [today]
        let scale = MonthScale(
            from: Self.date(days.min()!), to: Self.date(days.max()!), calendar: Self.calendar, left: left, right: right,
            width: width)
        let bottom = top + rowHeight * Double(max(rows.count, 1))
        let height = bottom + 56
        var svg =
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(Int(width)) \(Int(height))' role='img' aria-labelledby='regio-title regio-desc'>"
        svg += "<title id='regio-title'>Tijdlijn van de mijlpalen per thema</title>"
        svg += "<desc id='regio-desc'>\(HTML.escape(description()))</desc>"
        svg += "<g font-family='Arial, sans-serif' font-size='12' fill='#1b1b1b'>"
        svg += scale.grid(top: top, bottom: bottom)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index) + rowHeight / 2
            svg += "<text x='8' y='\(f(y + 4))'>\(HTML.escape(Self.shorten(row.title)))</text>"
            svg +=
                "<line x1='\(f(left))' y1='\(f(y))' x2='\(f(width - right))' y2='\(f(y))' stroke='#e3e6ea' stroke-width='1'/>"
            for milestone in row.milestones {
                guard let day = Self.position(milestone) else { continue }
                let x = scale.x(Self.date(day))
                svg += marker(milestone, x: x, y: y)
                svg +=
                    "<text x='\(f(x))' y='\(f(y - 9))' text-anchor='middle' font-size='10'>\(milestone.kind.number)</text>"
            }
        }
        let now = scale.x(Self.date(today))
        svg +=
            "<line x1='\(f(now))' y1='\(f(top - 4))' x2='\(f(now))' y2='\(f(bottom))' stroke='#1b1b1b' stroke-width='1.5' stroke-dasharray='4,3'/>"
        svg += "<text x='\(f(now + 3))' y='\(f(bottom + 12))'>vandaag</text>"
        let legendY = bottom + 36
        svg +=
            "<circle cx='\(f(left))' cy='\(f(legendY - 4))' r='5' fill='#1e6b30'/><text x='\(f(left + 10))' y='\(f(legendY))'>gereed</text>"
        svg +=
            "<path d='M\(f(left + 90)),\(f(legendY - 10)) l6,6 l-6,6 l-6,-6 z' fill='#fff' stroke='#00446e' stroke-width='2'/><text x='\(f(left + 100))' y='\(f(legendY))'>gepland</text>"
        svg +=
            "<path d='M\(f(left + 180)),\(f(legendY - 10)) l6,11 l-12,0 z' fill='#8a1c00'/><text x='\(f(left + 190))' y='\(f(legendY))'>te laat</text>"
        svg +=
            "<text x='\(f(left + 260))' y='\(f(legendY))'>cijfer = mijlpaal 1 tot en met \(RegionalMilestoneKind.allCases.count)</text>"
        svg += "</g></svg>"
        return svg
    }

    private func marker(_ milestone: RegionalMilestone, x: Double, y: Double) -> String {
        let tooltip = "<title>\(HTML.escape(RegionalTimelineSVG.state(milestone, today: today)))</title>"
        if milestone.isDone {
            return "<circle cx='\(f(x))' cy='\(f(y))' r='5' fill='#1e6b30'>\(tooltip)</circle>"
        }
        if milestone.isLate(today: today) {
            return "<path d='M\(f(x)),\(f(y - 6)) l6,11 l-12,0 z' fill='#8a1c00'>\(tooltip)</path>"
        }
        return
            "<path d='M\(f(x)),\(f(y - 6)) l6,6 l-6,6 l-6,-6 z' fill='#fff' stroke='#00446e' stroke-width='2'>\(tooltip)</path>"
    }

    /// "Concept-opdracht opgesteld: gepland op 15 maart 2015, te laat".
    package static func state(_ milestone: RegionalMilestone, today: CalendarDay) -> String {
        if let done = milestone.done { return "\(milestone.kind.label): gereed op \(done.dutch)" }
        guard let planned = milestone.planned else { return "\(milestone.kind.label): nog niet gepland" }
        return
            "\(milestone.kind.label): gepland op \(planned.dutch)\(milestone.isLate(today: today) ? ", te laat" : "")"
    }

    private func description() -> String {
        let done = rows.flatMap(\.milestones).filter(\.isDone).count
        let late = rows.flatMap(\.milestones).filter { $0.isLate(today: today) }.count
        return
            "\(rows.count) thema's; \(done) mijlpalen gereed, \(late) te laat. De tabel onder de tijdlijn geeft dezelfde gegevens."
    }

    private static func shorten(_ title: String) -> String {
        title.count > 30 ? String(title.prefix(29)) + "…" : title
    }

    private func f(_ value: Double) -> String { ChartFormat.f(value) }
}
