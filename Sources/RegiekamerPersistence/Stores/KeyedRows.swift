import Fluent
import RegiekamerDomain
import Foundation

/// A record that every trajectory has exactly one of per key (a start-note section, an analysis cell),
/// unique on (trajectory, key) in the database.
protocol TrajectoryKeyedRow: Model {
    var rowKey: String { get }
    init(trajectoryID: UUID, key: String)
    static func rows(of trajectoryID: UUID, on database: Database) async throws -> [Self]
    static func row(_ key: String, of trajectoryID: UUID, on database: Database) async throws -> Self?
}

/// Creates the missing per-key rows of a trajectory on first use.
enum KeyedRows {
    /// All rows, in the order of `keys`.
    static func ensure<Row: TrajectoryKeyedRow>(_ type: Row.Type, keys: [String], trajectoryID: UUID, on database: Database) async throws -> [Row] {
        var rows = try await Row.rows(of: trajectoryID, on: database)
        let present = Set(rows.map(\.rowKey))
        for key in keys where !present.contains(key) {
            rows.append(try await create(Row.self, key: key, trajectoryID: trajectoryID, on: database))
        }
        let order = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        return rows.sorted { order[$0.rowKey, default: keys.count] < order[$1.rowKey, default: keys.count] }
    }

    /// The row for one key, created on first use; one query when it exists.
    static func ensure<Row: TrajectoryKeyedRow>(_ type: Row.Type, key: String, trajectoryID: UUID, on database: Database) async throws -> Row {
        if let existing = try await Row.row(key, of: trajectoryID, on: database) { return existing }
        return try await create(Row.self, key: key, trajectoryID: trajectoryID, on: database)
    }

    private static func create<Row: TrajectoryKeyedRow>(_ type: Row.Type, key: String, trajectoryID: UUID, on database: Database) async throws -> Row {
        let row = Row(trajectoryID: trajectoryID, key: key)
        do {
            try await row.create(on: database)
            return row
        } catch {
            // Another request created it at the same moment; the unique key kept one row.
            guard let existing = try await Row.row(key, of: trajectoryID, on: database) else { throw error }
            return existing
        }
    }
}

extension StartNoteSectionModel: TrajectoryKeyedRow {
    var rowKey: String { sectionKey }

    convenience init(trajectoryID: UUID, key: String) {
        self.init(trajectoryID: trajectoryID, section: StartNoteSection(rawValue: key) ?? .reason)
        self.sectionKey = key
    }

    static func rows(of trajectoryID: UUID, on database: Database) async throws -> [StartNoteSectionModel] {
        try await query(on: database).filter(\.$trajectory.$id == trajectoryID).all()
    }

    static func row(_ key: String, of trajectoryID: UUID, on database: Database) async throws -> StartNoteSectionModel? {
        try await query(on: database).filter(\.$trajectory.$id == trajectoryID).filter(\.$sectionKey == key).first()
    }
}

extension AnalysisCellModel: TrajectoryKeyedRow {
    var rowKey: String { cellKey }

    convenience init(trajectoryID: UUID, key: String) {
        self.init(trajectoryID: trajectoryID, cell: AnalysisCellID(key: key) ?? .aspect(1))
        self.cellKey = key
    }

    static func rows(of trajectoryID: UUID, on database: Database) async throws -> [AnalysisCellModel] {
        try await query(on: database).filter(\.$trajectory.$id == trajectoryID).all()
    }

    static func row(_ key: String, of trajectoryID: UUID, on database: Database) async throws -> AnalysisCellModel? {
        try await query(on: database).filter(\.$trajectory.$id == trajectoryID).filter(\.$cellKey == key).first()
    }
}

extension PlanTextModel: TrajectoryKeyedRow {
    var rowKey: String { textKey }

    static func rows(of trajectoryID: UUID, on database: Database) async throws -> [PlanTextModel] {
        try await query(on: database).filter(\.$trajectory.$id == trajectoryID).all()
    }

    static func row(_ key: String, of trajectoryID: UUID, on database: Database) async throws -> PlanTextModel? {
        try await query(on: database).filter(\.$trajectory.$id == trajectoryID).filter(\.$textKey == key).first()
    }
}
