/// The chapters of the IVP, in order, as the method's handbook names them (step 4, "Format IVP"). The one list
/// the IVP page, the step-3 outline and the documents take their chapter titles from.
public enum IVPChapter: Int, CaseIterable, Sendable {
    case startingPoint = 1
    case strategicObjective
    case strategicPrinciples
    case priorities
    case otherThemes
    case coordination
    case budget

    public var title: String {
        switch self {
        case .startingPoint: "Uitgangssituatie"
        case .strategicObjective: "Strategische doelstelling"
        case .strategicPrinciples: "Strategische uitgangspunten"
        case .priorities: "Prioriteiten"
        case .otherThemes: "Overige strategische thema's"
        case .coordination: "Coördinatie, beleidscyclus"
        case .budget: "Begroting"
        }
    }

    /// "7. Begroting".
    public var numberedTitle: String { "\(rawValue). \(title)" }
}

/// The chapters of the Uitvoeringsplan, in order, as the handbook's recommended outline names them (step 5).
public enum ImplementationPlanChapter: Int, CaseIterable, Sendable {
    case mainLine = 1
    case lookBack
    case priorities
    case otherThemes
    case budget

    public var title: String {
        switch self {
        case .mainLine: "Hoofdlijn IVP"
        case .lookBack: "Terugblik"
        case .priorities: "Uitwerking prioriteiten"
        case .otherThemes: "Uitwerking overige strategische thema's"
        case .budget: "Begroting"
        }
    }

    /// "5. Begroting".
    public var numberedTitle: String { "\(rawValue). \(title)" }
}
