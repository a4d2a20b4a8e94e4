/// The mayor who adopts a regional theme as portfolio holder for the whole region and links it to their own
/// district.
public struct AdoptingMayor: Equatable, Sendable {
    public let name: String
    /// The mayor's own municipality.
    public let municipality: String

    public init(name: String, municipality: String) {
        self.name = name
        self.municipality = municipality
    }

    /// "Burgemeester Jansen (Ede)".
    public var label: String {
        municipality.isEmpty ? "Burgemeester \(name)" : "Burgemeester \(name) (\(municipality))"
    }
}
