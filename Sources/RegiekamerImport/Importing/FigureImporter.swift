import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence

/// How far an import is, for a progress bar.
public struct ImportProgress: Sendable, Equatable {
    public let bytesRead: Int64
    public let totalBytes: Int64
    public let lines: Int

    public var fraction: Double { totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 0 }
}

/// What an import stored.
public struct FigureImportSummary: Sendable, Equatable {
    public let source: FigureSource
    public let record: FigureImportRecord
    /// Types or indicators of the file without a theme in the mapping.
    public var unmapped: [String] { record.unmapped }
    /// One Dutch line: which table and layout was recognised.
    public var layout: String
    /// What was left out or stored as unknown (Dutch sentences).
    public var notes: [String]
}

/// One import: a file of one source, for the whole instance (open data) or for one municipality.
public struct FigureImportJob: Sendable {
    public var file: URL
    /// The name shown in the import's record (an upload's original name).
    public var displayName: String
    public var options: FigureParseOptions
    /// The owning municipality's CBS code, or "" for open data shared by the instance.
    public var owner: String
    public var municipalityID: UUID?
    public var mapping: FigureThemeMapping
    public var actor: Actor

    public init(file: URL, displayName: String? = nil, options: FigureParseOptions, owner: String, municipalityID: UUID?, mapping: FigureThemeMapping, actor: Actor) {
        self.file = file
        self.displayName = displayName ?? file.lastPathComponent
        self.options = options
        self.owner = owner
        self.municipalityID = municipalityID
        self.mapping = mapping
        self.actor = actor
    }
}

/// Streams a figure file into the database inside one transaction: all lines or none. Parsing the next part of
/// the file overlaps with writing the previous batch.
public enum FigureImporter {
    /// Rows packed before a batch goes to the database.
    static let batchRows = 8_000

    public static func run(
        _ job: FigureImportJob, on database: any Database, progress: @escaping @Sendable (ImportProgress) -> Void = { _ in }
    ) async throws -> FigureImportSummary {
        guard job.options.source == .monitor, StatLineFormattedExport.looksFormatted(job.file) else {
            return try await run(job, reading: job.file, formatted: nil, on: database, progress: progress)
        }
        let export = try StatLineFormattedExport.read(job.file, areaNames: job.options.areaNames)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("regiekamer-opmaak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let long = directory.appendingPathComponent("lang.csv")
        try Data(export.text.utf8).write(to: long)
        do {
            return try await run(job, reading: long, formatted: export, on: database, progress: progress)
        } catch let error as FigureImportError {
            // Name the export's own line, not the line of the long layout made from it.
            let line = error.line.flatMap { $0 >= 1 && $0 <= export.origins.count ? export.origins[$0 - 1] : nil }
            throw FigureImportError(line: line, message: error.message)
        }
    }

    private static func run(
        _ job: FigureImportJob, reading file: URL, formatted: StatLineFormattedExport?, on database: any Database,
        progress: @escaping @Sendable (ImportProgress) -> Void
    ) async throws -> FigureImportSummary {
        try await database.transaction { transaction in
            var reader = try ByteLineReader(url: file)
            let parser = FigureFileParser(options: job.options)
            let writer = FigureWriter(database: transaction, owner: job.owner, source: job.options.source)
            var inFlight: Task<Int, any Error>?
            var replaced = 0
            do {
                while try reader.forEachLineOfNextChunk({ line, number in try parser.consume(line, number: number) }) {
                    progress(ImportProgress(bytesRead: reader.bytesRead, totalBytes: reader.totalBytes, lines: reader.lineNumber))
                    if parser.pendingRows >= batchRows {
                        let batch = parser.takeBatch(final: false)
                        if let previous = inFlight { replaced += try await previous.value }
                        inFlight = Task { try await write(batch, with: writer) }
                    }
                }
                guard reader.lineNumber > 0 else { throw FigureImportError(line: nil, message: "het bestand is leeg.") }
                guard parser.rows > 0 else { throw FigureImportError(line: nil, message: "het bestand heeft een kopregel maar geen cijfers.") }
                if let previous = inFlight { replaced += try await previous.value }
                inFlight = nil
                replaced += try await write(parser.takeBatch(final: true), with: writer)
            } catch {
                _ = try? await inFlight?.value
                throw error
            }
            try await writer.saveNames(series: parser.seriesNames, areas: job.options.codes?.areas ?? [:])
            try await writer.saveMargins(parser.marginRows)
            let unmapped = parser.seriesCodes.filter { job.mapping.isUnmapped(SeriesKey(source: job.options.source, code: $0)) }.sorted()
            let layout = formatted?.description ?? parser.recognised?.description ?? ""
            let notes = (formatted?.notes ?? []) + ImportNotes.sentences(
                notExisting: parser.notExistingRows, suppressed: parser.suppressedValues, detailRows: parser.detailRows,
                regionsNotKept: parser.regionRowsNotKept)
            let record = FigureImportRecord(
                fileName: job.displayName, rows: parser.rows, areas: parser.areaCount, periods: parser.periodCount,
                series: parser.seriesCodes.count, unmapped: unmapped,
                firstPeriod: parser.firstPeriod?.description ?? "", lastPeriod: parser.lastPeriod?.description ?? "",
                replacedRows: replaced, layoutNote: ([layout] + notes).joined(separator: " "))
            try await writer.recordImport(record, municipalityID: job.municipalityID, actor: job.actor)
            return FigureImportSummary(source: job.options.source, record: record, layout: layout, notes: notes)
        }
    }

    /// Applies one batch; returns how many earlier rows it replaced.
    private static func write(_ batch: FigureBatch, with writer: FigureWriter) async throws -> Int {
        var replaced = 0
        for (year, areas) in batch.deletes.sorted(by: { $0.key < $1.key }) {
            replaced += try await writer.deleteExisting(year: year, areas: areas)
        }
        try await writer.upsert(batch.rows)
        return replaced
    }
}
