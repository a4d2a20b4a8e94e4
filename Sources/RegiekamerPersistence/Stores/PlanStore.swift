import Fluent
import Foundation
import RegiekamerDomain

/// Reads and writes the IVP and the Uitvoeringsplan: texts, effect indicators, measures and decisions. Every
/// change is versioned where two people may edit the same thing, and written with its audit entry in one
/// transaction.
public enum PlanStore {
    /// Outcome of a versioned save.
    public enum SaveOutcome: Equatable, Sendable {
        case saved
        case conflict
        case notFound
    }

    // MARK: Texts

    public static func texts(of trajectoryID: UUID, on database: Database) async throws -> [String: PlanTextModel] {
        Dictionary(try await PlanTextModel.rows(of: trajectoryID, on: database).map { ($0.textKey, $0) }) { $1 }
    }

    public static func saveText(
        _ key: String, text: String, expectedVersion: Int, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> SaveOutcome {
        try await database.transaction { db in
            let row = try await KeyedRows.ensure(PlanTextModel.self, key: key, trajectoryID: trajectoryID, on: db)
            let before = row.text
            let updated = try await VersionedUpdate.apply(
                on: db, schema: PlanTextModel.schema, id: try row.requireID(), expectedVersion: expectedVersion,
                values: [("text", text), ("updated_by_name", actor.name)])
            guard updated else { return .conflict }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update, entityType: "plantekst",
                entityID: row.id, summary: "Plantekst \(key) gewijzigd", before: before, after: text)
            return .saved
        }
    }

    // MARK: Indicators

    public static func indicators(of trajectoryID: UUID, on database: Database) async throws -> [PlanIndicatorModel] {
        try await PlanIndicatorModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).sort(\.$createdAt).sort(\.$name).all()
    }

    @discardableResult
    public static func addIndicator(
        _ indicator: PlanIndicator, subjectKey: String, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> PlanIndicatorModel {
        try await database.transaction { db in
            let model = PlanIndicatorModel()
            model.$trajectory.id = trajectoryID
            model.subjectKey = subjectKey
            model.apply(indicator)
            model.isPublic = false
            model.version = 1
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create, entityType: "effectindicator",
                entityID: model.id, summary: "Effectindicator '\(indicator.name)' toegevoegd aan \(subjectKey)", before: Optional<PlanIndicator>.none, after: indicator)
            return model
        }
    }

    public static func removeIndicator(_ id: UUID, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws -> SaveOutcome {
        try await database.transaction { db in
            guard let model = try await PlanIndicatorModel.find(id, on: db), model.$trajectory.id == trajectoryID else { return .notFound }
            let before = model.indicator
            try await model.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .delete, entityType: "effectindicator",
                entityID: id, summary: "Effectindicator '\(before.name)' verwijderd", before: before, after: Optional<PlanIndicator>.none)
            return .saved
        }
    }

    // MARK: Measures

    public static func measures(of trajectoryID: UUID, year: Int? = nil, on database: Database) async throws -> [PlanMeasureModel] {
        let query = PlanMeasureModel.query(on: database).filter(\.$trajectory.$id == trajectoryID)
        if let year { query.filter(\.$planYear == year) }
        return try await query.sort(\.$subjectKey).sort(\.$item).sort(\.$createdAt).all()
    }

    @discardableResult
    public static func addMeasure(
        _ measure: PlanMeasure, year: Int, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> PlanMeasureModel {
        try await database.transaction { db in
            let model = PlanMeasureModel()
            model.$trajectory.id = trajectoryID
            model.planYear = year
            model.apply(measure)
            model.isPublic = false
            model.version = 1
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create, entityType: "maatregel",
                entityID: model.id, summary: "Maatregel '\(measure.title)' toegevoegd aan uitvoeringsplan \(year)", before: Optional<PlanMeasure>.none, after: measure)
            return model
        }
    }

    public static func updateMeasure(
        _ id: UUID, to measure: PlanMeasure, expectedVersion: Int, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> SaveOutcome {
        try await database.transaction { db in
            guard let model = try await PlanMeasureModel.find(id, on: db), model.$trajectory.id == trajectoryID else { return .notFound }
            let before = model.measure
            model.apply(measure)
            let updated = try await VersionedUpdate.apply(
                on: db, schema: PlanMeasureModel.schema, id: id, expectedVersion: expectedVersion,
                values: [
                    ("subject_key", model.subjectKey), ("item", model.item), ("title", model.title), ("description", model.details),
                    ("performance_indicator", model.performanceIndicator), ("performance_target", model.performanceTarget),
                    ("administrative_lead", model.administrativeLead), ("official_lead", model.officialLead), ("parties", model.parties),
                    ("quarters", model.quarters), ("budget", model.budget), ("budget_source", model.budgetSource), ("status", model.status),
                    ("method_code", model.methodCode),
                ])
            guard updated else { return .conflict }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update, entityType: "maatregel",
                entityID: id, summary: "Maatregel '\(measure.title)' gewijzigd", before: before, after: measure)
            return .saved
        }
    }

    public static func removeMeasure(_ id: UUID, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database) async throws -> SaveOutcome {
        try await database.transaction { db in
            guard let model = try await PlanMeasureModel.find(id, on: db), model.$trajectory.id == trajectoryID else { return .notFound }
            let before = model.measure
            try await model.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .delete, entityType: "maatregel",
                entityID: id, summary: "Maatregel '\(before.title)' verwijderd", before: before, after: Optional<PlanMeasure>.none)
            return .saved
        }
    }

    // MARK: Decisions

    public static func decisions(of trajectoryID: UUID, on database: Database) async throws -> [PlanDecisionModel] {
        try await PlanDecisionModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).sort(\.$decidedOn).all()
    }

    public static func recordDecision(
        document: String, body: String, decidedOn: Date, note: String, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            let model = PlanDecisionModel()
            model.$trajectory.id = trajectoryID
            model.document = document
            model.body = body
            model.decidedOn = decidedOn
            model.note = note
            model.recordedBy = actor.name
            try await model.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create, entityType: "besluit",
                entityID: model.id, summary: "Besluit vastgelegd: \(body) over \(document)", before: Optional<String>.none, after: note)
        }
    }
}

