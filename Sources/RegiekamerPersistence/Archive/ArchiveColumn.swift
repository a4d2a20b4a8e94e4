import Foundation

/// A column of an archived table and the kind of value it holds, read from the database's own catalogue so the
/// archive is the same whichever driver wrote it (SQLite keeps booleans as integers; the importer converts).
public struct ArchiveColumn: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case uuid, text, integer, double, bool, date
    }

    public let name: String
    public let kind: Kind

    /// The kind for a PostgreSQL `information_schema` data type or a SQLite declared type.
    static func kind(declared: String) -> Kind? {
        switch declared.lowercased() {
        case "uuid": .uuid
        case "text", "character varying": .text
        case "bigint", "integer", "smallint", "int": .integer
        case "double precision", "double", "float", "numeric": .double
        case "real", "timestamp with time zone", "timestamp without time zone": .date
        case "boolean", "bool": .bool
        default: nil
        }
    }
}
