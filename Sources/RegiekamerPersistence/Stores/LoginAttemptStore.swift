import Fluent
import Foundation
import RegiekamerDomain
import SQLKit

/// Counts consecutive failed logins per account name, shared by all app instances. An attempt is claimed
/// before its password is checked, with one conditional statement, so parallel attempts each count: of N
/// requests in flight at once, only as many are checked as the throttle allows.
public enum LoginAttemptStore {
    public static func current(email: String, on database: Database) async throws -> (failures: Int, lastFailure: Date?) {
        guard let attempt = try await LoginAttemptModel.query(on: database).filter(\.$email == email).first() else {
            return (0, nil)
        }
        return (attempt.failures, attempt.lastFailureAt)
    }

    /// Claims one attempt for `email`: counts it as a failure at once (a success resets the count) and returns
    /// 0, or returns the seconds still to wait and counts nothing. The row is created with `ON CONFLICT DO
    /// NOTHING` and raised with `UPDATE … WHERE failures = <read value>`, so two claims never read the same count
    /// and a race never answers 500.
    public static func claim(
        email: String, throttle: LoginThrottle, now: Date = Date(), on database: Database
    ) async throws -> TimeInterval {
        guard let sql = database as? any SQLDatabase else { throw StoreError.unsupportedDatabase }
        try await sql.insert(into: LoginAttemptModel.schema)
            .columns("id", "email", "failures", "last_failure_at")
            .values(SQLBind(UUID()), SQLBind(email), SQLBind(0), SQLBind(Date(timeIntervalSince1970: 0)))
            .ignoringConflicts(with: ["email"])
            .run()
        for _ in 0..<100 {
            let (failures, lastFailure) = try await current(email: email, on: database)
            let wait = throttle.remainingWait(failures: failures, lastFailure: lastFailure, now: now)
            if wait > 0 { return wait }
            let claimed = try await sql.update(LoginAttemptModel.schema)
                .set("failures", to: SQLBind(failures + 1))
                .set("last_failure_at", to: SQLBind(now))
                .where("email", .equal, SQLBind(email))
                .where("failures", .equal, SQLBind(failures))
                .returning("id")
                .all()
            if !claimed.isEmpty { return 0 }
        }
        // Under extreme contention: refuse this attempt rather than check it uncounted.
        return throttle.baseDelay
    }

    public static func reset(email: String, on database: Database) async throws {
        try await LoginAttemptModel.query(on: database).filter(\.$email == email).delete()
    }
}
