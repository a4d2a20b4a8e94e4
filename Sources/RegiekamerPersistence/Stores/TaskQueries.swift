import Fluent
import Foundation
import RegiekamerDomain

/// The analysis work waiting for a person: cells assigned to them that are not ready, and comment threads on
/// those cells whose latest comment is someone else's.
public enum TaskQueries {
    /// One assigned analysis cell.
    public struct CellTask: Sendable {
        public let trajectoryID: UUID
        public let municipalityID: UUID
        public let trajectoryName: String
        public let cellKey: String
        public let status: CellStatus
        public let awaitsAnswer: Bool
    }

    public static func analysisTasks(for userID: UUID, on database: Database) async throws -> [CellTask] {
        let assignments = try await AnalysisAssignmentModel.query(on: database).filter(\.$user.$id == userID).all()
        guard !assignments.isEmpty else { return [] }
        var result: [CellTask] = []
        for (trajectoryID, own) in Dictionary(grouping: assignments, by: { $0.$trajectory.id }) {
            guard let trajectory = try await TrajectoryModel.find(trajectoryID, on: database), trajectory.status == .active else { continue }
            let keys = own.map(\.cellKey)
            let cells = try await AnalysisCellModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).filter(\.$cellKey ~~ keys).all()
            let comments = try await CommentModel.query(on: database).filter(\.$trajectory.$id == trajectoryID)
                .filter(\.$subject ~~ keys.map { "analyse/\($0)" }).all()
            for key in keys.sorted() {
                let status = cells.first { $0.cellKey == key }.flatMap { CellStatus(rawValue: $0.statusCode) } ?? .empty
                let thread = comments.filter { $0.subject == "analyse/\(key)" }.map { (author: $0.$author.id, at: $0.createdAt) }
                let waits = TaskRules.awaitsAnswer(from: userID, authors: thread)
                guard TaskRules.needsWriting(status) || waits else { continue }
                result.append(CellTask(
                    trajectoryID: trajectoryID, municipalityID: trajectory.$municipality.id, trajectoryName: trajectory.name,
                    cellKey: key, status: status, awaitsAnswer: waits))
            }
        }
        return result
    }
}
