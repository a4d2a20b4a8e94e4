import Fluent
import Foundation
import RegiekamerDomain
import SQLKit

/// Writes a municipality's archive and reads one into another instance: all or nothing, refusing an archive
/// from a newer schema, a municipality that is already there, or an account whose e-mail address another
/// account here already uses.
public enum MunicipalityArchiver {
    /// What an import did.
    public struct ImportSummary: Sendable, Equatable {
        public let municipalityName: String
        public let insertedRows: Int
        /// Shared rows (accounts in several municipalities, area names) that were already here.
        public let keptRows: Int
    }

    public static func export(cbsCode text: String, on database: Database, now: Date = Date()) async throws -> MunicipalityArchive {
        let municipality = try await MunicipalityStore.municipality(cbsCode: text, on: database)
        let cbsCode = municipality.cbsCode
        let sql = try sqlDatabase(database)
        let id = try municipality.requireID()
        var tables: [MunicipalityArchive.Table] = []
        for scope in ArchiveTableScope.all {
            let columns = try await self.columns(of: scope.table, on: sql)
            var query = SQLQueryString("SELECT ")
            query.appendInterpolation(idents: columns.map(\.name), joinedBy: ", ")
            query.appendLiteral(" FROM ")
            query.appendInterpolation(ident: scope.table)
            query.appendLiteral(" WHERE ")
            query += condition(scope.condition, municipalityID: id, cbsCode: cbsCode)
            query.appendLiteral(" ORDER BY ")
            query.appendInterpolation(idents: columns.map(\.name), joinedBy: ", ")
            let rows = try await sql.raw(query).all().map { row in
                try columns.map { column in
                    if scope.table == "users", column.name == "is_instance_admin" { return ArchiveValue.bool(false) }
                    return try value(of: column, in: row)
                }
            }
            tables.append(.init(name: scope.table, columns: columns, rows: rows))
        }
        return MunicipalityArchive(
            format: MunicipalityArchive.formatName, version: MunicipalityArchive.currentVersion, createdAt: now,
            municipalityName: municipality.name, cbsCode: cbsCode, migrations: try await appliedMigrations(on: sql), tables: tables)
    }

