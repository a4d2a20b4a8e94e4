import Fluent
import Foundation
import RegiekamerDomain
import SQLKit

/// Loads the demo's joint work: three fictional municipalities of one basisteam that make one plan together (each
/// with its own trajectory and step-3 outcome, shared; step 3a decided; shared chapters, local paragraphs, joint
/// measures with budgets), and a regional strategy group of those three and Voorbeeldstad. Loading twice
/// changes nothing.
public enum DemoJointPlan {
    public static let groupName = "Samen Veilig Waal en Heide 2027–2030"
    public static let strategyName = "Veiligheidsstrategie Oost-Voorbeeldland 2027–2030"
    public static let policeUnit = "Basisteam Waal en Heide"

    /// Fictional members: code outside the CBS range, name, inhabitants, the synthetic municipality whose open
    /// figures it borrows, its coordinator, and its step-3 outcome (priorities, other themes with their cluster).
    static let members: [(code: String, name: String, inhabitants: Int, figures: String, coordinator: (String, String), priorities: [String], others: [(String, String)])] = [
        ("GM9998", "Gemeente Dijkzicht", 42_000, "GM0008", ("coordinator@dijkzicht.example", "Jeroen Smit"),
         ["1.3", "5.2", "3.2"], [("1.4", "Veilig voelen"), ("2.1", "Centrum"), ("4.1", "Verkeer")]),
        ("GM9997", "Gemeente Heidebroek", 27_500, "GM0013", ("coordinator@heidebroek.example", "Fatma Yilmaz"),
         ["1.3", "5.2", "3.1"], [("2.2", "Bedrijventerreinen"), ("1.1", "Leefbaarheid")]),
        ("GM9996", "Gemeente Lindewaard", 18_300, "GM0018", ("coordinator@lindewaard.example", "Pieter de Boer"),
         ["1.3", "3.1", "4.1"], [("5.2", "Ondermijning"), ("2.5", "Toerisme")]),
    ]
    /// The joint coordinator of both groups.
    public static let jointCoordinator = (email: "regie@waalenheide.example", name: "Mirjam Bakker")

