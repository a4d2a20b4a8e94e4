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
