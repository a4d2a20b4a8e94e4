import RegiekamerDomain

/// One of the 22 safety themes with everything the handbook gives for it.
///
/// For the themes of field 1 the handbook only gives explanation, sources, indicators and links; the approach
/// attributes (role, partners, laws, measures, instruments, developments) live on field 1's aspects instead.
public struct SafetyTheme: Codable, Hashable, Sendable, Identifiable {
    public var code: ThemeCode
    public var name: String
    public var explanation: String
    public var municipalityRole: [String]
    public var partners: PartnerSet
    public var laws: [String]
    public var measures: [Measure]
    public var effectSources: [String]
    public var effectIndicators: [EffectIndicator]
    public var instruments: [Instrument]
    public var links: [ThemeCode]
    public var developments: [String]
    public var notes: [String]

    public var id: ThemeCode { code }

    /// "2.1 Veilig winkelgebied"
    public var title: String { "\(code) \(name)" }
}
