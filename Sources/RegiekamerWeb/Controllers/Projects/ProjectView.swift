import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import Vapor
import RegiekamerViews

/// Everything the project pages show, loaded once per request: participants, the six steps' records with the
/// tally of step 2, the responsibility matrix and the minutes.
struct ProjectView {
    /// Points each participant distributes over the problems in step 2.
    static let pointsBudget = 10

    let scope: ProjectScope
    let participants: [ProjectParticipantModel]
    let problems: [ProjectProblemModel]
    let tally: Tally
    let ownPoints: [UUID: Int]
    let currentMeasures: [ProjectCurrentMeasureModel]
    let objectives: [ProjectObjectiveModel]
    let measures: [ProjectMeasureModel]
    let matrix: ResponsibilityMatrix
    let minutes: [ProjectMinutesModel]
    /// Members of the municipality who can still be invited (coordinators only).
    let invitable: [AccountStore.Member]
    let trajectories: [TrajectoryModel]
    let methods: [SafetyMethod]
    /// Titles of the priorities and other themes of the project's plan (or the active plan), offered as suggestions.
    let planSubjects: [String]

    var methodName: String? { methods.first { $0.code == scope.project.methodCode }?.name }
    var trajectoryName: String? { trajectories.first { $0.id == scope.project.$trajectory.id }?.name }
    func problem(_ id: UUID) -> ProjectProblemModel? { problems.first { $0.id == id } }

    /// The organisations taking part, the matrix's columns.
    static func partners(_ participants: [ProjectParticipantModel]) -> [String] {
        var partners: [String] = []
        for participant in participants {
            let name = participant.organisation.isEmpty ? participant.user.displayName : participant.organisation
            if !partners.contains(name) { partners.append(name) }
        }
        return partners
    }

    /// The matrix's rows: the standard parts of the approach, then the adopted measures.
    static func parts(_ measures: [ProjectMeasureModel]) -> [String] {
        ResponsibilityMatrix.standardParts + measures.filter(\.adopted).map { "Maatregel: \($0.title)" }
    }

    /// The subject titles of a plan's outline (priorities, clusters and other themes), or none without a plan.
    static func planSubjects(of trajectoryID: UUID?, on db: any Database) async throws -> [String] {
        guard let trajectoryID else { return [] }
        return try await PlanScope.subjects(of: trajectoryID, on: db).map(\.title)
    }

    static func load(_ request: Request, _ scope: ProjectScope) async throws -> ProjectView {
        let db = request.db
        let participants = try await ProjectStore.participants(of: scope.p, on: db)
        let problems = try await ProjectStore.problems(of: scope.p, on: db)
        let ballots = try await ProjectStore.ballots(of: scope.p, on: db)
        let measures = try await ProjectStore.measures(of: [scope.p], on: db)
        var cells: [String: [String: Responsibility]] = [:]
        for cell in try await ProjectStore.matrixCells(of: scope.p, on: db) { cells[cell.part, default: [:]][cell.partner] = cell.responsibility }
        var invitable: [AccountStore.Member] = []
        if scope.canManage {
            let taking = Set(participants.map(\.$user.id))
            invitable = try await AccountStore.members(of: scope.m, on: db).filter { !taking.contains($0.user.id!) }
        }
        let trajectories = try await TrajectoryModel.query(on: db).filter(\.$municipality.$id == scope.m).sort(\.$startYear, .descending).all()
        return ProjectView(
            scope: scope, participants: participants, problems: problems,
            tally: Tally.count(ballots.map { .points($0.points) }, candidates: problems.compactMap(\.id)),
            ownPoints: ballots.first { $0.$user.id == scope.user.id }?.points ?? [:],
            currentMeasures: try await ProjectStore.currentMeasures(of: scope.p, on: db),
            objectives: try await ProjectStore.objectives(of: scope.p, on: db), measures: measures,
            matrix: ResponsibilityMatrix(parts: parts(measures), partners: partners(participants), cells: cells),
            minutes: try await ProjectStore.minutes(of: scope.p, on: db), invitable: invitable,
            trajectories: trajectories, methods: request.catalogue.methods.sorted { $0.name < $1.name },
            planSubjects: try await planSubjects(of: scope.project.$trajectory.id ?? trajectories.first { $0.status == .active }?.id, on: db))
    }
}
