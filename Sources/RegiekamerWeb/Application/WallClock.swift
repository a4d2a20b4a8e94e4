import Foundation
import RegiekamerDomain
import Vapor

/// What "now" is for the web layer's rules and pages (the default year of a new plan, today's line in a
/// timeline, "not in the future"). Production reads the system clock; the page snapshots fix it, so a page
/// renders the same on every day.
struct WallClock: Sendable {
    let now: @Sendable () -> Date

    static let system = WallClock { Date() }

    /// A clock that always answers `date`.
    static func fixed(_ date: Date) -> WallClock { WallClock { date } }
}

extension Application {
    private struct WallClockKey: StorageKey { typealias Value = WallClock }

    /// The clock pages and rules read; the system clock unless a test fixed it.
    var wallClock: WallClock {
        get { storage[WallClockKey.self] ?? .system }
        set { storage[WallClockKey.self] = newValue }
    }
}

extension Request {
    /// The current moment by the application's clock.
    var now: Date { application.wallClock.now() }

    /// Today's date by the application's clock.
    var today: CalendarDay { CalendarDay(now) }
}
