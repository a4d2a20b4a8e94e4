import Fluent
import SQLKit
import Vapor

/// `/health`: answers 200 when the app and its database respond, 503 otherwise (for load balancers).
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("health", access: .public, use: health)
    }

    struct Status: Content {
        let status: String
        let database: String
    }

    @Sendable
    func health(request: Request) async throws -> Response {
        var databaseStatus = "ok"
        if let sql = request.db as? any SQLDatabase {
            do { try await sql.raw("SELECT 1").run() } catch { databaseStatus = "onbereikbaar" }
        }
        let response = Response(status: databaseStatus == "ok" ? .ok : .serviceUnavailable)
        try response.content.encode(Status(status: databaseStatus == "ok" ? "ok" : "fout", database: databaseStatus))
        return response
    }
}
