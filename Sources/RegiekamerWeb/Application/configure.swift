import RegiekamerCatalogue
import RegiekamerDocuments
import RegiekamerPersistence
import Vapor

/// Wires an application: database and migrations, catalogue, passwords, middleware and routes. Does not
/// migrate; call `DatabaseSetup.migrate` (the CLI does this before serving).
public func configure(_ app: Application, options: AppOptions) throws {
    app.http.server.configuration.hostname = options.hostname
    app.http.server.configuration.port = options.port
    app.loadedCatalogue = LoadedCatalogue(catalogue: options.catalogue, search: CatalogueSearch(catalogue: options.catalogue))
    app.publicBaseURL =
        options.publicBaseURL ?? AppOptions.startedAddress(hostname: options.hostname, port: options.port)
    app.passwords.use(.bcrypt(cost: options.bcryptCost))
    app.routes.defaultMaxBodySize = ByteCount(value: CSRFMiddleware.maximumFormBytes)
    try DatabaseSetup.configure(app, target: options.database)
    app.officeConverter = .fromEnvironment()

    app.middleware = Middlewares()
    app.middleware.use(DutchErrorMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(FormLimitsMiddleware())
    app.middleware.use(SessionMiddleware(secureCookies: options.secureCookies))
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(ApiTokenMiddleware())
    try routes(app, options: options)
}

func routes(_ app: Application, options: AppOptions) throws {
    let routes = app.grouped(AccessMiddleware())
    try routes.register(collection: HomeController())
    try routes.register(collection: AssetsController())
    try routes.register(collection: CatalogueController())
    try routes.register(collection: HealthController())
    try routes.register(collection: AuthController(
        secureCookies: options.secureCookies, dummyHash: try app.password.hash(SecureToken.generate())))
    try routes.register(collection: OneTimeLinkController())
    try routes.register(collection: WorkspaceController())
    try routes.register(collection: TrajectoryController())
    try routes.register(collection: AuditTrailController())
    try routes.register(collection: UsersController())
    try routes.register(collection: InstanceAdminController())
    try routes.register(collection: AreaBoundariesController())
    try routes.register(collection: StartNoteController())
    try routes.register(collection: PlanningController())
    try routes.register(collection: WorkingGroupController())
    try routes.register(collection: AnalysisController())
    try routes.register(collection: PrioritisationController())
    try routes.register(collection: MunicipalitySettingsController())
    try routes.register(collection: FiguresController())
    try routes.register(collection: PlanController())
    try routes.register(collection: ProgressController())
    try routes.register(collection: PublicDashboardController())
    try routes.register(collection: CycleController())
    try routes.register(collection: ActionPlansController())
    try routes.register(collection: ApiController())
    try routes.register(collection: ApiTokensController())
    try routes.register(collection: ProjectsController())
    try routes.register(collection: JointController())
    try routes.register(collection: RegionalStrategyController())
}

private struct PublicBaseURLKey: StorageKey {
    typealias Value = String
}

extension Application {
    /// The address links are built from: `REGIEKAMER_PUBLIC_URL`, or else the address the server was started
    /// with; never a request's `Host` header, which a client or a misconfigured proxy chooses.
    var publicBaseURL: String? {
        get { storage[PublicBaseURLKey.self] }
        set { storage[PublicBaseURLKey.self] = newValue }
    }
}
