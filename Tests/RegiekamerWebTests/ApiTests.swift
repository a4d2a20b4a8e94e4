import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// The JSON API: tokens, the same access policy as the pages, pagination, reporting progress, and an OpenAPI
/// document that matches the routes.
final class ApiTests: TrajectoryTestCase {
    var measure: PlanMeasureModel!

    override func setUp() async throws {
        try await super.setUp()
        try await AnalysisStore.addCandidate(.init(field: 1, title: "Woninginbraak", motivation: "", themes: [ThemeCode("1.3")!]), trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        let id = try await AnalysisStore.candidates(of: t, on: app.db)[0].id!
        try await PrioritisationStore.saveOutcome(priorities: [id], motivation: "", driehoek: "", placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        measure = try await PlanStore.addMeasure(PlanMeasure(subjectKey: "p1", item: "Preventie", title: "Buurtpreventie", performanceTarget: "3 wijken"), year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        try await makeTrajectory("IVP 2023–2026", in: municipality, status: .completed)
    }

    private func token(_ scope: ApiTokenModel.Scope, for municipalityID: UUID? = nil) async throws -> String {
        try await ApiTokenStore.create(name: "BI", scope: scope, municipalityID: municipalityID ?? m, actor: .system, on: app.db).1
    }

    private func call(_ method: HTTPMethod, _ path: String, token: String?, json: String? = nil) async throws -> Reply {
        var reply = Reply(status: .internalServerError, body: "", headers: [:])
        try await app.test(method, path, beforeRequest: { request in
            if let token { request.headers.bearerAuthorization = BearerAuthorization(token: token) }
            if let json {
                request.headers.contentType = .json
                request.body = ByteBuffer(string: json)
            }
        }, afterResponse: { response async in
            reply = Reply(status: response.status, body: response.body.string, headers: response.headers)
        })
        return reply
    }

    private var base: String { "/api/v1/gemeenten/\(m.uuidString)" }

    func testOpenAPIDocumentMatchesTheRoutes() async throws {
        let routes = Set(app.routes.all.filter { $0.path.first?.description == "api" && $0.path.last?.description != "openapi.json" }.map { route in
            "\(route.method.rawValue.lowercased()) /" + route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
        })
        let documented = Set(OpenAPIDocument.operations.map { "\($0.method) \($0.path)" })
        XCTAssertEqual(routes, documented)
        let served = try await get("/api/v1/openapi.json")
        let json = try JSONSerialization.jsonObject(with: Data(served.body.utf8)) as? [String: Any]
        XCTAssertEqual(json?["openapi"] as? String, "3.1.0")
        XCTAssertEqual((json?["paths"] as? [String: Any])?.count, Set(OpenAPIDocument.operations.map(\.path)).count)
    }

    func testReadTokenReadsWithPaginationAndCannotWrite() async throws {
        let read = try await token(.read)
        let page = try await call(.GET, base + "/trajecten?per_pagina=1&pagina=2", token: read)
        XCTAssertEqual(page.status, .ok)
        let decoded = try JSONDecoder().decode(ApiModels.Page<ApiModels.Trajectory>.self, from: Data(page.body.utf8))
        XCTAssertEqual(decoded.totaal, 2)
        XCTAssertEqual(decoded.items.map(\.naam), ["IVP 2023–2026"], "newest first, second page of one")
        let bad = try await call(.GET, base + "/trajecten?per_pagina=500", token: read)
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertTrue(bad.body.contains("\"fout\""))
        // schemathesis found this: (pagina - 1) × per_pagina overflowed and the instance crashed.
        for path in ["/trajecten?pagina=3023241661212851200&per_pagina=102", "/trajecten/\(t.uuidString)/maatregelen?pagina=3023241661212851200&per_pagina=102"] {
            let huge = try await call(.GET, base + path, token: read)
            XCTAssertEqual(huge.status, .badRequest, path)
        }
        let plan = try await call(.GET, base + "/trajecten/\(t.uuidString)/plan", token: read)
        XCTAssertTrue(plan.body.contains("\"titel\":\"Woninginbraak\""), plan.body)
        let write = try await call(.POST, base + "/trajecten/\(t.uuidString)/maatregelen/\(measure.id!.uuidString)/voortgang", token: read, json: #"{"kwartaal":"2027-K1","status":"loopt"}"#)
        XCTAssertEqual(write.status, .forbidden)
    }

    func testReadWriteTokenReportsProgressUnderTheSameRules() async throws {
        let writer = try await token(.readWrite)
        let path = base + "/trajecten/\(t.uuidString)/maatregelen/\(measure.id!.uuidString)/voortgang"
        let closed = try await call(.POST, path, token: writer, json: #"{"kwartaal":"2027-K1","status":"loopt"}"#)
        XCTAssertEqual(closed.status, .conflict, "no open quarter")
        _ = try await post(ProgressPaths.openQuarter(m, t), [("kwartaal", "2027-K1")], as: coordinator)
        let wrongUnit = try await call(.POST, path, token: writer, json: #"{"kwartaal":"2027-K1","status":"loopt","gerealiseerd":"12 uur"}"#)
        XCTAssertEqual(wrongUnit.status, .badRequest)
        let done = try await call(.POST, path, token: writer, json: #"{"kwartaal":"2027-K1","status":"loopt","gerealiseerd":"2 wijken","besteed":1500}"#)
        XCTAssertEqual(done.status, .created, done.body)
        XCTAssertTrue(done.body.contains("\"gerealiseerd\":\"2 wijken\""))
        let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "voortgang").first()
        XCTAssertEqual(audit?.actorName, "API-sleutel BI")
        let list = try await call(.GET, base + "/trajecten/\(t.uuidString)/maatregelen?jaar=2027", token: writer)
        XCTAssertTrue(list.body.contains("\"status\":\"loopt\""))
    }

    func testTokensAreBoundToTheirMunicipalityAndRevocable() async throws {
        let other = try await makeMunicipality("Gemeente Twee", code: "GM0002")
        let foreign = try await token(.readWrite, for: other.id!)
        let refused = try await call(.GET, base + "/trajecten", token: foreign)
        XCTAssertEqual(refused.status, .notFound)
        XCTAssertFalse(refused.body.contains("Gemeente Een"))
        let unknown = try await call(.GET, base + "/trajecten", token: "rk_onbekend")
        XCTAssertEqual(unknown.status, .unauthorized)
        let read = try await token(.read)
        let id = try await ApiTokenModel.query(on: app.db).filter(\.$municipality.$id == m).first()!.id!
        let revokedNow = try await ApiTokenStore.revoke(id, municipalityID: m, actor: .system, on: app.db)
        XCTAssertTrue(revokedNow)
        let revoked = try await call(.GET, base + "/trajecten", token: read)
        XCTAssertEqual(revoked.status, .unauthorized)
        let session = try await send(.GET, base + "/trajecten", as: coordinator)
        XCTAssertEqual(session.status, .ok, "a signed-in member may read through the API in the browser")
        let sessionWrite = try await post(base + "/trajecten/\(t.uuidString)/maatregelen/\(measure.id!.uuidString)/voortgang", [], as: coordinator)
        XCTAssertEqual(sessionWrite.status, .unauthorized, "writing needs a token, so no cross-site request can write")
    }

    func testBeheerderCreatesAKeyShownOnce() async throws {
        let admin = try await signIn(try await makeUser("beheer@een.nl", roles: [.administrator], in: municipality))
        let created = try await post(ApiTokensController.path(m), [("naam", "Dashboard BI"), ("bereik", "lezen")], as: admin)
        XCTAssertTrue(created.body.contains("Kopieer de sleutel nu"))
        let stored = try await ApiTokenModel.query(on: app.db).first()
        XCTAssertNotNil(stored)
        XCTAssertFalse(created.body.contains(stored!.tokenHash), "only the hash is stored, the plain key shown")
        let page = try await send(.GET, ApiTokensController.path(m), as: admin)
        XCTAssertFalse(page.body.contains("Kopieer de sleutel nu"), "shown once")
        let coordinatorTry = try await send(.GET, ApiTokensController.path(m), as: coordinator)
        XCTAssertEqual(coordinatorTry.status, .forbidden)
    }
}
