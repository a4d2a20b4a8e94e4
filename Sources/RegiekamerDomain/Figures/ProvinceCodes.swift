import Foundation

/// The twelve provinces with their CBS region codes (`PV20`–`PV31`), to read exports that name regions instead of
/// coding them (`Groningen (PV)`).
public enum ProvinceCodes {
    public static let byName: [String: String] = [
        "groningen": "PV20", "fryslân": "PV21", "friesland": "PV21", "drenthe": "PV22", "overijssel": "PV23",
        "flevoland": "PV24", "gelderland": "PV25", "utrecht": "PV26", "noord-holland": "PV27", "zuid-holland": "PV28",
        "zeeland": "PV29", "noord-brabant": "PV30", "limburg": "PV31",
    ]

    /// The code of a region label that names a province (`Utrecht (PV)`, any letter case); nil otherwise.
    public static func code(forLabel label: String) -> String? {
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("(PV)") else { return nil }
        let name = trimmed.dropLast(4).trimmingCharacters(in: .whitespaces).lowercased()
        return byName[name]
    }
}