    public static func load(passwordHash: String, on database: any Database) async throws {
        guard try await JointGroupModel.query(on: database).filter(\.$name == groupName).first() == nil else { return }
        let actor = Actor.system
        var ids: [String: UUID] = [:]
        var trajectories: [String: UUID] = [:]
        for member in members {
            var municipality = try await MunicipalityModel.query(on: database).filter(\.$cbsCode == member.code).first()
            if municipality == nil {
                let created = MunicipalityModel(name: member.name, cbsCode: member.code)
                try await created.create(on: database)
                try await AuditLog.record(
                    on: database, actor: actor, municipalityID: created.id, change: .create, entityType: "gemeente", entityID: created.id,
                    summary: "Voorbeeldgemeente aangemaakt", before: nil as String?, after: member.name)
                municipality = created
            }
            guard let municipality else { continue }
            let m = try municipality.requireID()
            ids[member.code] = m
            if let sql = database as? any SQLDatabase { try await FigureObservationTable.copyOpenData(from: member.figures, to: member.code, on: sql) }
            let trajectory = TrajectoryModel(
                municipalityID: m, name: "IVP 2027–2030", period: try PlanPeriod.validated(startYear: 2027, endYear: 2030).get(),
                currentStep: .prioritisation, status: .active, description: "Lokaal traject binnen het gezamenlijke plan van \(policeUnit).")
            try await trajectory.create(on: database)
            trajectories[member.code] = try trajectory.requireID()
            var placements: [ThemeCode: ThemePlacement] = [:]
            for (index, code) in member.priorities.enumerated() { placements[ThemeCode(code)!] = .priority(index: index) }
            for (code, cluster) in member.others { placements[ThemeCode(code)!] = .cluster(name: cluster) }
            try await PrioritisationStore.saveOutcome(
                priorities: [], motivation: "", driehoek: "De lokale Driehoek steunt de keuze.", placements: placements,
                trajectoryID: try trajectory.requireID(), municipalityID: m, actor: actor, on: database)
            if try await UserModel.query(on: database).filter(\.$email == member.coordinator.0).first() == nil {
                _ = try await AccountStore.createUser(
                    email: member.coordinator.0, name: member.coordinator.1, passwordHash: passwordHash, isInstanceAdministrator: false,
                    memberships: [(m, .coordinator)], actor: actor, on: database)
            }
        }
        var existing = try await UserModel.query(on: database).filter(\.$email == jointCoordinator.email).first()
        if existing == nil {
            existing = try await AccountStore.createUser(
                email: jointCoordinator.email, name: jointCoordinator.name, passwordHash: passwordHash, isInstanceAdministrator: false,
                memberships: [], actor: actor, on: database)
        }
        guard let regie = existing else { return }
        let group = try await JointStore.create(
            name: groupName, kind: .jointPlan, policeUnit: policeUnit, periodStart: 2027, periodEnd: 2030,
            members: members.map { (ids[$0.code]!, $0.inhabitants) }, coordinatorIDs: [try regie.requireID()], actor: actor, on: database)
        let g = try group.requireID()
        for member in members {
            try await JointStore.linkTrajectory(trajectories[member.code], municipalityID: ids[member.code]!, groupID: g, actor: actor, on: database)
            try await JointStore.shareOutcome(true, municipalityID: ids[member.code]!, groupID: g, actor: actor, on: database)
        }
        try await JointStore.setPolicePriorities([ThemeCode("1.3")!, ThemeCode("5.2")!], groupID: g, actor: actor, on: database)
        try await merge(g, on: database)
        try await texts(g, ids: ids, on: database)
        try await measures(g, ids: ids, on: database)

        var strategyMembers = members.map { (ids[$0.code]!, $0.inhabitants) }
        if let voorbeeldstad = try await MunicipalityModel.query(on: database).filter(\.$cbsCode == DemoWorkspace.cbsCode).first() {
            strategyMembers.append((try voorbeeldstad.requireID(), 64_000))
        }
        let strategy = try await JointStore.create(
            name: strategyName, kind: .regionalStrategy, policeUnit: "Eenheid Oost-Voorbeeldland", periodStart: 2027, periodEnd: 2030,
            members: strategyMembers, coordinatorIDs: [try regie.requireID()], actor: actor, on: database)
        try await DemoRegionalStrategy.load(groupID: try strategy.requireID(), on: database)
    }

    static func merge(_ g: UUID, on database: any Database) async throws {
        let members = try await JointStore.members(of: g, on: database)
        let choices = try await JointStore.sharedChoices(of: members, on: database)
        let shared: Set<String> = ["1.3", "5.2", "3.1"]
        var decisions: [LocalChoice.Key: JointPlacement] = [:]
        for choice in choices {
            if shared.contains(choice.theme.description) {
                decisions[choice.key] = .shared
            } else if choice.municipality == "GM9997", choice.theme.description == "1.1" {
                decisions[choice.key] = .dropped(reason: "Loopt al via het wijkprogramma met de woningcorporaties.")
            } else {
                decisions[choice.key] = .local
            }
        }
        precondition(JointMergeRules.problems(group: members.map(\.cbsCode), choices: choices, decisions: decisions).isEmpty, "the demo's step 3a is valid")
        try await JointStore.saveMerge(decisions, motivation: "", expectedVersion: 0, groupID: g, members: members, actor: .system, on: database)
    }

