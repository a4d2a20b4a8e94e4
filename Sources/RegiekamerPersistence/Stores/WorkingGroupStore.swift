import Fluent
import Foundation
import RegiekamerDomain

/// A trajectory's working group: covered fields and members; every change is audited.
public enum WorkingGroupStore {
    public static func coveredFields(of trajectoryID: UUID, on database: Database) async throws -> Set<Int> {
        try await CoveredFieldsModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).first()?.fields
            ?? Set(MethodBackbone.fieldNumbers)
    }

    public static func setCoveredFields(
        _ fields: Set<Int>, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let existing = try await CoveredFieldsModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).first()
            let before = existing?.fieldsText ?? MethodBackbone.fieldNumbers.map(String.init).joined(separator: ",")
            let model = existing ?? CoveredFieldsModel(trajectoryID: trajectoryID, fields: fields)
            model.fieldsText = fields.sorted().map(String.init).joined(separator: ",")
            try await model.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "werkgroep", entityID: model.id, summary: "Velden van het plan gewijzigd",
                before: before, after: model.fieldsText)
        }
    }

    public static func members(of trajectoryID: UUID, on database: Database) async throws -> [WorkingGroupMemberModel] {
        try await WorkingGroupMemberModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).sort(\.$createdAt).all()
    }

    /// Adds a member after validating against the others; returns the failures instead when invalid.
    public static func add(
        _ member: WorkingGroupMember, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> [ValidationFailure] {
        try await database.transaction { db in
            let others = try await members(of: trajectoryID, on: db).map(\.member)
            let failures = WorkingGroupComposition.validate(member, others: others)
            guard failures.isEmpty else { return failures }
            var cleaned = member
            cleaned.name = member.name.trimmingCharacters(in: .whitespacesAndNewlines)
            cleaned.organisation = member.organisation.trimmingCharacters(in: .whitespacesAndNewlines)
            cleaned.function = member.function.trimmingCharacters(in: .whitespacesAndNewlines)
            let model = WorkingGroupMemberModel(trajectoryID: trajectoryID, member: cleaned)
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create,
                entityType: "werkgroeplid", entityID: model.id,
                summary: "\(cleaned.name) (\(cleaned.organisation)) aan de werkgroep toegevoegd",
                before: String?.none, after: model.fieldsText)
            return []
        }
    }

    public static func setResponse(
        _ response: WorkingGroupMemberModel.Response, of model: WorkingGroupMemberModel, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let before = model.response
            model.response = response
            try await model.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: model.$trajectory.id, change: .update,
                entityType: "werkgroeplid", entityID: model.id, summary: "Reactie van \(model.name): \(response.label)",
                before: before.rawValue, after: response.rawValue)
        }
    }

    public static func remove(_ model: WorkingGroupMemberModel, municipalityID: UUID, actor: Actor, on database: Database) async throws {
        try await database.transaction { db in
            try await model.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: model.$trajectory.id, change: .delete,
                entityType: "werkgroeplid", entityID: model.id, summary: "\(model.name) uit de werkgroep gehaald",
                before: "\(model.name) (\(model.organisation))", after: String?.none)
        }
    }
}
