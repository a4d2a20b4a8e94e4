import Foundation

/// The level of an imported area boundary, read from its CBS code's prefix (`GM`, `WK`, `BU`). Codes may be
/// alphanumeric after the municipality's four digits (Amsterdam: `BU0363AA01`).
public enum AreaLevel: String, CaseIterable, Sendable, Codable {
    case municipality = "gemeente"
    case district = "wijk"
    case neighbourhood = "buurt"

    /// The level of a code, or nil when the code has no known prefix or no four-digit municipality number.
    public init?(code: String) {
        let bytes = Array(code.utf8)
        guard bytes.count >= 6, bytes[2...5].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        switch code.prefix(2) {
        case "GM" where bytes.count == 6: self = .municipality
        case "WK" where bytes.count == 8: self = .district
        case "BU" where bytes.count == 10: self = .neighbourhood
        default: return nil
        }
    }

    /// The municipality a code of this kind lies in (`WK036301` → `GM0363`).
    public static func municipalityCode(of code: String) -> String {
        "GM" + code.dropFirst(2).prefix(4)
    }

    /// The Dutch plural, for messages ("wijken").
    public var plural: String {
        switch self {
        case .municipality: "gemeenten"
        case .district: "wijken"
        case .neighbourhood: "buurten"
        }
    }

    /// The display tolerance of this level's outlines, in metres (Douglas–Peucker at import).
    public var toleranceMetres: Double {
        switch self {
        case .municipality: 50
        case .district: 10
        case .neighbourhood: 5
        }
    }
}
