/// One of the six approach aspects of field 1 (e.g. "Toezicht en handhaving"), which carry the approach
/// attributes for the field's four themes as a whole.
public struct ApproachAspect: Codable, Hashable, Sendable, Identifiable {
    /// `A1` … `A6`.
    public var code: String
    public var name: String
    public var explanation: String
    public var municipalityRole: [String]
    public var partners: PartnerSet
    public var laws: [String]
    public var measures: [Measure]
    public var instruments: [Instrument]
    public var developments: [String]
    public var notes: [String]

    public var id: String { code }

    /// The number the handbook uses (1…6).
    public var number: Int { Int(code.dropFirst()) ?? 0 }
}
