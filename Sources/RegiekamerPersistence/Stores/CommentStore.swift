import Fluent
import Foundation

/// Comment threads on parts of a trajectory; adding a comment is audited.
public enum CommentStore {
    /// Comments of a trajectory whose subject starts with `area/`, oldest first.
    public static func comments(of trajectoryID: UUID, area: String, on database: Database) async throws -> [CommentModel] {
        try await CommentModel.query(on: database)
            .filter(\.$trajectory.$id == trajectoryID)
            .filter(\.$subject =~ "\(area)/")
            .sort(\.$createdAt)
            .all()
    }

    public static func add(
        _ text: String, subject: String, title: String, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let comment = CommentModel(
                trajectoryID: trajectoryID, subject: subject, authorID: actor.userID, authorName: actor.name, text: text, createdAt: Date())
            try await comment.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create,
                entityType: "opmerking", entityID: comment.id, summary: "Opmerking bij ‘\(title)’",
                before: String?.none, after: text)
        }
    }
}
