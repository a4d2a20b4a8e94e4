import Fluent
import Foundation

/// Browser sessions in the database, so every app instance sees the same sign-ins.
public enum SessionStore {
    /// Idle sessions end after this long; activity extends them.
    public static let idleLifetime: TimeInterval = 8 * 60 * 60

    /// Starts a session; returns the cookie token (only its hash is stored) and the session.
    public static func create(userID: UUID, now: Date = Date(), on database: Database) async throws -> (token: String, session: AuthSessionModel) {
        let token = SecureToken.generate()
        let session = AuthSessionModel(
            tokenHash: SecureToken.hash(token), userID: userID, csrfToken: SecureToken.generate(),
            expiresAt: now.addingTimeInterval(idleLifetime), lastSeenAt: now)
        try await session.create(on: database)
        return (token, session)
    }

    /// The live session for a cookie token with its user, extending it when it was last seen a while ago.
    public static func find(token: String, now: Date = Date(), on database: Database) async throws -> (AuthSessionModel, UserModel)? {
        guard let session = try await AuthSessionModel.query(on: database)
            .filter(\.$tokenHash == SecureToken.hash(token))
            .with(\.$user)
            .first()
        else { return nil }
        guard session.expiresAt > now, session.user.isActive else {
            try await session.delete(on: database)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            session.lastSeenAt = now
            session.expiresAt = now.addingTimeInterval(idleLifetime)
            try await session.save(on: database)
        }
        return (session, session.user)
    }

    public static func delete(token: String, on database: Database) async throws {
        try await AuthSessionModel.query(on: database).filter(\.$tokenHash == SecureToken.hash(token)).delete()
    }

    /// Ends every session of a user (after a password change or deactivation).
    public static func deleteAll(userID: UUID, on database: Database) async throws {
        try await AuthSessionModel.query(on: database).filter(\.$user.$id == userID).delete()
    }
}
