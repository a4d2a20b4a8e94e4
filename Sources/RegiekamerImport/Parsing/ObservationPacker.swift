import RegiekamerDomain
import RegiekamerPersistence

/// Packs a file's lines into rows of area × series × year (twelve months and a year value), refuses a
/// period given twice, and collects the (area, year) pairs whose earlier rows the import replaces.
/// Memory grows with the number of distinct series rows (a few bytes each), never with the number of lines.
struct ObservationPacker {
    private struct OpenRow {
        var key: UInt64
        var area: Int32
        var series: Int32
        var year: Int
        var mask: UInt16
        var yearTotal: Double?
        var months: [Double?]
    }

    /// Bits 0–11: months given, bit 12: year value given.
    private var masks: [UInt64: UInt16] = [:]
    private var open: OpenRow?
    private var pending: [(area: Int32, series: Int32, year: Int, yearTotal: Double?, months: [Double?], given: UInt16)] = []
    /// Where a key stands in `pending`, so a key reopened before the batch is written merges into its row (one
    /// INSERT … ON CONFLICT may not touch the same row twice on PostgreSQL).
    private var pendingIndex: [UInt64: Int] = [:]
    private var seenAreaYears: Set<UInt64> = []
    private var pendingDeletes: [Int: [Int32]] = [:]

    var pendingCount: Int { pending.count }

    private static func key(area: Int32, series: Int32, year: Int) -> UInt64 {
        UInt64(UInt32(bitPattern: area)) << 36 | UInt64(UInt32(bitPattern: series) & 0xFFFFF) << 16 | UInt64(year & 0xFFFF)
    }

    /// Adds one value. Throws when the same area, series and period came before.
    mutating func add(area: Int32, series: Int32, period: FigurePeriod, value: Double?, line: Int, describe: () -> String) throws {
        let key = Self.key(area: area, series: series, year: period.year)
        if open?.key != key {
            close()
            let areaYear = UInt64(UInt32(bitPattern: area)) << 16 | UInt64(period.year & 0xFFFF)
            if seenAreaYears.insert(areaYear).inserted { pendingDeletes[period.year, default: []].append(area) }
            open = OpenRow(key: key, area: area, series: series, year: period.year, mask: masks[key] ?? 0, yearTotal: nil, months: Array(repeating: nil, count: 12))
        }
        let bit: UInt16 = period.month.map { 1 << UInt16($0 - 1) } ?? 1 << 12
        guard open!.mask & bit == 0 else {
            throw FigureImportError(line: line, message: "\(describe()) staat al eerder in het bestand (dubbele sleutel).")
        }
        open!.mask |= bit
        if let month = period.month { open!.months[month - 1] = value } else { open!.yearTotal = value }
    }

    private mutating func close() {
        guard let row = open else { return }
        masks[row.key] = row.mask
        if let index = pendingIndex[row.key] {
            if let total = row.yearTotal { pending[index].yearTotal = total }
            for (month, value) in row.months.enumerated() where value != nil { pending[index].months[month] = value }
            pending[index].given |= row.mask
        } else {
            pendingIndex[row.key] = pending.count
            pending.append((row.area, row.series, row.year, row.yearTotal, row.months, row.mask))
        }
        open = nil
    }

    /// Takes what is ready to write: deletions first, then rows. With `final`, also the row still open.
    mutating func takeBatch(final: Bool, areas: [String], series: [String], unit: (Int32) -> String) -> FigureBatch {
        if final { close() }
        let rows = pending.map { row in
            PackedObservation(area: areas[Int(row.area)], series: series[Int(row.series)], year: row.year, unit: unit(row.series), yearTotal: row.yearTotal, months: row.months, given: row.given)
        }
        let deletes = pendingDeletes.mapValues { $0.map { areas[Int($0)] } }
        pending.removeAll(keepingCapacity: true)
        pendingIndex.removeAll(keepingCapacity: true)
        pendingDeletes.removeAll()
        return FigureBatch(deletes: deletes, rows: rows)
    }
}

/// Work for the database: earlier rows to remove (year → areas), then rows to write.
struct FigureBatch: Sendable {
    var deletes: [Int: [String]]
    var rows: [PackedObservation]
}
