import Fluent
import Foundation
import RegiekamerDomain

/// What is due from one person across their municipalities: quarterly updates of the measures they report (and,
/// for a coordinator, of measures nobody else reports), analysis cells to write or answer on, and open votes.
public enum MyWorkQuery {
    /// A measure whose update for the open quarter is asked of this person.
    public struct MeasureDue: Sendable {
        public let measureID: UUID
        public let title: String
        public let municipalityID: UUID
        public let trajectoryID: UUID
        public let trajectoryName: String
        public let quarter: Quarter
        public let done: Bool
        /// Asked of the coordinator because the measure has no reporting lead.
        public let asCoordinator: Bool
    }

    /// An open priority session in which this person has not voted yet.
    public struct VoteDue: Sendable {
        public let municipalityID: UUID
        public let trajectoryID: UUID
        public let trajectoryName: String
    }

    /// Updates asked of `userID` this quarter; for municipalities `subject` coordinates also the measures
    /// without a reporting lead. Done ones are included (marked), so a page can say "bijgewerkt".
    public static func measuresDue(for userID: UUID, subject: Subject, on db: Database) async throws -> [MeasureDue] {
        var result: [MeasureDue] = []
        let coordinated = subject.roles.filter { $0.value.contains(.coordinator) }.map(\.key)
        var measures = try await PlanMeasureModel.query(on: db).filter(\.$leadUser.$id == userID).all()
        if !coordinated.isEmpty {
            let trajectories = try await TrajectoryModel.query(on: db).filter(\.$municipality.$id ~~ coordinated).all()
            let ids = trajectories.compactMap(\.id)
            if !ids.isEmpty {
                measures += try await PlanMeasureModel.query(on: db).filter(\.$trajectory.$id ~~ ids)
                    .filter(\.$leadUser.$id == nil).all()
            }
        }
        guard !measures.isEmpty else { return [] }
        let trajectoryIDs = Array(Set(measures.map { $0.$trajectory.id }))
        let open = try await ProgressQuarterModel.query(on: db).filter(\.$trajectory.$id ~~ trajectoryIDs)
            .filter(\.$isOpen == true).all()
        guard !open.isEmpty else { return [] }
        let trajectories = Dictionary(
            try await TrajectoryModel.query(on: db).filter(\.$id ~~ trajectoryIDs).all().map { ($0.id!, $0) },
            uniquingKeysWith: { first, _ in first })
        let updates = try await ProgressStore.updates(of: measures.compactMap(\.id), on: db)
        for measure in measures {
            guard let id = measure.id, let trajectory = trajectories[measure.$trajectory.id],
                let quarterModel = open.first(where: { $0.$trajectory.id == measure.$trajectory.id }),
                let quarter = quarterModel.quarter, quarter.year == measure.planYear
            else { continue }
            let done = (updates[id] ?? []).contains { $0.quarterText == quarterModel.quarterText }
            result.append(
                MeasureDue(
                    measureID: id, title: measure.title, municipalityID: trajectory.$municipality.id,
                    trajectoryID: measure.$trajectory.id, trajectoryName: trajectory.name, quarter: quarter,
                    done: done, asCoordinator: measure.$leadUser.id == nil))
        }
        return result.sorted { ($0.done ? 1 : 0, $0.trajectoryName, $0.title) < ($1.done ? 1 : 0, $1.trajectoryName, $1.title) }
    }

    /// Open priority sessions this person takes part in and has not voted in yet.
    public static func votesDue(for userID: UUID, on db: Database) async throws -> [VoteDue] {
        let participations = try await SessionParticipantModel.query(on: db).filter(\.$user.$id == userID).all()
        guard !participations.isEmpty else { return [] }
        let sessions = try await PrioritySessionModel.query(on: db)
            .filter(\.$id ~~ participations.map { $0.$session.id }).filter(\.$state == .open).all()
        var result: [VoteDue] = []
        for session in sessions {
            let voted = try await BallotModel.query(on: db).filter(\.$session.$id == session.requireID())
                .filter(\.$user.$id == userID).count() > 0
            guard !voted, let trajectory = try await TrajectoryModel.find(session.$trajectory.id, on: db) else { continue }
            result.append(
                VoteDue(
                    municipalityID: trajectory.$municipality.id, trajectoryID: try trajectory.requireID(),
                    trajectoryName: trajectory.name))
        }
        return result
    }

    /// How many things wait for this person: updates not yet given, cells to write or answer, votes to cast.
    public static func openCount(for userID: UUID, subject: Subject, on db: Database) async throws -> Int {
        let cells = try await TaskQueries.analysisTasks(for: userID, on: db).count
        let measures = try await measuresDue(for: userID, subject: subject, on: db).filter { !$0.done }.count
        let votes = try await votesDue(for: userID, on: db).count
        return cells + measures + votes
    }
}
