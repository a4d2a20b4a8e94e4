/// One of the six steps of the method, in order.
public enum MethodStep: Int, CaseIterable, Codable, Sendable, Comparable {
    case startup = 1
    case safetyAnalysis = 2
    case prioritisation = 3
    case safetyPlan = 4
    case implementationPlan = 5
    case fromPolicyToExecution = 6

    /// The step's Dutch title as used in the method.
    public var title: String {
        switch self {
        case .startup: "Opstart"
        case .safetyAnalysis: "Veiligheidsanalyse"
        case .prioritisation: "Prioritering"
        case .safetyPlan: "Opstellen IVP"
        case .implementationPlan: "Opstellen Uitvoeringsplan"
        case .fromPolicyToExecution: "Van beleid naar uitvoering"
        }
    }

    /// What the step delivers, in a short Dutch phrase.
    public var result: String {
        switch self {
        case .startup: "Startnotitie, samengestelde werkgroep en startbijeenkomst"
        case .safetyAnalysis: "Analyserapport met per thema de drieslag en per veld de mogelijke prioriteiten"
        case .prioritisation: "Drie à vier prioriteiten en de overige strategische thema's"
        case .safetyPlan: "Integraal Veiligheidsplan in zeven hoofdstukken, vastgesteld door de raad"
        case .implementationPlan: "Jaarlijks uitvoeringsplan met maatregelen, vastgesteld door het college"
        case .fromPolicyToExecution: "Voortgangsoverleg per kwartaal, voortgangsrapportages en jaarbeeld"
        }
    }

    /// Typical duration in weeks (nil for the continuous last step).
    public var typicalWeeks: ClosedRange<Int>? {
        switch self {
        case .startup: 4...6
        case .safetyAnalysis: 8...10
        case .prioritisation: 4...4
        case .safetyPlan: 8...8
        case .implementationPlan: 6...6
        case .fromPolicyToExecution: nil
        }
    }

    /// Typical number of working days the coordinator spends on the step.
    public var coordinatorDays: ClosedRange<Int> {
        switch self {
        case .startup: 2...2
        case .safetyAnalysis: 8...10
        case .prioritisation: 2...2
        case .safetyPlan: 8...10
        case .implementationPlan: 6...8
        case .fromPolicyToExecution: 2...2
        }
    }

    public var next: MethodStep? { MethodStep(rawValue: rawValue + 1) }

    public static func < (lhs: MethodStep, rhs: MethodStep) -> Bool { lhs.rawValue < rhs.rawValue }
}
