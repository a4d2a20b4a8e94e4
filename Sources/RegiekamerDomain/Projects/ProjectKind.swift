/// What a local safety project is: a free-standing local approach or a neighbourhood safety plan that works out
/// the Uitvoeringsplan for one neighbourhood.
public enum ProjectKind: String, CaseIterable, Codable, Sendable {
    case local = "lokaal"
    case neighbourhoodPlan = "wijkveiligheidsplan"

    public var label: String {
        switch self {
        case .local: "Lokaal veiligheidsproject"
        case .neighbourhoodPlan: "Wijkveiligheidsplan"
        }
    }
}

/// What a project is aimed at: a place (neighbourhood, district or named spot) or a group of people.
public enum ProjectFocus: String, CaseIterable, Codable, Sendable {
    case neighbourhood = "buurt"
    case district = "wijk"
    case place = "plek"
    case targetGroup = "doelgroep"

    public var label: String {
        switch self {
        case .neighbourhood: "Buurt"
        case .district: "Wijk"
        case .place: "Plek (station, plein, winkelgebied…)"
        case .targetGroup: "Doelgroep"
        }
    }
}

/// The six questions of the Lokale Veiligheidsplanner that every project answers in turn.
public enum ProjectStep: Int, CaseIterable, Codable, Sendable {
    case problems = 1
    case priorities = 2
    case currentApproach = 3
    case objectives = 4
    case measures = 5
    case monitoring = 6

    /// The step's question.
    public var question: String {
        switch self {
        case .problems: "Wat is het probleem?"
        case .priorities: "Welke problemen wegen het zwaarst?"
        case .currentApproach: "Wat doen we al?"
        case .objectives: "Wat willen we bereiken?"
        case .measures: "Wat gaan we doen?"
        case .monitoring: "Wat hebben we bereikt?"
        }
    }

    /// What the partners do in the step.
    public var activity: String {
        switch self {
        case .problems: "Partners melden samen de problemen: waar en wanneer ze spelen, wie er last van heeft en waaruit dat blijkt."
        case .priorities: "De deelnemers verdelen punten over de gemelde problemen; de telling bepaalt de volgorde."
        case .currentApproach: "Een overzicht van wat partners nu al doen, en waarom dat tekortschiet."
        case .objectives: "Doelen die SMART zijn: elke letter beantwoord, met een meetinstrument, een norm en een termijn."
        case .measures: "Het totaal aan maatregelen, met eigenaar, betrokken partners, planning en kosten; vaststellen vraagt een eigenaar."
        case .monitoring: "De stand van elke maatregel en de gemeten waarde van de indicator."
        }
    }
}

/// Why what partners already do falls short (step 3).
public enum Shortfall: String, CaseIterable, Codable, Sendable {
    case capacity = "capaciteit"
    case wrongIntervention = "interventie"
    case cooperation = "samenwerking"
    case reach = "bereik"
    case continuity = "continuiteit"
    case none = "geen"

    public var label: String {
        switch self {
        case .capacity: "Te weinig capaciteit"
        case .wrongIntervention: "Niet de juiste interventie"
        case .cooperation: "Partners werken onvoldoende samen"
        case .reach: "Bereikt de doelgroep of plek niet"
        case .continuity: "Loopt niet structureel door"
        case .none: "Werkt voldoende"
        }
    }
}
