import Fluent
import Foundation
import RegiekamerDomain

/// A filled regional strategy for the demo, after the pattern of a police unit's safety strategy: three
/// substantive themes (nuisance by confused persons, burglaries as High Impact Crime, undermining with cannabis
/// cultivation) and three enabling themes (information provision, the youth shortlist, risk classification of
/// outlaw motorcycle gangs), each adopted by a mayor, with an expert team, an assignment, milestones around
/// today (some done, some planned, a few late) and results for a member's Driehoek. All people are fictional.
public enum DemoRegionalStrategy {
    struct Person {
        let name: String
        let role: ExpertTeamRole
        let kind: PartnerOrganisationKind
        let organisation: String
        var district: String = ""
    }

    struct Theme {
        let title: String
        let kind: RegionalThemeKind
        let mayor: (name: String, municipality: String)
        let goal: String
        let assignment: String
        let status: AssignmentStatus
        let team: [Person]
        /// Per milestone kind in order: days from today for planned and done (nil when not done or not planned).
        let milestones: [(planned: Int?, done: Int?)]
        /// Days ago a result went to the first member's Driehoek, with what it was; nil for none.
        let result: (daysAgo: Int, description: String)?
    }

    static let unit = "Politie-eenheid Oost-Voorbeeldland"

    static var themes: [Theme] {
        let enablingChair = Person(name: "Annelies van Rossum", role: .chair, kind: .municipality, organisation: "Gemeente Voorbeeldstad", district: "Waal en Heide")
        return [
            Theme(
                title: "Ernstige overlast door personen met verward gedrag", kind: .substantive, mayor: ("Maarten Kortenhoeven", "Dijkzicht"),
                goal: "Minder ernstige overlast in woonwijken door personen die verward gedrag vertonen, door zorg en veiligheid eerder samen te laten optreden.",
                assignment: "Breng in kaart hoe de districten nu met meldingen van verward gedrag omgaan, kies een gedeelde werkwijze voor de meldroute naar zorg en bied die aan de lokale Driehoeken aan.",
                status: .adopted,
                team: [
                    Person(name: "Maarten Kortenhoeven", role: .chair, kind: .municipality, organisation: "Gemeente Dijkzicht", district: "Waal en Heide"),
                    Person(name: "Lotte Vermeulen", role: .lead, kind: .municipality, organisation: "Gemeente Dijkzicht", district: "Waal en Heide"),
                    Person(name: "Bas Wolters", role: .member, kind: .municipality, organisation: "Gemeente Heidebroek", district: "Waal en Heide"),
                    Person(name: "Ruud Scholten", role: .member, kind: .police, organisation: unit),
                    Person(name: "Anouk de Graaf", role: .member, kind: .prosecution, organisation: "Arrondissementsparket Oost-Voorbeeldland"),
                ],
                milestones: [(-150, -140), (-110, -100), (-75, -70), (30, nil), (160, nil)],
                result: (20, "Stappenplan voor de meldroute van politie naar de zorg bij verward gedrag")),
            Theme(
                title: "High Impact Crime: woninginbraken", kind: .substantive, mayor: ("Joke Brinkhorst", "Heidebroek"),
                goal: "Samen in de eenheid woninginbraken terugdringen, met aandacht voor daders die over gemeentegrenzen heen werken.",
                assignment: "Ontwikkel een regionaal draaiboek voor inbraakgolven: gedeelde analyse van politiecijfers, snelle buurtwaarschuwing en een vaste aanpak van veelplegers.",
                status: .draft,
                team: [
                    Person(name: "Joke Brinkhorst", role: .chair, kind: .municipality, organisation: "Gemeente Heidebroek", district: "Heideland"),
                    Person(name: "Sander Oude Vrielink", role: .lead, kind: .municipality, organisation: "Gemeente Heidebroek", district: "Heideland"),
                    Person(name: "Ilse Jonkers", role: .member, kind: .municipality, organisation: "Gemeente Voorbeeldstad", district: "Voorbeeldland-Midden"),
                    Person(name: "Femke Ruiterkamp", role: .member, kind: .police, organisation: unit),
                    Person(name: "Karim El Idrissi", role: .member, kind: .prosecution, organisation: "Arrondissementsparket Oost-Voorbeeldland"),
                ],
                milestones: [(-140, -135), (-100, -90), (-10, nil), (30, nil), (160, nil)],
                result: nil),
            Theme(
                title: "Ondermijning: hennepteelt en de criminaliteit eromheen", kind: .substantive, mayor: ("Hendrik Wassink", "Lindewaard"),
                goal: "Ondermijnende criminaliteit zichtbaar maken en samen aanpakken, te beginnen bij hennepkwekerijen en wat daarbij hoort.",
                assignment: "Inventariseer welke bestuurlijke en strafrechtelijke middelen de partners al tegen hennepteelt inzetten en stel een gezamenlijke interventiestrategie op.",
                status: .draft,
                team: [
                    Person(name: "Hendrik Wassink", role: .chair, kind: .municipality, organisation: "Gemeente Lindewaard", district: "Waal en Heide"),
                    Person(name: "Marloes Geerdink", role: .lead, kind: .riec, organisation: "RIEC Oost-Voorbeeldland"),
                    Person(name: "Youssef Amrani", role: .member, kind: .municipality, organisation: "Gemeente Dijkzicht", district: "Voorbeeldland-Zuid"),
                    Person(name: "Joost Lammers", role: .member, kind: .police, organisation: unit),
                    Person(name: "Eva Terpstra", role: .member, kind: .prosecution, organisation: "Arrondissementsparket Oost-Voorbeeldland"),
                ],
                milestones: [(-130, -120), (-5, nil), (40, nil), (60, nil), (170, nil)],
                result: nil),
            Theme(
                title: "Informatievoorziening ordenen", kind: .enabling, mayor: ("Annelies van Rossum", "Voorbeeldstad"),
                goal: "Alle partners werken met dezelfde, geordende informatie over de thema's, zodat monitoring en evaluatie mogelijk zijn.",
                assignment: "Leg vast welke gegevens partners per thema delen, hoe vaak en onder welke afspraken, en lever een eerste monitor op.",
                status: .inProgress,
                team: [
                    enablingChair,
                    Person(name: "Pieter Mulder", role: .lead, kind: .riec, organisation: "RIEC Oost-Voorbeeldland"),
                    Person(name: "Sanne Huisman", role: .member, kind: .municipality, organisation: "Gemeente Lindewaard", district: "Waal en Heide"),
                    Person(name: "Wouter Bos", role: .member, kind: .police, organisation: unit),
                ],
                milestones: [(-160, -150), (-120, -115), (-90, -85), (-20, -15), (60, nil)],
                result: (10, "Afsprakenkaart over het delen van gegevens tussen gemeenten, politie en RIEC")),
            Theme(
                title: "Shortlist Jeugd verbeteren", kind: .enabling, mayor: ("Annelies van Rossum", "Voorbeeldstad"),
                goal: "Een betrouwbaarder beeld van criminele jeugdgroepen met één verbeterde shortlist-werkwijze.",
                assignment: "",
                status: .none,
                team: [
                    enablingChair,
                    Person(name: "Noor Kuipers", role: .lead, kind: .riec, organisation: "RIEC Oost-Voorbeeldland"),
                    Person(name: "Levi Postma", role: .member, kind: .police, organisation: unit),
                ],
                milestones: [(-30, -25), (20, nil), (50, nil), (80, nil), (180, nil)],
                result: nil),
            Theme(
                title: "Risicoclassificatie outlaw motorcycle gangs", kind: .enabling, mayor: ("Annelies van Rossum", "Voorbeeldstad"),
                goal: "Een gedeelde indeling van het risico van motorclubs, zodat gemeenten weten wanneer zij bestuurlijk moeten optreden.",
                assignment: "",
                status: .none,
                team: [
                    enablingChair,
                    Person(name: "Daan Vos", role: .lead, kind: .riec, organisation: "RIEC Oost-Voorbeeldland"),
                    Person(name: "Mirjam Kleinjan", role: .member, kind: .prosecution, organisation: "Arrondissementsparket Oost-Voorbeeldland"),
                ],
                milestones: [(-20, nil), (25, nil), (55, nil), (85, nil), (190, nil)],
                result: nil),
        ]
    }

