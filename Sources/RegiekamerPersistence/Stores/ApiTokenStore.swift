import Fluent
import Foundation

/// Creates, finds and revokes API tokens; the plain token is returned once and never stored.
public enum ApiTokenStore {
    public static let prefix = "rk_"

    public static func tokens(of municipalityID: UUID, on database: Database) async throws -> [ApiTokenModel] {
        try await ApiTokenModel.query(on: database).filter(\.$municipality.$id == municipalityID).sort(\.$createdAt, .descending).all()
    }

    /// Creates a token; returns the model and the plain token to show once.
    public static func create(
        name: String, scope: ApiTokenModel.Scope, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> (ApiTokenModel, String) {
        try await database.transaction { db in
            let token = prefix + SecureToken.generate()
            let model = ApiTokenModel()
            model.$municipality.id = municipalityID
            model.name = name
            model.tokenHash = SecureToken.hash(token)
            model.scope = scope
            model.createdBy = actor.name
            model.createdAt = Date()
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, change: .create, entityType: "api-sleutel", entityID: model.id,
                summary: "API-sleutel '\(name)' (\(scope.label.lowercased())) aangemaakt", before: Optional<String>.none, after: name)
            return (model, token)
        }
    }

    public static func revoke(_ id: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws -> Bool {
        try await database.transaction { db in
            guard let model = try await ApiTokenModel.find(id, on: db), model.$municipality.id == municipalityID, model.revokedAt == nil else { return false }
            model.revokedAt = Date()
            try await model.save(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, change: .update, entityType: "api-sleutel", entityID: id,
                summary: "API-sleutel '\(model.name)' ingetrokken", before: Optional<String>.none, after: "ingetrokken")
            return true
        }
    }

    /// The active token for a presented plain token, recording its use.
    public static func authenticate(_ token: String, on database: Database) async throws -> ApiTokenModel? {
        guard token.hasPrefix(prefix) else { return nil }
        guard let model = try await ApiTokenModel.query(on: database).filter(\.$tokenHash == SecureToken.hash(token)).first(), model.revokedAt == nil
        else { return nil }
        model.lastUsedAt = Date()
        try await model.save(on: database)
        return model
    }
}
