import Foundation
import RegiekamerDomain

/// The policy cycle as a calendar: per plan year twelve months, and one lane per kind of activity. Lanes carry
/// their name, so the drawing reads in black and white.
package struct CycleCalendarSVG {
    package let activities: [PolicyCycle.Activity]
    package let years: ClosedRange<Int>

    package static let lanes: [PolicyCycle.Kind] = [.figures, .analysis, .decision, .planning, .execution, .progress]

    package func render() -> String {
        let f = ChartFormat.f
        let left = 170.0
        let width = 760.0
        let laneHeight = 15.0
        let yearGap = 30.0
        let monthWidth = (width - left - 10) / 12
        let yearHeight = Double(Self.lanes.count) * laneHeight + yearGap
        let height = Double(years.count) * yearHeight + 10
        var svg =
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(Int(width)) \(Int(height))' role='img' aria-labelledby='cyclus-t cyclus-d' class='chart'>"
        svg += "<title id='cyclus-t'>Beleidscyclus \(years.lowerBound)–\(years.upperBound)</title>"
        svg +=
            "<desc id='cyclus-d'>Per jaar de activiteiten van de cyclus per maand; de tabel hieronder noemt ze allemaal.</desc>"
        svg += "<g font-family='Arial, sans-serif' font-size='11' fill='#1b1b1b'>"
        for (row, year) in years.enumerated() {
            let top = Double(row) * yearHeight + 18
            svg += "<text x='4' y='\(f(top - 4))' font-weight='bold'>\(year)</text>"
            for month in 0..<12 {
                let x = left + Double(month) * monthWidth
                svg +=
                    "<rect x='\(f(x))' y='\(f(top))' width='\(f(monthWidth))' height='\(f(laneHeight * Double(Self.lanes.count)))' fill='none' stroke='#c9cfd6'/>"
                if row == 0 {
                    svg += "<text x='\(f(x + 2))' y='\(f(top - 4))'>\(FigurePeriod.monthNames[month].prefix(3))</text>"
                }
            }
            for (lane, kind) in Self.lanes.enumerated() {
                let y = top + Double(lane) * laneHeight
                svg +=
                    "<text x='\(f(left - 6))' y='\(f(y + 11))' text-anchor='end'>\(HTML.escape(kind.rawValue))</text>"
                for activity in activities where activity.year == year && activity.kind == kind {
                    let x = left + Double(activity.startMonth - 1) * monthWidth
                    let barWidth = Double(activity.endMonth - activity.startMonth + 1) * monthWidth
                    let fill =
                        kind == .execution ? "fill='#d7dde3' stroke='#5c6670' stroke-width='0.8'" : "fill='#00446e'"
                    svg +=
                        "<rect x='\(f(x + 1))' y='\(f(y + 2))' width='\(f(barWidth - 2))' height='\(f(laneHeight - 4))' \(fill)><title>\(HTML.escape(activity.title))</title></rect>"
                }
            }
        }
        return svg + "</g></svg>"
    }

    /// The memberwise initializer, visible to the web target.
    package init(activities: [PolicyCycle.Activity], years: ClosedRange<Int>) {
        self.activities = activities
        self.years = years
    }
}
