import RegiekamerCatalogue
import RegiekamerPersistence
import Vapor

/// Wires an application: database and migrations, catalogue, middleware and routes. Does not migrate;
/// call `DatabaseSetup.migrate` (the CLI does this before serving).
public func configure(_ app: Application, options: AppOptions) throws {
    app.http.server.configuration.hostname = options.hostname
    app.http.server.configuration.port = options.port
    app.loadedCatalogue = LoadedCatalogue(catalogue: options.catalogue, search: CatalogueSearch(catalogue: options.catalogue))
    try DatabaseSetup.configure(app, target: options.database)

    app.middleware = Middlewares()
    app.middleware.use(DutchErrorMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    try routes(app)
}

func routes(_ app: Application) throws {
    try app.register(collection: HomeController())
    try app.register(collection: AssetsController())
    try app.register(collection: CatalogueController())
    try app.register(collection: HealthController())
}
