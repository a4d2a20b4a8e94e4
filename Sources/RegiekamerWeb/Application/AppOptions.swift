import RegiekamerCatalogue
import RegiekamerPersistence

/// Everything `configure` needs to set up an application, resolved before Vapor starts.
public struct AppOptions: Sendable {
    public var database: DatabaseTarget
    public var catalogue: Catalogue
    public var hostname: String
    public var port: Int
    /// Public address used in one-time links, e.g. `https://regiekamer.regio.nl`; when nil the address the server
    /// was started with (never a request's `Host` header).
    public var publicBaseURL: String?
    /// Mark cookies `Secure` (only sent over HTTPS). On when the public address is https.
    public var secureCookies: Bool
    /// bcrypt cost for password hashes; tests lower it to keep them fast.
    public var bcryptCost: Int

    public init(
        database: DatabaseTarget, catalogue: Catalogue, hostname: String = "127.0.0.1", port: Int = 8080,
        publicBaseURL: String? = nil, secureCookies: Bool? = nil, bcryptCost: Int = 12
    ) {
        self.database = database
        self.catalogue = catalogue
        self.hostname = hostname
        self.port = port
        self.publicBaseURL = publicBaseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.secureCookies = secureCookies ?? (publicBaseURL?.hasPrefix("https://") ?? false)
        self.bcryptCost = bcryptCost
    }

    /// The address the server listens on as a link base; a wildcard address becomes `localhost`.
    static func startedAddress(hostname: String, port: Int) -> String {
        let host = ["0.0.0.0", "::", "[::]", ""].contains(hostname) ? "localhost" : hostname
        let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "http://\(shown):\(port)"
    }
}
