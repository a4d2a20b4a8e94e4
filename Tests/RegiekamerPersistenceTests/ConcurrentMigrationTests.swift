import Fluent
import RegiekamerPersistence
import SQLKit
import XCTVapor

/// Two instances starting together on one database: both come up, and every migration ran exactly once.
final class ConcurrentMigrationTests: PersistenceTestCase {
    func testTwoInstancesMigratingAnEmptyDatabaseTogetherBothSucceed() async throws {
        try await app.autoRevert()
        let second = try await Application.make(.testing)
        second.logger.logLevel = .warning
        do {
            try DatabaseSetup.configure(second, target: target)
            let target = self.target!
            let first = self.app!
            async let a: Void = DatabaseSetup.migrate(first, target: target)
            async let b: Void = DatabaseSetup.migrate(second, target: target)
            _ = try await (a, b)
            let applied = try await (app.db as! any SQLDatabase)
                .raw("SELECT name FROM _fluent_migrations").all().map { try $0.decode(column: "name", as: String.self) }
            XCTAssertEqual(applied.count, Set(applied).count, "a migration was recorded twice")
            XCTAssertEqual(applied.count, RegiekamerMigrations.all.count)
            try await second.asyncShutdown()
        } catch {
            try? await second.asyncShutdown()
            throw error
        }
    }

    func testTheLockLetsOneInstanceWorkWhileTheOtherWaits() async throws {
        let log = EventLog()
        let target = self.target!
        let logger = app.logger
        async let first: Void = MigrationLock.holding(target, logger: logger) {
            await log.append("first in")
            try await Task.sleep(for: .milliseconds(300))
            await log.append("first out")
        }
        try await Task.sleep(for: .milliseconds(50))
        async let second: Void = MigrationLock.holding(target, logger: logger) {
            await log.append("second in")
        }
        _ = try await (first, second)
        let events = await log.events
        XCTAssertEqual(events, ["first in", "first out", "second in"])
    }
}

private actor EventLog {
    var events: [String] = []
    func append(_ event: String) { events.append(event) }
}
