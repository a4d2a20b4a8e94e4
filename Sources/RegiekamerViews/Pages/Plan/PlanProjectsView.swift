import Foundation
import RegiekamerDomain

/// The local projects beside a plan and the adopted measures of its neighbourhood safety plans, as the
/// Uitvoeringsplan and the progress dashboard show them, filtered by `area` when one is chosen.
package struct PlanProjectsView {
    /// One project with the tally of its measures.
    package struct Line {
        package let id: UUID
        package let name: String
        package let kind: ProjectKind
        package let focus: ProjectFocus
        package let area: String
        package let adopted: Int
        package let completed: Int

        package init(
            id: UUID, name: String, kind: ProjectKind, focus: ProjectFocus, area: String, adopted: Int,
            completed: Int
        ) {
            self.id = id
            self.name = name
            self.kind = kind
            self.focus = focus
            self.area = area
            self.adopted = adopted
            self.completed = completed
        }
    }

    /// An adopted measure of a neighbourhood safety plan.
    package struct NeighbourhoodMeasure {
        package let projectID: UUID
        package let area: String
        package let title: String
        package let owner: String
        package let planning: String
        package let cost: Double?
        package let status: MeasureStatus
        package let indicator: String
        package let indicatorValue: String

        package init(
            projectID: UUID, area: String, title: String, owner: String, planning: String, cost: Double?,
            status: MeasureStatus, indicator: String, indicatorValue: String
        ) {
            self.projectID = projectID
            self.area = area
            self.title = title
            self.owner = owner
            self.planning = planning
            self.cost = cost
            self.status = status
            self.indicator = indicator
            self.indicatorValue = indicatorValue
        }
    }

    package let lines: [Line]
    package let areas: [String]
    package let area: String?
    package let neighbourhoodMeasures: [NeighbourhoodMeasure]

    package init(lines: [Line], areas: [String], area: String?, neighbourhoodMeasures: [NeighbourhoodMeasure]) {
        self.lines = lines
        self.areas = areas
        self.area = area
        self.neighbourhoodMeasures = neighbourhoodMeasures
    }
}