    static func texts(_ g: UUID, ids: [String: UUID], on database: any Database) async throws {
        let shared: [(String, String)] = [
            ("startnotitie/aanleiding", "De drie gemeenten van het basisteam Waal en Heide delen één politieteam, dezelfde partners en veel van dezelfde problemen. Daarom maken zij één veiligheidsplan, met ruimte voor wat per gemeente anders is."),
            ("startnotitie/producten", "Een gezamenlijke veiligheidsanalyse per gemeente, één integraal veiligheidsplan met lokale paragrafen, en jaarlijks een gezamenlijk uitvoeringsplan voor het gedeelde deel."),
            ("startnotitie/besluitvorming", "Elke raad stelt dezelfde startnotitie en later het plan vast; de colleges stellen het uitvoeringsplan vast."),
            ("plan/inleiding", "Dit plan beschrijft wat Dijkzicht, Heidebroek en Lindewaard samen aanpakken en wat elke gemeente zelf doet. De gezamenlijke thema's kozen de gemeenten uit hun eigen prioriteiten, met de prioriteiten van de politie-eenheid als weegfactor."),
            ("plan/thema/1.3", "Woninginbraak, overvallen en straatroof raken inwoners hard. We werken met één preventiecampagne, delen informatie over daders en locaties en stemmen de inzet van de wijkagenten af."),
            ("plan/thema/5.2", "Criminelen gebruiken bedrijventerreinen, vakantieparken en het buitengebied van alle drie gemeenten. We bouwen samen met het RIEC aan een gedeeld beeld en sluiten gaten in vergunningen en toezicht."),
            ("plan/thema/3.1", "Overlastgevende groepen jongeren trekken tussen Heidebroek en Lindewaard heen en weer. Eén groepsaanpak met jongerenwerk en politie voorkomt dat het probleem zich verplaatst."),
        ]
        for (key, text) in shared {
            let section = try await JointStore.section(key, of: g, on: database)
            try await JointStore.saveSection(key, text: text, expectedVersion: section.version, groupID: g, actor: .system, on: database)
        }
        _ = try await JointStore.copyStartNote(groupID: g, actor: .system, on: database)
        let local: [(String, String, String, Bool)] = [
            ("GM9998", "algemeen", "Dijkzicht is de grootste kern met een levendig centrum. Naast de gezamenlijke thema's houdt de gemeente aandacht voor het veiligheidsgevoel in de wijken en voor het centrum.", true),
            ("GM9998", "1.3", "In Dijkzicht ligt het accent op de wijken rond het station, waar de meeste inbraken zijn.", true),
            ("GM9997", "algemeen", "Heidebroek heeft twee grote bedrijventerreinen; veiligheid daar is een eigen lokaal thema.", true),
            ("GM9997", "5.2", "Heidebroek zet de eigen toezichthouders in op de bedrijventerreinen en levert signalen aan het gezamenlijke beeld.", true),
            ("GM9996", "algemeen", "Concept: Lindewaard werkt de lokale paragraaf nog uit met de raadscommissie.", false),
        ]
        for (code, key, text, isShared) in local {
            try await JointStore.saveLocalParagraph(key, text: text, shared: isShared, expectedVersion: 0, municipalityID: ids[code]!, groupID: g, actor: .system, on: database)
        }
    }

    static func measures(_ g: UUID, ids: [String: UUID], on database: any Database) async throws {
        let all = ["GM9998", "GM9997", "GM9996"].compactMap { ids[$0] }
        let measures: [(String, String, String, [UUID], Int, Int, MeasureStatus, String)] = [
            ("1.3", "Gezamenlijke inbraakpreventie in het donkere seizoen", "Politie, basisteam Waal en Heide", all, 4_500_000, 2027, .running, "Campagne gestart in oktober."),
            ("1.3", "Buurtpreventie-apps verbonden met de wijkagenten", "Gemeente Dijkzicht", [ids["GM9998"]!, ids["GM9997"]!], 1_200_000, 2028, .notStarted, ""),
            ("5.2", "Barrièremodel voor bedrijventerreinen en vakantieparken", "RIEC", all, 6_000_000, 2027, .running, "Eerste terrein in Heidebroek doorgelicht."),
            ("3.1", "Straathoekwerk in de avonduren", "Welzijnsorganisatie", [ids["GM9997"]!, ids["GM9996"]!], 3_000_000, 2027, .delayed, "Werving van jongerenwerkers loopt achter."),
        ]
        for (theme, title, lead, municipalities, cents, year, status, note) in measures {
            let measure = try await JointStore.addMeasure(
                .init(theme: ThemeCode(theme)!, title: title, description: "", lead: lead, municipalityIDs: municipalities, budgetCents: cents, year: year),
                groupID: g, actor: .system, on: database)
            if status != .notStarted {
                try await JointStore.updateMeasure(try measure.requireID(), status: status, note: note, expectedVersion: measure.version, groupID: g, actor: .system, on: database)
            }
        }
    }
}
