import Fluent
import Foundation
import RegiekamerDomain

/// A municipality's own theme mapping of figure series, laid over the catalogue's defaults.
public enum FigureMappingStore {
    /// The municipality's overrides.
    public static func overrides(municipalityID: UUID, on database: any Database) async throws -> [SeriesKey: ThemeAssignment] {
        let rows = try await FigureMappingOverrideModel.query(on: database).filter(\.$municipality.$id == municipalityID).all()
        var result: [SeriesKey: ThemeAssignment] = [:]
        for row in rows {
            guard let source = FigureSource(rawValue: row.source) else { continue }
            result[SeriesKey(source: source, code: row.seriesCode)] = assignment(of: row)
        }
        return result
    }

    /// The catalogue's default mapping with the municipality's own choices laid over it.
    public static func mapping(base: FigureThemeMapping, municipalityID: UUID, on database: any Database) async throws -> FigureThemeMapping {
        FigureThemeMapping(defaults: base.defaults, overrides: try await overrides(municipalityID: municipalityID, on: database), totals: base.totals)
    }

    /// The stored override of one series with its version (0 when there is none yet).
    public static func override(municipalityID: UUID, key: SeriesKey, on database: any Database) async throws -> (ThemeAssignment, Int)? {
        guard let row = try await find(municipalityID, key, on: database) else { return nil }
        return (assignment(of: row), row.version)
    }

    private static func assignment(of row: FigureMappingOverrideModel) -> ThemeAssignment {
        ThemeAssignment(
            themes: row.themes.split(separator: ",").compactMap { ThemeCode(String($0)) },
            strategicThemes: row.strategicThemes.split(separator: ",").map(String.init))
    }

    private static func find(_ municipalityID: UUID, _ key: SeriesKey, on database: any Database) async throws -> FigureMappingOverrideModel? {
        try await FigureMappingOverrideModel.query(on: database)
            .filter(\.$municipality.$id == municipalityID).filter(\.$source == key.source.rawValue).filter(\.$seriesCode == key.code).first()
    }

    /// Outcome of saving an override.
    public enum SaveOutcome: Equatable, Sendable {
        case saved
        /// Someone else saved this series' mapping since the form was opened.
        case conflict
    }

    /// Saves (or, with `nil`, removes) the municipality's choice for one series, if `expectedVersion` is still
    /// current; writes an audit entry in the same transaction.
    public static func save(
        municipalityID: UUID, key: SeriesKey, assignment: ThemeAssignment?, expectedVersion: Int, actor: Actor, on database: any Database
    ) async throws -> SaveOutcome {
        try await database.transaction { transaction in
            let existing = try await find(municipalityID, key, on: transaction)
            guard (existing?.version ?? 0) == expectedVersion else { return .conflict }
            let before = existing.map(assignment(of:))
            if let assignment {
                let row = existing ?? FigureMappingOverrideModel()
                if existing == nil {
                    row.$municipality.id = municipalityID
                    row.source = key.source.rawValue
                    row.seriesCode = key.code
                }
                row.themes = assignment.themes.map(\.description).joined(separator: ",")
                row.strategicThemes = assignment.strategicThemes.joined(separator: ",")
                row.updatedAt = Date()
                if existing == nil {
                    row.version = 1
                    try await row.create(on: transaction)
                } else {
                    let updated = try await VersionedUpdate.apply(
                    on: transaction, schema: FigureMappingOverrideModel.schema, id: try row.requireID(), expectedVersion: expectedVersion,
                    values: [("themes", row.themes), ("strategic_themes", row.strategicThemes), ("updated_at", row.updatedAt)])
                guard updated else { return .conflict }
                }
            } else if let existing {
                try await existing.delete(on: transaction)
            }
            try await AuditLog.record(
                on: transaction, actor: actor, municipalityID: municipalityID, change: assignment == nil ? .delete : (existing == nil ? .create : .update),
                entityType: "themakoppeling", entityID: nil,
                summary: "Themakoppeling van \(key.source.label) \(key.code) " + (assignment.map { "gezet op \($0.themes.map(\.description).joined(separator: ", "))" } ?? "teruggezet naar de standaard"),
                before: before, after: assignment)
            return .saved
        }
    }
}
