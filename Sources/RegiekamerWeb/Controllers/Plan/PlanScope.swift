import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// What the IVP and Uitvoeringsplan pages share: the trajectory, its period and plan year, the subjects that
/// follow from step 3 (plus chapter 2's overarching indicators), texts, indicators and that year's measures.
struct PlanScope {
    let municipality: MunicipalityModel
    let trajectory: TrajectoryModel
    let m: UUID
    let t: UUID
    let period: PlanPeriod
    let year: Int
    let subjects: [PlanSubject]
    let texts: [String: PlanTextModel]
    let indicators: [PlanIndicatorModel]
    let measures: [PlanMeasureModel]
    /// Who asks: a signed-in user or an API client, with their rights and the name changes are recorded under.
    let subject: Subject
    let actor: Actor
    let userID: UUID?

    /// Chapter 2: the overarching indicators (total registered crime, feeling of safety…).
    static let overarching = PlanSubject.overarching

    /// The IVP's subjects as step 3 decided them for a trajectory.
    static func subjects(of trajectoryID: UUID, on db: any Database) async throws -> [PlanSubject] {
        let outcome = try await PrioritisationStore.outcome(of: trajectoryID, on: db)
        let placements = try await PrioritisationStore.placements(of: trajectoryID, on: db)
        let candidates = try await AnalysisStore.candidates(of: trajectoryID, on: db)
        let priorities = (outcome?.priorityIDs ?? []).compactMap { id in candidates.first { $0.id == id } }.map {
            PlanOutline.Priority(
                title: $0.title, themes: $0.themesText.split(separator: ",").compactMap { ThemeCode(String($0)) })
        }
        return PlanOutline.subjects(priorities: priorities, placements: placements)
    }

    func text(_ key: String) -> String { texts[key]?.text ?? "" }
    func version(_ key: String) -> Int { texts[key]?.version ?? 0 }
    func indicators(of key: String) -> [PlanIndicatorModel] { indicators.filter { $0.subjectKey == key } }
    func measures(of key: String) -> [PlanMeasureModel] { measures.filter { $0.subjectKey == key } }
    func subject(_ key: String) -> PlanSubject? {
        key == Self.overarching.key ? Self.overarching : subjects.first { $0.key == key }
    }
    var canEdit: Bool { AccessPolicy.permits(subject, .editTrajectory, municipality: m) }
    var canDecide: Bool { AccessPolicy.permits(subject, .recordDecision, municipality: m) }
    var yearlyBudget: Double? { DutchNumberText.amount(text("h7.budget")) }

    /// The consistency check of this plan year.
    var problems: [ConsistencyProblem] {
        PlanConsistency.problems(
            subjects: subjects,
            indicators: Dictionary(grouping: indicators.filter { $0.subjectKey != "h2" }, by: \.subjectKey).mapValues {
                $0.map(\.indicator)
            },
            measures: measures.map { .init(id: $0.id!.uuidString, measure: $0.measure) }, period: period,
            planYear: year, yearlyBudget: yearlyBudget)
    }
}

extension PlanScope {
    /// The plan year as the pages show it.
    var view: PlanView {
        PlanView(
            m: m, t: t, municipalityName: municipality.name, trajectory: TrajectoryItem(trajectory), period: period,
            year: year, subjects: subjects,
            texts: texts.mapValues { VersionedText(text: $0.text, version: $0.version) },
            indicators: indicators.map(StoredIndicator.init), measures: measures.map(StoredMeasure.init),
            canEdit: canEdit, canDecide: canDecide, yearlyBudget: yearlyBudget, problems: problems)
    }
}

extension StoredIndicator {
    init(_ model: PlanIndicatorModel) {
        self.init(
            id: model.id!, subjectKey: model.subjectKey, version: model.version, isPublic: model.isPublic,
            indicator: model.indicator)
    }
}

extension PlanDecisionItem {
    init(_ model: PlanDecisionModel) {
        self.init(
            decidedOn: model.decidedOn, body: model.body, document: model.document, note: model.note,
            recordedBy: model.recordedBy)
    }
}

extension MeasureProgressPage.Member {
    init(_ member: AccountStore.Member) {
        self.init(
            id: member.user.id!, name: member.user.displayName,
            roles: member.roles.map(\.label).joined(separator: ", "))
    }
}

extension StoredMeasure {
    init(_ model: PlanMeasureModel) {
        self.init(
            id: model.id!, planYear: model.planYear, version: model.version, isPublic: model.isPublic,
            leadUserID: model.$leadUser.id, measure: model.measure)
    }
}

extension Request {
    /// The signed-in user, or the API client calling with a token.
    func requester() throws -> (subject: Subject, actor: Actor, userID: UUID?) {
        if let client = apiClient { return (client.subject, client.actor, nil) }
        let user = try requireUser()
        return (user.subject, user.actor, user.id)
    }

    func planScope(year fixed: Int? = nil) async throws -> PlanScope {
        let municipality = try await self.municipality()
        let trajectory = try await self.trajectory()
        let (subject, actor, userID) = try requester()
        let t = try trajectory.requireID()
        let period = try PlanPeriod.validated(startYear: trajectory.startYear, endYear: trajectory.endYear).get()
        var year = period.startYear
        if let fixed {
            year = fixed
        } else if let asked = try? query.get(Int.self, at: "jaar") {
            guard (period.startYear...period.endYear).contains(asked) else {
                throw Abort(.notFound, reason: "Het jaar \(asked) valt buiten de planperiode \(period).")
            }
            year = asked
        }
        return PlanScope(
            municipality: municipality, trajectory: trajectory, m: try municipality.requireID(), t: t, period: period,
            year: year,
            subjects: try await PlanScope.subjects(of: t, on: db),
            texts: try await PlanStore.texts(of: t, on: db), indicators: try await PlanStore.indicators(of: t, on: db),
            measures: try await PlanStore.measures(of: t, year: year, on: db), subject: subject, actor: actor,
            userID: userID)
    }
}
