/// Why the database could not be opened, with a one-line Dutch message that names the cause and the fix.
public enum DatabaseStartupError: Error, Equatable, Sendable, CustomStringConvertible {
    case unsupportedURL(String)
    case invalidPostgresURL(String)
    case directoryNotWritable(String)
    case notASQLiteFile(String)
    case unreadableFile(String)
    case postgresUnreachable(target: String, reason: String)
    case migrationFailed(target: String, reason: String)

    public var description: String {
        switch self {
        case .unsupportedURL(let url):
            "DATABASE_URL '\(DatabaseTarget.redacted(url))' wordt niet ondersteund: gebruik postgres://gebruiker:wachtwoord@host:5432/database, of laat DATABASE_URL leeg voor het SQLite-bestand."
        case .invalidPostgresURL(let url):
            "DATABASE_URL '\(DatabaseTarget.redacted(url))' is geen geldige PostgreSQL-URL: gebruik postgres://gebruiker:wachtwoord@host:5432/database."
        case .directoryNotWritable(let directory):
            "De map '\(directory)' voor het SQLite-bestand kan niet worden aangemaakt of beschreven: controleer de rechten of kies een ander pad met SQLITE_PATH."
        case .notASQLiteFile(let path):
            "Het bestand '\(path)' is geen (geldige) SQLite-database of is beschadigd: zet een reservekopie terug of verplaats het bestand, dan maakt Regiekamer een nieuwe database aan."
        case .unreadableFile(let path):
            "Het SQLite-bestand '\(path)' is niet lees- of schrijfbaar: controleer de bestandsrechten."
        case .postgresUnreachable(let target, let reason):
            "Geen verbinding met \(target) (\(reason)): controleer DATABASE_URL en of de databaseserver draait."
        case .migrationFailed(let target, let reason):
            "Het bijwerken van de database (\(target)) is mislukt: \(reason). Controleer de database of zet een reservekopie terug."
        }
    }
}
