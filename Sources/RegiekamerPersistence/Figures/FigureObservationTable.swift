import Foundation
import RegiekamerDomain

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
