import RegiekamerDomain

/// A proven, step-wise way of working for local safety (Keurmerk Veilig Ondernemen, Communities that Care, …),
/// with the quick scan's classification and the handbook themes it serves.
public struct SafetyMethod: Codable, Hashable, Sendable, Identifiable {
    /// Where the method comes from: the Seinpost quick scan, or only the handbook's theme pages.
    public enum Source: String, Codable, Hashable, Sendable {
        case quickScan = "quickscan"
        case handbook = "handboek"
    }

    public var code: String
    public var name: String
    public var source: Source
    public var fields: [Int]
    public var object: MethodObject
    public var cooperation: [CooperationType]
    public var roles: [MunicipalRole]
    public var parties: [Party]
    public var problems: [MethodProblem]
    public var goal: String
    public var approach: String
    public var steps: [String]
    public var examples: [String]
    public var themes: [ThemeCode]
    public var notes: [String]

    public var id: String { code }
}

/// What a method is aimed at (quick scan 3.3).
public enum MethodObject: String, Codable, CaseIterable, Hashable, Sendable {
    case individual = "persoon-individu"
    case group = "persoon-groep"
    case area = "gebied"
    case theme = "thema"
    case other = "overig"

    public var label: String {
        switch self {
        case .individual: "Personen (individueel)"
        case .group: "Personen (groepen)"
        case .area: "Gebieden"
        case .theme: "Thema of delict"
        case .other: "Overig"
        }
    }
}

/// The kind of cooperation a method builds on (quick scan 3.4).
public enum CooperationType: String, Codable, CaseIterable, Hashable, Sendable {
    case chain = "ketenaanpak"
    case arrangement = "arrangement"
    case covenant = "convenant"
    case publicPrivateContract = "pps-contract"
    case network = "netwerkontwikkeling"
    case other = "overig"

    public var label: String {
        switch self {
        case .chain: "Ketenaanpak"
        case .arrangement: "Arrangement"
        case .covenant: "Convenant"
        case .publicPrivateContract: "Publiek-privaat contract"
        case .network: "Netwerkontwikkeling"
        case .other: "Overig"
        }
    }
}

/// The municipality's role in a method (quick scan 3.5).
public enum MunicipalRole: String, Codable, CaseIterable, Hashable, Sendable {
    case commissioner = "opdrachtgever"
    case initiator = "initiator"
    case facilitator = "facilitator"
    case coordinator = "coordinator"

    public var label: String {
        switch self {
        case .commissioner: "Opdrachtgever"
        case .initiator: "Initiator"
        case .facilitator: "Facilitator"
        case .coordinator: "Coördinator"
        }
    }
}

/// A party involved in a method (quick scan 3.6).
public enum Party: String, Codable, CaseIterable, Hashable, Sendable {
    case municipality = "gemeente"
    case residents = "bewoners"
    case entrepreneurs = "ondernemers"
    case education = "onderwijs"
    case welfare = "welzijn"
    case police = "politie"
    case prosecution = "om"
    case care = "zorg"
    case transport = "vervoer"
    case housing = "woningcorporaties"

    public var label: String {
        switch self {
        case .municipality: "Gemeente"
        case .residents: "Bewoners"
        case .entrepreneurs: "Ondernemers"
        case .education: "Onderwijs"
        case .welfare: "Welzijn"
        case .police: "Politie"
        case .prosecution: "Openbaar Ministerie"
        case .care: "Zorg"
        case .transport: "Vervoersbedrijven"
        case .housing: "Woningcorporaties"
        }
    }
}

/// A safety problem a method addresses (quick scan 3.7).
public enum MethodProblem: String, Codable, CaseIterable, Hashable, Sendable {
    case youthNuisance = "jeugdoverlast"
    case youthUnsafety = "onveiligheid-jeugd"
    case adultNuisance = "overlast-volwassenen"
    case nightlifeNuisance = "overlast-uitgaan"
    case burglary = "woninginbraak"
    case publicSpace = "openbare-ruimte"
    case stations = "stations"
    case shoplifting = "winkeldiefstal"
    case socialUnrest = "sociale-onrust"
    case drugNuisance = "drugsoverlast"

    public var label: String {
        switch self {
        case .youthNuisance: "Jeugdoverlast"
        case .youthUnsafety: "Onveiligheid van jongeren"
        case .adultNuisance: "Overlast door volwassenen"
        case .nightlifeNuisance: "Overlast uitgaan"
        case .burglary: "Woninginbraak"
        case .publicSpace: "Verloedering openbare ruimte"
        case .stations: "Onveiligheid rond stations"
        case .shoplifting: "Winkeldiefstal"
        case .socialUnrest: "Sociale onrust"
        case .drugNuisance: "Drugsoverlast"
        }
    }
}

/// The file layout of `methods.json`.
struct MethodsFile: Codable {
    var methods: [SafetyMethod]
}