// MARK: - Public dashboard

extension PlanStore {
    public static func publication(of trajectoryID: UUID, on database: Database) async throws -> PlanPublicationModel? {
        try await PlanPublicationModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).first()
    }

    public static func publication(token: String, on database: Database) async throws -> PlanPublicationModel? {
        try await PlanPublicationModel.query(on: database).filter(\.$token == token).filter(\.$isPublished == true).first()
    }

    /// Publishes (or withdraws) the trajectory's public dashboard and sets which indicators and measures it shows.
    public static func publish(
        _ published: Bool, indicators: Set<UUID>, measures: Set<UUID>, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> PlanPublicationModel {
        try await database.transaction { db in
            let model = try await publication(of: trajectoryID, on: db) ?? {
                let created = PlanPublicationModel()
                created.$trajectory.id = trajectoryID
                created.token = SecureToken.generate()
                return created
            }()
            model.isPublished = published
            model.updatedAt = Date()
            try await model.save(on: db)
            for indicator in try await PlanIndicatorModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).all() {
                indicator.isPublic = indicators.contains(indicator.id!)
                try await indicator.save(on: db)
            }
            for measure in try await PlanMeasureModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).all() {
                measure.isPublic = measures.contains(measure.id!)
                try await measure.save(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update, entityType: "openbaar-dashboard",
                entityID: model.id, summary: published ? "Openbaar dashboard gepubliceerd: \(indicators.count) indicatoren, \(measures.count) maatregelen" : "Openbaar dashboard ingetrokken",
                before: Optional<String>.none, after: "\(indicators.count)|\(measures.count)")
            return model
        }
    }
}

// MARK: - Action plans

extension PlanStore {
    /// The fields of an action plan besides its SMART answers.
    public struct ActionPlanFields: Sendable, Codable, Equatable {
        public var owner: String
        public var lead: String
        public var executors: String
        public var approach: String
        public var cover: String

        public init(owner: String, lead: String, executors: String, approach: String, cover: String) {
            self.owner = owner
            self.lead = lead
            self.executors = executors
            self.approach = approach
            self.cover = cover
        }
    }

    public static func actionPlans(of trajectoryID: UUID, year: Int, on database: Database) async throws -> [ActionPlanModel] {
        try await ActionPlanModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).filter(\.$planYear == year).all()
    }

    /// Saves an action plan if nobody saved it since `expectedVersion` (0 for a new one).
    public static func saveActionPlan(
        year: Int, subjectKey: String, item: String, smart: SmartAnswers, fields: ActionPlanFields, expectedVersion: Int,
        trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws -> SaveOutcome {
        try await database.transaction { db in
            let existing = try await ActionPlanModel.query(on: db).filter(\.$trajectory.$id == trajectoryID).filter(\.$planYear == year)
                .filter(\.$subjectKey == subjectKey).filter(\.$item == item).first()
            guard (existing?.version ?? 0) == expectedVersion else { return .conflict }
            let smartJSON = String(decoding: try JSONEncoder().encode(smart), as: UTF8.self)
            if let existing {
                let updated = try await VersionedUpdate.apply(
                    on: db, schema: ActionPlanModel.schema, id: try existing.requireID(), expectedVersion: expectedVersion,
                    values: [("smart", smartJSON), ("owner", fields.owner), ("lead", fields.lead), ("executors", fields.executors), ("approach", fields.approach), ("cover", fields.cover)])
                guard updated else { return .conflict }
            } else {
                let model = ActionPlanModel()
                model.$trajectory.id = trajectoryID
                model.planYear = year
                model.subjectKey = subjectKey
                model.item = item
                model.smartJSON = smartJSON
                model.owner = fields.owner
                model.lead = fields.lead
                model.executors = fields.executors
                model.approach = fields.approach
                model.cover = fields.cover
                model.version = 1
                try await model.create(on: db)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: existing == nil ? .create : .update,
                entityType: "actieplan", entityID: existing?.id, summary: "Actieplan '\(item)' (\(year)) opgeslagen", before: existing?.smart, after: smart)
            return .saved
        }
    }
}
