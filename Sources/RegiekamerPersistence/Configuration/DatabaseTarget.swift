import Foundation

/// Which database Regiekamer uses: the embedded SQLite file (default) or a PostgreSQL server.
public enum DatabaseTarget: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The default SQLite file, relative to the working directory.
    public static let defaultSQLitePath = "data/regiekamer.sqlite"

    /// Chooses from the environment: `DATABASE_URL=postgres://…` selects PostgreSQL, `SQLITE_PATH` overrides
    /// the SQLite file. Any other `DATABASE_URL` scheme is rejected with a clear message.
    public static func from(environment: [String: String]) throws -> DatabaseTarget {
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw DatabaseStartupError.unsupportedURL(url)
            }
            return .postgres(url: url)
        }
        return .sqlite(path: environment["SQLITE_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultSQLitePath)
    }

    /// Human description without credentials, for logs and messages.
    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite-bestand \(path)"
        case .postgres(let url): "PostgreSQL op \(Self.redacted(url))"
        }
    }

    /// The URL with its password replaced, so it can be shown.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return "(ongeldige URL)" }
        if components.password != nil { components.password = "***" }
        return components.string ?? "(ongeldige URL)"
    }
}
