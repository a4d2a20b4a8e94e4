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
