/// A result of an expert team (a product, method or advice) offered to the local Driehoek of one member
/// municipality, which then implements it.
public struct DriehoekResult: Equatable, Sendable {
    public let municipality: String
    public let description: String
    public let handedOver: CalendarDay

    public init(municipality: String, description: String, handedOver: CalendarDay) {
        self.municipality = municipality
        self.description = description
        self.handedOver = handedOver
    }
}
