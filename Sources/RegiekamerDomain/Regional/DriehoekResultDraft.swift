/// A result for a Driehoek as typed into the form: the municipality's key (its id), what was handed over and when
/// (`yyyy-MM-dd`).
public struct DriehoekResultDraft: Equatable, Sendable {
    public var municipality: String
    public var description: String
    public var handedOver: String

    public init(municipality: String, description: String, handedOver: String) {
        self.municipality = municipality
        self.description = description
        self.handedOver = handedOver
    }
}
