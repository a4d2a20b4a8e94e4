import RegiekamerPersistence
import RegiekamerTestSupport
import XCTVapor

/// Base class: an application connected to a fresh, migrated test database.
class PersistenceTestCase: XCTestCase {
    var app: Application!
    var target: DatabaseTarget!

    override func setUp() async throws {
        target = TestDatabase.makeTarget()
        app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        try DatabaseSetup.configure(app, target: target)
        try await TestDatabase.reset(app, target: target)
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
        app = nil
        TestDatabase.cleanUp(target)
    }
}
