import Foundation

/// A whole municipality's data as a versioned JSON document: its trajectories with every step, its users and
/// roles, API keys, own figures and audit trail. Written by `MunicipalityArchiver.export`, read back into another
/// instance by `MunicipalityArchiver.import`.
public struct MunicipalityArchive: Codable, Sendable, Equatable {
    public static let formatName = "regiekamer-gemeentearchief"
    public static let currentVersion = 1

    /// One table's rows, each in the order of `columns`.
    public struct Table: Codable, Sendable, Equatable {
        public var name: String
        public var columns: [ArchiveColumn]
        public var rows: [[ArchiveValue]]
    }

    public var format: String
    public var version: Int
    public var createdAt: Date
    public var municipalityName: String
    public var cbsCode: String
    /// The migrations the writing instance had applied; the receiving instance must have all of them.
    public var migrations: [String]
    public var tables: [Table]

    enum CodingKeys: String, CodingKey {
        case format = "formaat", version = "versie", createdAt = "gemaakt", municipalityName = "gemeente"
        case cbsCode = "cbsCode", migrations = "migraties", tables = "tabellen"
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    public static func decoded(from data: Data) throws -> MunicipalityArchive {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(MunicipalityArchive.self, from: data)
    }

    /// Total number of rows, for summaries.
    public var rowCount: Int { tables.reduce(0) { $0 + $1.rows.count } }
}
