import Foundation
import RegiekamerDomain
import SQLKit

/// The packed observation table: one row per owner × source × area × series × year.
enum FigureObservationTable {
    static let name = "figure_observations"
    static let monthColumns = (1...12).map { $0 < 10 ? "m0\($0)" : "m\($0)" }
    static let keyColumns = ["owner_code", "source", "area_code", "series_code", "year"]
    static let valueColumns = ["year_total"] + monthColumns
    static let columns = keyColumns + ["unit", "given_mask"] + valueColumns
}

/// A stored observation row with its owner and source.
public struct StoredObservation: Sendable, Equatable {
    public let owner: String
    public let source: FigureSource
    public let values: PackedObservation
}

extension FigureObservationTable {
    /// Copies the open-data rows of one municipality to another code (for demo municipalities that borrow a
    /// synthetic municipality's figures). Rows already there for `target` are left alone.
    static func copyOpenData(from source: String, to target: String, on database: any SQLDatabase) async throws {
        let others = columns.filter { $0 != "area_code" }
        let list = others.joined(separator: ", ")
        try await database.raw("""
            INSERT INTO \(unsafeRaw: name) (area_code, \(unsafeRaw: list))
            SELECT \(bind: target), \(unsafeRaw: list) FROM \(unsafeRaw: name) AS o
            WHERE o.area_code = \(bind: source) AND o.owner_code = ''
            AND NOT EXISTS (SELECT 1 FROM \(unsafeRaw: name) AS t WHERE t.area_code = \(bind: target) AND t.owner_code = '')
            """).run()
    }
}
