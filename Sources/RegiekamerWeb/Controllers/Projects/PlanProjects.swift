import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The projects shown beside a trajectory's plan (on the Uitvoeringsplan and step 6's dashboard): the
/// municipality's projects serving this trajectory (or no trajectory) that the requester may open, and the adopted
/// measures of its neighbourhood safety plans, filtered by area (`?gebied=`).
struct PlanProjects {
    struct Line {
        let project: ProjectModel
        let measures: [ProjectMeasureModel]
    }

    let lines: [Line]
    let areas: [String]
    let area: String?

    var neighbourhoodMeasures: [(project: ProjectModel, measure: ProjectMeasureModel)] {
        lines.filter { $0.project.kind == .neighbourhoodPlan && (area == nil || $0.project.area == area) }
            .flatMap { line in line.measures.filter(\.adopted).map { (line.project, $0) } }
    }

    static func load(_ request: Request, _ scope: PlanScope) async throws -> PlanProjects {
        let participant: UUID?
        if scope.canEdit {
            participant = nil
        } else if let userID = scope.userID {
            participant = userID
        } else {
            return PlanProjects(lines: [], areas: [], area: nil)
        }
        let projects = try await ProjectStore.projects(of: scope.m, participant: participant, on: request.db)
            .filter { $0.$trajectory.id == nil || $0.$trajectory.id == scope.t }
        let measures = try await ProjectStore.measures(of: projects.compactMap(\.id), on: request.db)
        let lines = projects.map { project in
            Line(project: project, measures: measures.filter { $0.$project.id == project.id })
        }
        let areas = Array(Set(projects.filter { $0.kind == .neighbourhoodPlan }.map(\.area))).sorted()
        let asked = (try? request.query.get(String.self, at: "gebied")).flatMap { areas.contains($0) ? $0 : nil }
        return PlanProjects(lines: lines, areas: areas, area: asked)
    }
}

extension PlanProjects {
    /// The projects as the pages show them.
    var view: PlanProjectsView {
        PlanProjectsView(
            lines: lines.map { line in
                let adopted = line.measures.filter(\.adopted)
                return PlanProjectsView.Line(
                    id: line.project.id!, name: line.project.name, kind: line.project.kind, focus: line.project.focus,
                    area: line.project.area, adopted: adopted.count,
                    completed: adopted.filter { $0.status == .completed }.count)
            },
            areas: areas, area: area,
            neighbourhoodMeasures: neighbourhoodMeasures.map { project, measure in
                PlanProjectsView.NeighbourhoodMeasure(
                    projectID: project.id!, area: project.area, title: measure.title, owner: measure.owner,
                    planning: measure.planning, cost: measure.cost, status: measure.status,
                    indicator: measure.indicator, indicatorValue: measure.indicatorValue)
            })
    }
}
