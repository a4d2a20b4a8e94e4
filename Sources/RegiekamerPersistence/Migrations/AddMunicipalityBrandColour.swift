import Fluent

/// Adds a municipality's own colour (`#rrggbb`, optional) for the header of the pages residents see.
public struct AddMunicipalityBrandColour: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(MunicipalityModel.schema).field("brand_colour", .string).update()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(MunicipalityModel.schema).deleteField("brand_colour").update()
    }
}
