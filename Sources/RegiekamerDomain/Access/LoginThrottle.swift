import Foundation

/// Slows down password guessing: after `freeAttempts` failures for an account name, each further attempt must
/// wait a delay that doubles per failure, up to `maximumDelay`. A successful login resets the count.
public struct LoginThrottle: Sendable {
    public let freeAttempts: Int
    public let baseDelay: TimeInterval
    public let maximumDelay: TimeInterval

    public init(freeAttempts: Int = 5, baseDelay: TimeInterval = 2, maximumDelay: TimeInterval = 15 * 60) {
        self.freeAttempts = freeAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
    }

    /// The wait imposed after `failures` consecutive failures (0 while under the free attempts).
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeAttempts else { return 0 }
        let exponent = min(failures - freeAttempts, 30)
        return min(baseDelay * pow(2, Double(exponent)), maximumDelay)
    }

    /// Seconds still to wait before another attempt is allowed, or 0 if one may be made now.
    public func remainingWait(failures: Int, lastFailure: Date?, now: Date) -> TimeInterval {
        // Within the free attempts there is no wait, even when another instance's clock put the last failure
        // a moment after `now`.
        let delay = delay(afterFailures: failures)
        guard let lastFailure, delay > 0 else { return 0 }
        return max(0, lastFailure.addingTimeInterval(delay).timeIntervalSince(now))
    }
}