    /// Fills the regional group `groupID` with the six themes; does nothing when it already has themes.
    public static func load(groupID: UUID, on db: Database) async throws {
        guard try await RegionalThemeModel.query(on: db).filter(\.$group.$id == groupID).count() == 0 else { return }
        let now = Date()
        let today = CalendarDay(now)
        func day(_ offset: Int?) -> CalendarDay? { offset.map { CalendarDay(now.addingTimeInterval(Double($0) * 86_400)) } }
        let firstMember = try await JointStore.members(of: groupID, on: db).first
        for theme in themes {
            let settings = try RegionalStrategyRules.validate(
                RegionalThemeDraft(
                    title: theme.title, kind: theme.kind.rawValue, mayorName: theme.mayor.name, mayorMunicipality: theme.mayor.municipality,
                    goal: theme.goal, assignment: theme.assignment),
                team: []).get()
            let model = try await RegionalStrategyStore.addTheme(settings, groupID: groupID, actor: .system, on: db)
            let themeID = try model.requireID()
            var team: [ExpertTeamMember] = []
            for person in theme.team {
                let member = try RegionalStrategyRules.validate(
                    ExpertTeamMemberDraft(name: person.name, role: person.role.rawValue, organisationKind: person.kind.rawValue, organisation: person.organisation, district: person.district),
                    existing: team).get()
                try await RegionalStrategyStore.addMember(member, themeID: themeID, groupID: groupID, actor: .system, on: db)
                team.append(member)
            }
            var milestones: [RegionalMilestone] = []
            for (kind, dates) in zip(RegionalMilestoneKind.allCases, theme.milestones) {
                let milestone = try RegionalStrategyRules.validate(
                    RegionalMilestoneDraft(kind: kind.rawValue, planned: day(dates.planned)?.description ?? "", done: day(dates.done)?.description ?? ""),
                    others: milestones, team: team, today: today).get()
                try await RegionalStrategyStore.setMilestone(milestone, themeID: themeID, groupID: groupID, actor: .system, on: db)
                milestones.append(milestone)
            }
            if theme.status != .none {
                let adopted = try RegionalStrategyRules.validate(
                    RegionalThemeDraft(
                        title: theme.title, kind: theme.kind.rawValue, mayorName: theme.mayor.name, mayorMunicipality: theme.mayor.municipality,
                        goal: theme.goal, assignment: theme.assignment, status: theme.status.rawValue),
                    team: team).get()
                try await RegionalStrategyStore.updateTheme(themeID, adopted, expectedVersion: model.version, groupID: groupID, actor: .system, on: db)
            }
            if let result = theme.result, let firstMember, let handedOver = day(-result.daysAgo) {
                try await RegionalStrategyStore.addResult(
                    result.description, handedOver: handedOver, municipalityID: firstMember.municipalityID, themeID: themeID, groupID: groupID,
                    actor: .system, on: db)
            }
        }
    }
}
