/// A cell of the Matrix Integrale Veiligheidszorg: what one partner does for one part of the approach.
public enum Responsibility: String, CaseIterable, Codable, Sendable {
    case leads = "trekker"
    case contributes = "bijdrage"
    case none = "geen"

    public var label: String {
        switch self {
        case .leads: "Trekt"
        case .contributes: "Draagt bij"
        case .none: "—"
        }
    }
}

/// The responsibility matrix of a project: the parts of the integral approach against the partners, so it shows
/// who leads which part and where nobody or more than one partner leads.
public struct ResponsibilityMatrix: Equatable, Sendable {
    /// The standard parts of an integral approach; a project adds its agreed measures as further rows.
    public static let standardParts = ["Preventie", "Handhaving", "Zorg", "Nazorg"]

    public let parts: [String]
    public let partners: [String]
    /// Cells keyed by part, then partner; a missing cell is `.none`.
    public let cells: [String: [String: Responsibility]]

    public init(parts: [String], partners: [String], cells: [String: [String: Responsibility]]) {
        self.parts = parts
        self.partners = partners
        self.cells = cells
    }

    public func cell(_ part: String, _ partner: String) -> Responsibility { cells[part]?[partner] ?? .none }

    public func leads(of part: String) -> [String] { partners.filter { cell(part, $0) == .leads } }

    /// Parts that no partner leads.
    public var withoutLead: [String] { parts.filter { leads(of: $0).isEmpty } }

    /// Parts that two or more partners lead (overlap).
    public var withSeveralLeads: [String] { parts.filter { leads(of: $0).count > 1 } }
}
