import Fluent

/// Creates the `municipalities` table.
public struct CreateMunicipalities: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(MunicipalityModel.schema)
            .id()
            .field("name", .string, .required)
            .field("cbs_code", .string, .required)
            .field("logo", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "cbs_code")
            .create()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(MunicipalityModel.schema).delete()
    }
}
