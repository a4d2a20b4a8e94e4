import Foundation
import RegiekamerDomain

/// Draws the planning as a timeline: one bar per step against a month scale, milestones as diamonds below,
/// and the target end date as a dashed line, on a shared `MonthScale`. Attribute values are single-quoted and escaped.
package struct PlanningTimelineSVG {
    package let planning: ProcessPlanning

    private let width = 760.0
    private let left = 190.0
    private let right = 20.0
    private let rowHeight = 30.0
    private let top = 36.0

    package func render() -> String {
        let calendar = ProcessPlanning.dutchCalendar
        let windows = planning.windows(calendar: calendar)
        let milestones = planning.milestones.sorted { $0.date < $1.date }
        let first = ([planning.start] + milestones.map(\.date)).min()!
        let last =
            ([planning.planEnd(calendar: calendar), planning.endDate].compactMap { $0 } + milestones.map(\.date)).max()!
        let scale = MonthScale(from: first, to: last, calendar: calendar, left: left, right: right, width: width)
        func x(_ date: Date) -> Double { scale.x(date) }

        let milestoneTop = top + rowHeight * Double(windows.count) + 14
        let height = milestoneTop + 24 + 18 * Double(milestones.count) + 10
        var svg =
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 \(Int(width)) \(Int(height))' role='img' aria-labelledby='plan-title plan-desc'>"
        svg += "<title id='plan-title'>Tijdlijn van de planning</title>"
        svg += "<desc id='plan-desc'>\(HTML.escape(description(windows)))</desc>"
        svg += "<g font-family='Arial, sans-serif' font-size='12' fill='#1b1b1b'>"

        svg += scale.grid(top: top, bottom: milestoneTop)
        for (row, window) in windows.enumerated() {
            let y = top + rowHeight * Double(row)
            svg += "<text x='8' y='\(f(y + 18))'>\(window.step.rawValue). \(HTML.escape(window.step.title))</text>"
            let start = x(window.start)
            let end = x(window.end)
            svg +=
                "<rect x='\(f(start))' y='\(f(y + 5))' width='\(f(max(end - start, 2)))' height='\(f(rowHeight - 10))' rx='3' fill='#00446e'>"
            svg +=
                "<title>\(HTML.escape("\(window.step.title): \(DutchDate.day(window.start)) tot \(DutchDate.day(window.end))"))</title></rect>"
        }
        if let endDate = planning.endDate {
            let position = x(endDate)
            svg +=
                "<line x1='\(f(position))' y1='\(f(top - 4))' x2='\(f(position))' y2='\(f(milestoneTop))' stroke='#8a1c00' stroke-width='2' stroke-dasharray='5,4'/>"
            svg +=
                "<text x='\(f(position - 4))' y='\(f(milestoneTop + 12))' text-anchor='end' fill='#8a1c00'>gewenste einddatum</text>"
        }
        for (index, milestone) in milestones.enumerated() {
            let position = x(milestone.date)
            let y = milestoneTop + 24 + 18 * Double(index)
            svg += "<path d='M\(f(position)),\(f(y - 12)) l6,6 l-6,6 l-6,-6 z' fill='\(colour(milestone.kind))'/>"
            let text = "\(DutchDate.day(milestone.date)): \(milestone.title)"
            let place = scale.label(at: position, characters: text.count)
            svg +=
                "<text x='\(f(place.x))' y='\(f(y - 2))' text-anchor='\(place.anchor)'>\(HTML.escape(text))</text>"
        }
        svg += "</g></svg>"
        return svg
    }

    private func description(_ windows: [StepWindow]) -> String {
        let steps = windows.map {
            "stap \($0.step.rawValue) van \(DutchDate.day($0.start)) tot \(DutchDate.day($0.end))"
        }
        return "Planning: " + steps.joined(separator: "; ") + ". \(planning.milestones.count) mijlpalen."
    }

    private func colour(_ kind: Milestone.Kind) -> String {
        switch kind {
        case .workingGroupMeeting: "#1e6b30"
        case .councilSession: "#6b2c91"
        case .adoption: "#8a1c00"
        case .other: "#4a4a4a"
        }
    }

    private func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The memberwise initializer, visible to the web target.
    package init(planning: ProcessPlanning) {
        self.planning = planning
    }
}
