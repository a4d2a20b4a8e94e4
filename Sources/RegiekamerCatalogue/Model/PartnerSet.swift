/// The partners the handbook names for a theme or aspect: municipal departments and outside organisations.
public struct PartnerSet: Codable, Hashable, Sendable {
    public var `internal`: [String]
    public var external: [String]

    public init(internal: [String] = [], external: [String] = []) {
        self.internal = `internal`
        self.external = external
    }

    public var isEmpty: Bool { `internal`.isEmpty && external.isEmpty }
}
