import Foundation

/// Writes the whole catalogue as one JSON document (stable key order, readable indentation).
public enum CatalogueJSONExporter {
    public static func export(_ catalogue: Catalogue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(catalogue), as: UTF8.self)
    }
}
