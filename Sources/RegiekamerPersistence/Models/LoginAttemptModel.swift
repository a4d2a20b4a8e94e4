import Fluent
import Foundation

/// Consecutive failed logins per account name (also for names without an account), for throttling.
public final class LoginAttemptModel: Model, @unchecked Sendable {
    public static let schema = "login_attempts"

    @ID(key: .id) public var id: UUID?
    /// Lowercased account name as typed.
    @Field(key: "email") public var email: String
    @Field(key: "failures") public var failures: Int
    @Field(key: "last_failure_at") public var lastFailureAt: Date

    public init() {}

    public init(email: String, failures: Int, lastFailureAt: Date) {
        self.email = email
        self.failures = failures
        self.lastFailureAt = lastFailureAt
    }
}
