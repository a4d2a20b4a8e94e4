import Fluent
import Foundation
import RegiekamerDomain

extension JointStore {
    /// What a joint measure needs; validated by the caller.
    public struct MeasureInput: Sendable {
        public var theme: ThemeCode
        public var title: String
        public var description: String
        public var lead: String
        public var municipalityIDs: [UUID]
        public var budgetCents: Int
        public var year: Int

        public init(theme: ThemeCode, title: String, description: String, lead: String, municipalityIDs: [UUID], budgetCents: Int, year: Int) {
            self.theme = theme
            self.title = title
            self.description = description
            self.lead = lead
            self.municipalityIDs = municipalityIDs
            self.budgetCents = budgetCents
            self.year = year
        }
    }

    public static func measures(of groupID: UUID, on database: Database) async throws -> [JointMeasureModel] {
        try await JointMeasureModel.query(on: database).filter(\.$group.$id == groupID).sort(\.$year).sort(\.$theme).sort(\.$title).all()
    }

    public static func addMeasure(_ input: MeasureInput, groupID: UUID, actor: Actor, on database: Database) async throws -> JointMeasureModel {
        try await checkMembers(input.municipalityIDs, groupID: groupID, on: database)
        return try await database.transaction { db in
            let model = JointMeasureModel()
            model.$group.id = groupID
            model.theme = input.theme.description
            model.title = input.title
            model.description = input.description
            model.lead = input.lead
            model.municipalities = input.municipalityIDs.map(\.uuidString).joined(separator: ",")
            model.budgetCents = input.budgetCents
            model.year = input.year
            model.status = .notStarted
            model.progressNote = ""
            model.version = 1
            try await model.create(on: db)
            try await audit(db, actor, groupID, .create, "Gezamenlijke maatregel ‘\(input.title)’ toegevoegd aan het uitvoeringsplan \(input.year)", before: nil as String?, after: input.title)
            return model
        }
    }

    /// Records the measure's status for the joint progress report if nobody did since `expectedVersion`.
    public static func updateMeasure(
        _ measureID: UUID, status: MeasureStatus, note: String, expectedVersion: Int, groupID: UUID, actor: Actor, on database: Database
    ) async throws {
        guard let model = try await JointMeasureModel.find(measureID, on: database), model.$group.id == groupID else { throw StoreError.notFound }
        try await database.transaction { db in
            let updated = try await VersionedUpdate.apply(
                on: db, schema: JointMeasureModel.schema, id: measureID, expectedVersion: expectedVersion,
                values: [("status", status.rawValue), ("progress_note", note)])
            guard updated else { throw Refusal.conflict }
            try await audit(
                db, actor, groupID, .update, "Voortgang van ‘\(model.title)’: \(status.label)",
                before: "\(model.status.label): \(model.progressNote)", after: "\(status.label): \(note)")
        }
    }

    /// Changes a measure's content (theme, title, description, lead, municipalities, budget, year) if nobody changed
    /// the measure since `expectedVersion`.
    public static func editMeasure(
        _ measureID: UUID, _ input: MeasureInput, expectedVersion: Int, groupID: UUID, actor: Actor, on database: Database
    ) async throws {
        guard let model = try await JointMeasureModel.find(measureID, on: database), model.$group.id == groupID else { throw StoreError.notFound }
        try await checkMembers(input.municipalityIDs, groupID: groupID, on: database)
        try await database.transaction { db in
            let updated = try await VersionedUpdate.apply(
                on: db, schema: JointMeasureModel.schema, id: measureID, expectedVersion: expectedVersion,
                values: [
                    ("theme", input.theme.description), ("title", input.title), ("description", input.description), ("lead", input.lead),
                    ("municipalities", input.municipalityIDs.map(\.uuidString).joined(separator: ",")), ("budget_cents", input.budgetCents), ("year", input.year),
                ])
            guard updated else { throw Refusal.conflict }
            try await audit(
                db, actor, groupID, .update, "Gezamenlijke maatregel ‘\(input.title)’ gewijzigd",
                before: "\(model.title) · \(model.lead) · \(model.budgetCents) · \(model.year) · \(model.municipalities)",
                after: "\(input.title) · \(input.lead) · \(input.budgetCents) · \(input.year) · \(input.municipalityIDs.map(\.uuidString).joined(separator: ","))")
        }
    }

    /// Removes a measure (audited with what it was).
    public static func removeMeasure(_ measureID: UUID, groupID: UUID, actor: Actor, on database: Database) async throws {
        guard let model = try await JointMeasureModel.find(measureID, on: database), model.$group.id == groupID else { throw StoreError.notFound }
        try await database.transaction { db in
            try await model.delete(on: db)
            try await audit(
                db, actor, groupID, .delete, "Gezamenlijke maatregel ‘\(model.title)’ verwijderd",
                before: "\(model.title) · \(model.lead) · \(model.budgetCents) · \(model.year)", after: nil as String?)
        }
    }

    static func checkMembers(_ ids: [UUID], groupID: UUID, on database: Database) async throws {
        let members = Set(try await members(of: groupID, on: database).map(\.municipalityID))
        for id in ids where !members.contains(id) {
            throw Refusal.notMember(try await MunicipalityModel.find(id, on: database)?.name ?? "?")
        }
    }
}

