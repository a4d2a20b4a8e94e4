import RegiekamerCatalogue
import RegiekamerPersistence
import RegiekamerTestSupport
@testable import RegiekamerWeb
import XCTVapor

/// Base class: the configured web application on a fresh, migrated test database.
class WebTestCase: XCTestCase {
    var app: Application!
    var target: DatabaseTarget!
    var catalogue: Catalogue!

    override func setUp() async throws {
        target = TestDatabase.makeTarget()
        catalogue = try CatalogueLoader.loadBundled()
        app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        try configure(app, options: AppOptions(database: target, catalogue: catalogue))
        try await TestDatabase.reset(app, target: target)
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
        app = nil
        TestDatabase.cleanUp(target)
    }

    /// GETs `path` and returns status and body.
    func get(_ path: String) async throws -> (status: HTTPStatus, body: String, contentType: String?) {
        var result: (HTTPStatus, String, String?) = (.internalServerError, "", nil)
        try await app.test(.GET, path) { response async in
            result = (response.status, response.body.string, response.headers.first(name: .contentType))
        }
        return result
    }
}
