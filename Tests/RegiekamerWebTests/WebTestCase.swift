import Fluent
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerTestSupport
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Base class: the configured web application on a fresh, migrated test database, with helpers to create
/// municipalities and users and to act as a signed-in browser.
class WebTestCase: XCTestCase {
    var app: Application!
    var target: DatabaseTarget!
    var catalogue: Catalogue!

    static let password = "wachtwoord-voor-tests"

    /// A signed-in (or anonymous) browser: its cookies and the CSRF token its forms carry.
    struct Browser {
        var cookies: [String: String] = [:]
        var csrf: String

        var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
    }

    struct Reply {
        let status: HTTPStatus
        let body: String
        let headers: HTTPHeaders
        /// The body's bytes, for binary answers (documents, images).
        var bodyData = Data()
    }

    override func setUp() async throws {
        target = TestDatabase.makeTarget()
        catalogue = try CatalogueLoader.loadBundled()
        app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        try configure(app, options: AppOptions(database: target, catalogue: catalogue, bcryptCost: 4))
        try await TestDatabase.reset(app, target: target)
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
        app = nil
        TestDatabase.cleanUp(target)
    }

    /// GETs `path` anonymously and returns status and body.
    func get(_ path: String) async throws -> (status: HTTPStatus, body: String, contentType: String?) {
        let reply = try await send(.GET, path, as: nil)
        return (reply.status, reply.body, reply.headers.first(name: .contentType))
    }

    /// Sends a request as `browser` (or anonymously); `form` fields are URL-encoded, repeated keys allowed.
    func send(_ method: HTTPMethod, _ path: String, form: [(String, String)]? = nil, as browser: Browser?) async throws -> Reply {
        var reply = Reply(status: .internalServerError, body: "", headers: [:])
        try await app.test(method, path, beforeRequest: { request in
            if let browser, !browser.cookies.isEmpty { request.headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader) }
            if let form {
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: Self.encode(form))
            }
        }, afterResponse: { response async in
            reply = Reply(
                status: response.status, body: response.body.string, headers: response.headers,
                bodyData: Data(response.body.readableBytesView))
        })
        return reply
    }

    /// The raw bytes of a download (a DOCX or ZIP is not text).
    func download(_ path: String, as browser: Browser) async throws -> Data {
        var body = Data()
        try await app.test(.GET, path, beforeRequest: { request in
            request.headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader)
        }, afterResponse: { response async in
            body = Data(response.body.readableBytesView)
        })
        return body
    }

    /// Posts a form with the browser's CSRF token added.
    func post(_ path: String, _ fields: [(String, String)] = [], as browser: Browser) async throws -> Reply {
        try await send(.POST, path, form: [("_csrf", browser.csrf)] + fields, as: browser)
    }

    /// Runs `body` against the app listening on a real loopback port, where bodies arrive in network reads and
    /// requests run in parallel as in production (the in-memory tester hands each request over whole).
    func withRunningServer<T>(_ body: (Int) async throws -> T) async throws -> T {
        app.http.client.configuration.redirectConfiguration = .disallow
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = try XCTUnwrap(app.http.server.shared.localAddress?.port)
        do {
            let result = try await body(port)
            await app.server.shutdown()
            return result
        } catch {
            await app.server.shutdown()
            throw error
        }
    }

    static func encode(_ form: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.map { key, value in
            "\(key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
    }

    // MARK: Fixtures

    @discardableResult
    func makeMunicipality(_ name: String, code: String) async throws -> MunicipalityModel {
        let municipality = MunicipalityModel(name: name, cbsCode: code)
        try await municipality.create(on: app.db)
        return municipality
    }

    @discardableResult
    func makeTrajectory(_ name: String, in municipality: MunicipalityModel, status: TrajectoryStatus = .active) async throws -> TrajectoryModel {
        let valid = try TrajectoryDraft(name: name, startYear: 2027, endYear: 2030, step: 2, status: status.rawValue, description: "Beginstand")
            .validate().get()
        return try await TrajectoryStore.create(valid, municipalityID: try municipality.requireID(), actor: .system, on: app.db)
    }

    @discardableResult
    func makeUser(_ email: String, roles: [Role], in municipality: MunicipalityModel?, admin: Bool = false) async throws -> UserModel {
        let hash = try await app.password.async.hash(Self.password)
        let memberships = try roles.map { (try municipality!.requireID(), $0) }
        return try await AccountStore.createUser(
            email: email, name: email.components(separatedBy: "@")[0].capitalized, passwordHash: hash,
            isInstanceAdministrator: admin, memberships: memberships, actor: .system, on: app.db)
    }

    /// A browser with a live session for `user`.
    func signIn(_ user: UserModel) async throws -> Browser {
        let (token, session) = try await SessionStore.create(userID: try user.requireID(), on: app.db)
        return Browser(cookies: [CookieNames.session: token], csrf: session.csrfToken)
    }

    /// A signed-out browser that has loaded the login page (and so holds a CSRF cookie).
    func anonymousBrowser() async throws -> Browser {
        let reply = try await send(.GET, "/inloggen", as: nil)
        let cookie = try XCTUnwrap(reply.headers.setCookie?[CookieNames.anonymousCSRF]?.string)
        return Browser(cookies: [CookieNames.anonymousCSRF: cookie], csrf: cookie)
    }
}

/// A web test with one municipality, its active trajectory and a signed-in coordinator.
class TrajectoryTestCase: WebTestCase {
    var municipality: MunicipalityModel!
    var trajectory: TrajectoryModel!
    var coordinator: Browser!
    var m: UUID { municipality.id! }
    var t: UUID { trajectory.id! }

    override func setUp() async throws {
        try await super.setUp()
        municipality = try await makeMunicipality("Gemeente Een", code: "GM0001")
        trajectory = try await makeTrajectory("IVP 2027–2030", in: municipality)
        coordinator = try await signIn(try await makeUser("sanne@een.nl", roles: [.coordinator], in: municipality))
    }
}
