/// The sections of a start note (startnotitie), in document order, as the method lists its contents.
public enum StartNoteSection: String, CaseIterable, Codable, Sendable {
    case reason = "aanleiding"
    case products = "producten"
    case policyCycle = "beleidscyclus"
    case planning = "planning"
    case workingGroup = "werkgroep"
    case partners = "partners"
    case timeInvestment = "tijdsbeslag"
    case councilRole = "rol-raad"
    case residentConsultation = "bewonersconsultatie"
    case flankingPolicy = "flankerend-beleid"
    case knownThemes = "thema-s"
    case decisionRoute = "besluitvorming"

    /// Dutch heading in the editor and the document.
    public var title: String {
        switch self {
        case .reason: "Aanleiding"
        case .products: "Op te leveren producten"
        case .policyCycle: "Beleidscyclus"
        case .planning: "Planning en processtappen"
        case .workingGroup: "Werkgroep"
        case .partners: "Te betrekken partners"
        case .timeInvestment: "Tijdsbeslag van de interne partners"
        case .councilRole: "Rol van de gemeenteraad"
        case .residentConsultation: "Raadpleging van inwoners"
        case .flankingPolicy: "Flankerend beleid en strategische kaders"
        case .knownThemes: "Thema's die in elk geval aan bod komen"
        case .decisionRoute: "Besluitvorming"
        }
    }

    /// A short prompt in our own words: what the section should answer.
    public var guidance: String {
        switch self {
        case .reason: "Waarom start de gemeente nu met een nieuw veiligheidsplan? Denk aan het aflopen van het vorige plan, nieuwe problemen of bestuurlijke wensen."
        case .products: "Welke documenten levert het traject op: het analyserapport, het Integraal Veiligheidsplan en het eerste uitvoeringsplan."
        case .policyCycle: "Over welke jaren loopt het plan, en hoe volgen de jaarlijkse uitvoeringsplannen en de evaluatie elkaar op?"
        case .planning: "De zes stappen met hun doorlooptijd, de werkgroepbijeenkomsten en de momenten van besluitvorming."
        case .workingGroup: "Wie zitten in de werkgroep, wie trekt en hoe vaak komt de groep bijeen?"
        case .partners: "Welke externe partners worden per veld betrokken en op welke manier (werkgroep, interview, meeschrijven)?"
        case .timeInvestment: "Hoeveel tijd vraagt het traject van de coördinator en van elke interne partner?"
        case .councilRole: "Bij welke stappen en in welk gremium is de raad betrokken, bijvoorbeeld een beeldvormende sessie over de prioriteiten?"
        case .residentConsultation: "Worden inwoners of ondernemers geraadpleegd, en zo ja hoe en wanneer?"
        case .flankingPolicy: "Welk beleid en welke kaders spelen mee, zoals het collegeprogramma, het sociaal domein of het regionaal beleidsplan van de politie?"
        case .knownThemes: "Welke actuele veiligheidsvraagstukken worden in elk geval meegenomen?"
        case .decisionRoute: "Langs welke weg wordt de startnotitie vastgesteld: MT, college en eventueel de raad?"
        }
    }

    /// Sections that must have text before the start note can be finalised.
    public var isRequired: Bool {
        switch self {
        case .residentConsultation, .flankingPolicy, .knownThemes: false
        default: true
        }
    }
}

/// Whether a start-note section is still being written or agreed.
public enum SectionStatus: String, CaseIterable, Codable, Sendable {
    case draft = "concept"
    case final = "definitief"

    public var label: String {
        switch self {
        case .draft: "Concept"
        case .final: "Definitief"
        }
    }
}

/// Checks before a section may be marked final.
public enum StartNoteRules {
    public static let maximumSectionLength = 30_000

    /// Text for a section: bounded; required sections need content before they can be final.
    public static func validate(section: StartNoteSection, text: String, status: SectionStatus) -> ValidationFailure? {
        if text.count > maximumSectionLength {
            return ValidationFailure(field: "tekst", message: "Een onderdeel mag hoogstens \(maximumSectionLength) tekens bevatten.")
        }
        if status == .final && section.isRequired && text.allSatisfy(\.isWhitespace) {
            return ValidationFailure(field: "tekst", message: "‘\(section.title)’ is verplicht: schrijf eerst de tekst voordat u het onderdeel definitief maakt.")
        }
        return nil
    }

    /// Required sections that are not final yet; empty when the start note can be adopted.
    public static func openRequiredSections(statuses: [StartNoteSection: SectionStatus]) -> [StartNoteSection] {
        StartNoteSection.allCases.filter { $0.isRequired && statuses[$0] != .final }
    }
}
