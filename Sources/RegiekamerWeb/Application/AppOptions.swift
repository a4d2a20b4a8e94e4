import RegiekamerCatalogue
import RegiekamerPersistence

/// Everything `configure` needs to set up an application, resolved before Vapor starts.
public struct AppOptions: Sendable {
    public var database: DatabaseTarget
    public var catalogue: Catalogue
    public var hostname: String
    public var port: Int

    public init(database: DatabaseTarget, catalogue: Catalogue, hostname: String = "127.0.0.1", port: Int = 8080) {
        self.database = database
        self.catalogue = catalogue
        self.hostname = hostname
        self.port = port
    }
}