    public static func `import`(_ archive: MunicipalityArchive, actor: Actor, on database: Database) async throws -> ImportSummary {
        guard archive.format == MunicipalityArchive.formatName else {
            throw ValidationFailure(field: "formaat", message: "Dit is geen Regiekamer-gemeentearchief (formaat '\(archive.format)').")
        }
        guard archive.version <= MunicipalityArchive.currentVersion else {
            throw ValidationFailure(field: "versie", message: "Archiefversie \(archive.version) is nieuwer dan deze installatie leest (\(MunicipalityArchive.currentVersion)). Werk Regiekamer eerst bij.")
        }
        return try await database.transaction { db in
            let sql = try sqlDatabase(db)
            let missing = Set(archive.migrations).subtracting(try await appliedMigrations(on: sql))
            guard missing.isEmpty else {
                throw ValidationFailure(field: "migraties", message: "Het archief komt van een nieuwere Regiekamer (ontbrekende migraties: \(missing.sorted().joined(separator: ", "))). Werk deze installatie eerst bij.")
            }
            if try await MunicipalityModel.query(on: db).filter(\.$cbsCode == archive.cbsCode).first() != nil {
                throw ValidationFailure(field: "gemeente", message: "\(archive.municipalityName) (\(archive.cbsCode)) bestaat al in deze installatie; het archief is niet ingelezen.")
            }
            var inserted = 0
            var kept = 0
            for table in archive.tables {
                guard let scope = ArchiveTableScope.all.first(where: { $0.table == table.name }) else {
                    throw ValidationFailure(field: "tabel \(table.name)", message: "Het archief bevat de onbekende tabel '\(table.name)'.")
                }
                let targetColumns = Dictionary(uniqueKeysWithValues: try await declaredColumns(of: table.name, on: sql).map { ($0.column.name, $0) })
                let kinds = try table.columns.map { column in
                    guard let target = targetColumns[column.name] else {
                        throw ValidationFailure(field: "tabel \(table.name)", message: "Kolom '\(column.name)' bestaat niet in deze installatie.")
                    }
                    return target
                }
                var rows = table.rows
                if let key = scope.sharedKey {
                    let (fresh, existing) = try await splitShared(rows, table: table, key: key, on: sql)
                    rows = fresh
                    kept += existing
                }
                let batch = max(1, 2_000 / max(1, table.columns.count))
                for start in stride(from: 0, to: rows.count, by: batch) {
                    let chunk = rows[start..<min(rows.count, start + batch)]
                    var insert = sql.insert(into: table.name).columns(table.columns.map(\.name))
                    for (index, row) in chunk.enumerated() {
                        guard row.count == kinds.count else {
                            throw ValidationFailure(field: "tabel \(table.name)", message: "Rij \(start + index + 1) heeft \(row.count) waarden, verwacht \(kinds.count).")
                        }
                        insert = insert.values(try zip(row, kinds).enumerated().map { position, pair in
                            if table.name == "users", table.columns[position].name == "is_instance_admin" { return SQLBind(false) as any SQLExpression }
                            let bound = try bind(pair.0, as: pair.1.column.kind, column: table.columns[position].name, table: table.name)
                            // PostgreSQL's `integer` is 32 bits wide and refuses a 64-bit parameter.
                            if pair.1.declared == "integer", case .integer(let number) = pair.0, let narrow = Int32(exactly: number) {
                                return SQLBind(narrow) as any SQLExpression
                            }
                            // PostgreSQL's driver truncates to whole microseconds; half a microsecond more keeps the
                            // archived microsecond instead of the one below it.
                            if pair.1.declared.hasPrefix("timestamp"), let seconds = pair.0.number {
                                return SQLBind(Date(timeIntervalSince1970: seconds + 0.000_000_5)) as any SQLExpression
                            }
                            return bound
                        })
                    }
                    try await insert.run()
                    inserted += chunk.count
                }
            }
            guard let municipality = try await MunicipalityModel.query(on: db).filter(\.$cbsCode == archive.cbsCode).first() else {
                throw ValidationFailure(field: "gemeente", message: "Het archief bevat de gemeente zelf niet.")
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: try municipality.requireID(), change: .create, entityType: "gemeentearchief",
                entityID: municipality.id, summary: "Gemeentearchief van \(archive.createdAt.formatted(.iso8601)) ingelezen (\(inserted) rijen)",
                before: Optional<String>.none, after: archive.cbsCode)
            return ImportSummary(municipalityName: archive.municipalityName, insertedRows: inserted, keptRows: kept)
        }
    }

    /// The tables of the database that are neither archived nor listed as the instance's own.
    public static func unclassifiedTables(on database: Database) async throws -> [String] {
        let sql = try sqlDatabase(database)
        let names: [String]
        if sql.dialect.name == "sqlite" {
            names = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
                .map { try $0.decode(column: "name", as: String.self) }
        } else {
            names = try await sql.raw("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").all()
                .map { try $0.decode(column: "table_name", as: String.self) }
        }
        let known = Set(ArchiveTableScope.all.map(\.table)).union(ArchiveTableScope.instanceTables.keys)
        return names.filter { !known.contains($0) }.sorted()
    }

    // MARK: - Helpers

    private static func sqlDatabase(_ database: Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else {
            throw ValidationFailure(field: "database", message: "Deze database ondersteunt geen SQL.")
        }
        return sql
    }

    private static func condition(_ text: String, municipalityID: UUID, cbsCode: String) -> SQLQueryString {
        var query = SQLQueryString("")
        var rest = Substring(text)
        while let range = rest.range(of: "$") {
            query.appendLiteral(String(rest[..<range.lowerBound]))
            let marker = rest[range.upperBound...].first
            if marker == "M" { query.appendInterpolation(bind: municipalityID) } else { query.appendInterpolation(bind: cbsCode) }
            rest = rest[rest.index(after: range.upperBound)...]
        }
        query.appendLiteral(String(rest))
        return query
    }

    static func columns(of table: String, on sql: any SQLDatabase) async throws -> [ArchiveColumn] {
        try await declaredColumns(of: table, on: sql).map(\.column)
    }

