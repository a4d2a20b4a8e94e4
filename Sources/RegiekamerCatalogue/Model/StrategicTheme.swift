import RegiekamerDomain

/// A cross-cutting strategic theme of the handbook (digitalised crime, care and safety, information management).
public struct StrategicTheme: Codable, Hashable, Sendable, Identifiable {
    /// `S1` … `S3`.
    public var code: String
    public var name: String
    public var explanation: String
    public var forms: [String]
    public var policyGoals: [String]
    public var approach: [String]
    public var inThePlan: [String]
    public var instruments: [Instrument]
    public var links: [ThemeCode]
    public var notes: [String]

    public var id: String { code }
}

/// The file layout of `strategic-themes.json`.
struct StrategicThemesFile: Codable {
    var strategicThemes: [StrategicTheme]
}
