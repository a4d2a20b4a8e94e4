import Fluent
import Foundation
import RegiekamerDomain
import RegiekamerPersistence

/// What an import of area boundaries stored, with the one Dutch line the command prints.
public struct AreaImportSummary: Sendable, Equatable {
    public let fileName: String
    public let count: Int
    public let level: AreaLevel
    public let year: Int
    public let projection: AreaProjection
    public let projectionEvidence: String
    public let codeProperty: String
    public let toleranceMetres: Double
    public let pointsRead: Int
    public let pointsKept: Int
    public let bytesStored: Int
    public let replaced: Int
    /// The codes of the file, in file order.
    public let codes: [String]

    /// One Dutch line: count, level, year, projection, simplification and bytes stored.
    public var line: String {
        let tolerance = DutchNumberText.decimal(
            toleranceMetres, places: toleranceMetres.rounded() == toleranceMetres ? 0 : 1)
        var text = "\(DutchNumberText.grouped(count)) \(level.plural) van \(year) ingelezen uit \(fileName) "
        text +=
            "(\(projection.rawValue), herkend aan \(projectionEvidence == "crs" ? "het crs-lid" : "de coördinaten"); "
        text += "code uit '\(codeProperty)'); vereenvoudigd met \(tolerance) m tolerantie van "
        text += "\(DutchNumberText.grouped(pointsRead)) naar \(DutchNumberText.grouped(pointsKept)) punten; "
        text += "\(DutchNumberText.grouped(bytesStored)) bytes opgeslagen"
        if replaced > 0 { text += "; \(DutchNumberText.grouped(replaced)) eerder ingelezen gebieden vervangen" }
        return text + "."
    }
}

/// Imports a GeoJSON file of area boundaries: read, checked and simplified completely before anything is
/// written, then stored in one transaction (all areas or none).
public enum AreaImporter {
    /// Reads the file and stores its areas.
    public static func run(
        file: URL, displayName: String? = nil, options: AreaFileOptions, on database: any Database
    ) async throws -> AreaImportSummary {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw AreaFileError(message: "Het bestand \(displayName ?? file.lastPathComponent) is niet te lezen.")
        }
        return try await run(
            data: data, fileName: displayName ?? file.lastPathComponent, options: options, on: database)
    }

    /// Reads the bytes of an uploaded or generated file and stores its areas.
    public static func run(
        data: Data, fileName: String, options: AreaFileOptions, on database: any Database
    ) async throws -> AreaImportSummary {
        let area = try GeoJSONAreaReader.read(data, options: options)
        let stored = try await AreaBoundaryStore.replace(with: area, on: database)
        return AreaImportSummary(
            fileName: fileName, count: stored.stored, level: area.level, year: area.year, projection: area.projection,
            projectionEvidence: area.projectionEvidence, codeProperty: area.codeProperty,
            toleranceMetres: area.toleranceMetres, pointsRead: area.pointsRead, pointsKept: area.pointsKept,
            bytesStored: stored.bytes, replaced: stored.replaced, codes: area.features.map(\.code))
    }
}
