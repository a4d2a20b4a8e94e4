/// The eight sub-steps of step 2, as a checklist (titles in our own words).
public enum AnalysisSubStep: Int, CaseIterable, Sendable {
    case collectFigures = 1
    case firstAnalysis
    case consultPartners
    case partnersWriteAlong
    case workingGroupMeeting
    case processAndPresent
    case secondMeeting
    case finaliseReport

    public var title: String {
        switch self {
        case .collectFigures: "Cijfers en documenten per thema verzamelen en ordenen"
        case .firstAnalysis: "Eerste analyse door de coördinator vastleggen"
        case .consultPartners: "Interne en externe partners bevragen en hun informatie verwerken"
        case .partnersWriteAlong: "Het nieuwe concept per partner laten controleren en aanvullen"
        case .workingGroupMeeting: "Werkgroepbijeenkomst: de analyse verdichten en prioriteiten afleiden"
        case .processAndPresent: "Uitkomsten verwerken en voorleggen aan partners en portefeuillehouder"
        case .secondMeeting: "Zo nodig een tweede werkgroepbijeenkomst over de keuze van prioriteiten"
        case .finaliseReport: "Rapport afronden, bespreken met portefeuillehouder en college, doorgeleiden naar stap 3"
        }
    }

    /// Sub-step 7 is optional in the method.
    public var isOptional: Bool { self == .secondMeeting }
}
