import Fluent

/// Adds to each import record the Dutch line saying which table and layout the importer recognised, and what it
/// left out (rows of areas that did not exist, totals of a breakdown, region levels that are not kept).
public struct AddFigureImportLayoutNote: AsyncMigration {
    public init() {}

    public func prepare(on database: Database) async throws {
        try await database.schema(FigureImportModel.schema)
            .field("layout_note", .string, .required, .sql(.default(""))).update()
    }

    public func revert(on database: Database) async throws {
        try await database.schema(FigureImportModel.schema).deleteField("layout_note").update()
    }
}