    /// The columns with the type the database declares for each (lower-cased).
    static func declaredColumns(of table: String, on sql: any SQLDatabase) async throws -> [(column: ArchiveColumn, declared: String)] {
        let pairs: [(String, String)]
        if sql.dialect.name == "sqlite" {
            pairs = try await sql.raw("SELECT name, type FROM pragma_table_info(\(bind: table)) ORDER BY cid").all()
                .map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "type", as: String.self)) }
        } else {
            pairs = try await sql.raw("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = \(bind: table) ORDER BY ordinal_position
                """).all()
                .map { (try $0.decode(column: "column_name", as: String.self), try $0.decode(column: "data_type", as: String.self)) }
        }
        guard !pairs.isEmpty else {
            throw ValidationFailure(field: "tabel \(table)", message: "Tabel '\(table)' bestaat niet in deze database.")
        }
        return try pairs.map { name, declared in
            guard let kind = ArchiveColumn.kind(declared: declared) else {
                throw ValidationFailure(field: "tabel \(table)", message: "Kolom '\(name)' heeft een onbekend type '\(declared)'.")
            }
            return (ArchiveColumn(name: name, kind: kind), declared.lowercased())
        }
    }

    private static func appliedMigrations(on sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("SELECT name FROM _fluent_migrations ORDER BY name").all().map { try $0.decode(column: "name", as: String.self) }
    }

    private static func value(of column: ArchiveColumn, in row: any SQLRow) throws -> ArchiveValue {
        if try row.decodeNil(column: column.name) { return .null }
        switch column.kind {
        case .uuid: return .text(try row.decode(column: column.name, as: UUID.self).uuidString)
        case .text: return .text(try row.decode(column: column.name, as: String.self))
        case .integer: return .integer(try row.decode(column: column.name, as: Int64.self))
        case .double: return .double(try row.decode(column: column.name, as: Double.self))
        case .bool: return .bool(try row.decode(column: column.name, as: Bool.self))
        case .date:
            // Whole microseconds: what PostgreSQL keeps, so both drivers write the same archive.
            let seconds = try row.decode(column: column.name, as: Date.self).timeIntervalSince1970
            return .double((seconds * 1_000_000).rounded() / 1_000_000)
        }
    }

    private static func bind(_ value: ArchiveValue, as kind: ArchiveColumn.Kind, column: String, table: String) throws -> any SQLExpression {
        func refuse() -> ValidationFailure {
            ValidationFailure(field: "tabel \(table)", message: "Kolom '\(column)' heeft een waarde van het verkeerde soort.")
        }
        if value == .null { return SQLLiteral.null }
        switch kind {
        case .uuid:
            guard case .text(let text) = value, let uuid = UUID(uuidString: text) else { throw refuse() }
            return SQLBind(uuid)
        case .text:
            guard case .text(let text) = value else { throw refuse() }
            return SQLBind(text)
        case .integer:
            switch value {
            case .integer(let number): return SQLBind(number)
            case .bool(let flag): return SQLBind(Int64(flag ? 1 : 0))
            default: throw refuse()
            }
        case .double:
            guard let number = value.number else { throw refuse() }
            return SQLBind(number)
        case .bool:
            switch value {
            case .bool(let flag): return SQLBind(flag)
            case .integer(let number): return SQLBind(number != 0)
            default: throw refuse()
            }
        case .date:
            guard let seconds = value.number else { throw refuse() }
            return SQLBind(Date(timeIntervalSince1970: seconds))
        }
    }

    /// Splits shared rows into those to insert and the number already here; refuses an account whose e-mail
    /// address belongs to a different account here.
    private static func splitShared(
        _ rows: [[ArchiveValue]], table: MunicipalityArchive.Table, key: String, on sql: any SQLDatabase
    ) async throws -> ([[ArchiveValue]], Int) {
        guard let keyIndex = table.columns.firstIndex(where: { $0.name == key }) else { return (rows, 0) }
        let emailIndex = table.name == "users" ? table.columns.firstIndex(where: { $0.name == "email" }) : nil
        var fresh: [[ArchiveValue]] = []
        var kept = 0
        for row in rows {
            let keyBind = try bind(row[keyIndex], as: table.columns[keyIndex].kind, column: key, table: table.name)
            let existing = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table.name) WHERE \(ident: key) = \(keyBind)")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            if existing > 0 {
                kept += 1
                continue
            }
            if let emailIndex, case .text(let email) = row[emailIndex] {
                let clash = try await sql.raw("SELECT COUNT(*) AS n FROM users WHERE email = \(bind: email)").first()?.decode(column: "n", as: Int.self) ?? 0
                if clash > 0 {
                    throw ValidationFailure(field: "account \(email)", message: "Er bestaat hier al een ander account met e-mailadres \(email); het archief is niet ingelezen.")
                }
            }
            fresh.append(row)
        }
        return (fresh, kept)
    }
}
