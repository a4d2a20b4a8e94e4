import Fluent
import Foundation

/// Counts consecutive failed logins per account name, shared by all app instances.
public enum LoginAttemptStore {
    public static func current(email: String, on database: Database) async throws -> (failures: Int, lastFailure: Date?) {
        guard let attempt = try await LoginAttemptModel.query(on: database).filter(\.$email == email).first() else {
            return (0, nil)
        }
        return (attempt.failures, attempt.lastFailureAt)
    }

    public static func recordFailure(email: String, now: Date = Date(), on database: Database) async throws {
        if let attempt = try await LoginAttemptModel.query(on: database).filter(\.$email == email).first() {
            attempt.failures += 1
            attempt.lastFailureAt = now
            try await attempt.save(on: database)
        } else {
            try await LoginAttemptModel(email: email, failures: 1, lastFailureAt: now).create(on: database)
        }
    }

    public static func reset(email: String, on database: Database) async throws {
        try await LoginAttemptModel.query(on: database).filter(\.$email == email).delete()
    }
}
