import RegiekamerDomain

/// The method's complete knowledge catalogue, loaded from the data files and validated.
public struct Catalogue: Codable, Hashable, Sendable {
    public var fields: [SafetyField]
    public var strategicThemes: [StrategicTheme]
    public var workingGroup: WorkingGroupGuide
    /// The methods catalogue (quick scan and the handbook's instruments that are methods).
    public var methods: [SafetyMethod]
    /// Crime types, incident types and indicators with their default themes (the VNG-INP role).
    public var figureTypes: FigureTypeCatalogue

    public init(
        fields: [SafetyField], strategicThemes: [StrategicTheme], workingGroup: WorkingGroupGuide, methods: [SafetyMethod],
        figureTypes: FigureTypeCatalogue = FigureTypeCatalogue()
    ) {
        self.fields = fields
        self.strategicThemes = strategicThemes
        self.workingGroup = workingGroup
        self.methods = methods
        self.figureTypes = figureTypes
    }

    /// All themes in handbook order.
    public var themes: [SafetyTheme] { fields.flatMap(\.themes) }

    /// Field 1's approach aspects.
    public var aspects: [ApproachAspect] { fields.flatMap(\.aspects) }

    public func field(_ number: Int) -> SafetyField? { fields.first { $0.number == number } }

    public func theme(_ code: ThemeCode) -> SafetyTheme? { themes.first { $0.code == code } }

    public func aspect(_ code: String) -> ApproachAspect? { aspects.first { $0.code == code } }

    public func strategicTheme(_ code: String) -> StrategicTheme? { strategicThemes.first { $0.code == code } }

    public func method(_ code: String) -> SafetyMethod? { methods.first { $0.code == code } }

    /// The theme-link graph as given by the handbook.
    public var linkGraph: ThemeLinkGraph { ThemeLinkGraph(themes: themes) }
}
