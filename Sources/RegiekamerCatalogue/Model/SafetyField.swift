/// One of the five safety fields, with its themes (and, for field 1, its approach aspects).
public struct SafetyField: Codable, Hashable, Sendable, Identifiable {
    public var number: Int
    public var name: String
    public var summary: String
    public var themes: [SafetyTheme]
    public var aspects: [ApproachAspect]
    public var notes: [String]

    public var id: Int { number }
}
