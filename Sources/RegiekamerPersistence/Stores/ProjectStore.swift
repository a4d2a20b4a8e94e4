import Fluent
import Foundation
import RegiekamerDomain

/// Local safety projects: settings and participants, the records of the six steps, the responsibility matrix and
/// the minutes. Every change is written together with its audit entry; settings and measure progress are saved
/// with a version check.
public enum ProjectStore {
    /// Where a change happens and who makes it.
    public struct Context: Sendable {
        public let projectID: UUID
        public let municipalityID: UUID
        public let actor: Actor

        public init(projectID: UUID, municipalityID: UUID, actor: Actor) {
            self.projectID = projectID
            self.municipalityID = municipalityID
            self.actor = actor
        }
    }

    private static func audit<After: Encodable>(
        _ db: Database, _ context: Context, _ change: AuditEntryModel.Change, _ type: String, _ id: UUID?, _ summary: String, _ after: After?
    ) async throws {
        try await AuditLog.record(
            on: db, actor: context.actor, municipalityID: context.municipalityID, change: change, entityType: type, entityID: id,
            summary: summary, before: Optional<String>.none, after: after)
    }

    // MARK: Projects and participants

    /// The municipality's projects by name; only those of `participant` when given.
    public static func projects(of municipalityID: UUID, participant: UUID?, on database: Database) async throws -> [ProjectModel] {
        let query = ProjectModel.query(on: database).filter(\.$municipality.$id == municipalityID).sort(\.$name)
        if let participant {
            let ids = try await ProjectParticipantModel.query(on: database).filter(\.$user.$id == participant).all().map(\.$project.id)
            guard !ids.isEmpty else { return [] }
            query.filter(\.$id ~~ ids)
        }
        return try await query.all()
    }

    public static func isParticipant(_ userID: UUID, in projectID: UUID, on database: Database) async throws -> Bool {
        try await ProjectParticipantModel.query(on: database).filter(\.$project.$id == projectID).filter(\.$user.$id == userID).first() != nil
    }

    public static func participants(of projectID: UUID, on database: Database) async throws -> [ProjectParticipantModel] {
        try await ProjectParticipantModel.query(on: database).filter(\.$project.$id == projectID).with(\.$user).all()
            .sorted { $0.user.displayName.localizedCaseInsensitiveCompare($1.user.displayName) == .orderedAscending }
    }

    /// Creates a project; its creator takes part in it.
    public static func create(
        _ settings: ProjectSettings, trajectoryID: UUID?, municipalityID: UUID, creator: UUID?, actor: Actor, on database: Database
    ) async throws -> ProjectModel {
        try await database.transaction { db in
            let model = ProjectModel()
            model.$municipality.id = municipalityID
            model.$trajectory.id = trajectoryID
            apply(settings, to: model)
            model.version = 1
            try await model.create(on: db)
            if let creator {
                let participant = ProjectParticipantModel()
                participant.$project.id = try model.requireID()
                participant.$user.id = creator
                participant.organisation = "Gemeente"
                try await participant.create(on: db)
            }
            try await audit(db, Context(projectID: try model.requireID(), municipalityID: municipalityID, actor: actor), .create, "project", model.id, "Project '\(settings.name)' aangemaakt", settings)
            return model
        }
    }

    private static func apply(_ settings: ProjectSettings, to model: ProjectModel) {
        model.name = settings.name
        model.kind = settings.kind
        model.focus = settings.focus
        model.area = settings.area
        model.themes = settings.themesText
        model.subject = settings.subject
        model.methodCode = settings.methodCode
        model.description = settings.description
    }

    /// Saves changed settings if nobody saved since `expectedVersion`; false on a conflict (nothing changed).
    public static func update(
        _ settings: ProjectSettings, trajectoryID: UUID?, expectedVersion: Int, context: Context, on database: Database
    ) async throws -> Bool {
        try await database.transaction { db in
            let saved = try await VersionedUpdate.apply(
                on: db, schema: ProjectModel.schema, id: context.projectID, expectedVersion: expectedVersion,
                values: [
                    ("name", settings.name), ("kind", settings.kind.rawValue), ("focus", settings.focus.rawValue), ("area", settings.area),
                    ("themes", settings.themesText), ("subject", settings.subject), ("method_code", settings.methodCode),
                    ("description", settings.description), ("trajectory_id", trajectoryID),
                ])
            guard saved else { return false }
            try await audit(db, context, .update, "project", context.projectID, "Project '\(settings.name)' gewijzigd", settings)
            return true
        }
    }

    /// Invites a member of the municipality to the project (again: updates the organisation).
    public static func addParticipant(_ userID: UUID, organisation: String, context: Context, on database: Database) async throws {
        try await database.transaction { db in
            let existing = try await ProjectParticipantModel.query(on: db).filter(\.$project.$id == context.projectID).filter(\.$user.$id == userID).first()
            let model = existing ?? ProjectParticipantModel()
            model.$project.id = context.projectID
            model.$user.id = userID
            model.organisation = organisation
            try await model.save(on: db)
            try await audit(db, context, existing == nil ? .create : .update, "projectdeelnemer", model.id, "Deelnemer uitgenodigd voor project (\(organisation))", userID)
        }
    }

    // MARK: Steps 1 to 3

    public static func problems(of projectID: UUID, on database: Database) async throws -> [ProjectProblemModel] {
        try await ProjectProblemModel.query(on: database).filter(\.$project.$id == projectID).sort(\.$createdAt).all()
    }

    public static func addProblem(_ problem: ProjectProblem, context: Context, on database: Database) async throws {
        try await database.transaction { db in
            let model = ProjectProblemModel()
            model.$project.id = context.projectID
            model.title = problem.title
            model.location = problem.location
            model.timing = problem.timing
            model.affected = problem.affected
            model.evidence = problem.evidence
            model.authorName = context.actor.name
            model.createdAt = Date()
            try await model.create(on: db)
            try await audit(db, context, .create, "projectprobleem", model.id, "Probleem gemeld: \(problem.title)", problem)
        }
    }

    public static func ballots(of projectID: UUID, on database: Database) async throws -> [ProjectBallotModel] {
        try await ProjectBallotModel.query(on: database).filter(\.$project.$id == projectID).all()
    }

    /// Stores the participant's points, replacing an earlier vote of theirs.
    public static func saveBallot(_ points: [UUID: Int], userID: UUID, context: Context, on database: Database) async throws {
        try await database.transaction { db in
            let existing = try await ProjectBallotModel.query(on: db).filter(\.$project.$id == context.projectID).filter(\.$user.$id == userID).first()
            let model = existing ?? ProjectBallotModel()
            model.$project.id = context.projectID
            model.$user.id = userID
            let encoded = Dictionary(uniqueKeysWithValues: points.map { ($0.key.uuidString, $0.value) })
            model.pointsJSON = String(decoding: try JSONEncoder().encode(encoded), as: UTF8.self)
            model.submittedAt = Date()
            try await model.save(on: db)
            try await audit(db, context, existing == nil ? .create : .update, "projectstem", model.id, "Punten verdeeld over de problemen", encoded)
        }
    }

    public static func currentMeasures(of projectID: UUID, on database: Database) async throws -> [ProjectCurrentMeasureModel] {
        try await ProjectCurrentMeasureModel.query(on: database).filter(\.$project.$id == projectID).sort(\.$createdAt).all()
    }

    public static func addCurrentMeasure(_ measure: CurrentMeasure, context: Context, on database: Database) async throws {
        try await database.transaction { db in
            let model = ProjectCurrentMeasureModel()
            model.$project.id = context.projectID
            model.title = measure.title
            model.partner = measure.partner
            model.shortfall = measure.shortfall
            model.explanation = measure.explanation
            model.createdAt = Date()
            try await model.create(on: db)
            try await audit(db, context, .create, "huidige-aanpak", model.id, "Huidige maatregel: \(measure.title)", measure)
        }
    }

    // MARK: Steps 4 to 6

    public static func objectives(of projectID: UUID, on database: Database) async throws -> [ProjectObjectiveModel] {
        try await ProjectObjectiveModel.query(on: database).filter(\.$project.$id == projectID).sort(\.$createdAt).all()
    }

    public static func addObjective(_ objective: ProjectObjective, markedSmart: Bool, context: Context, on database: Database) async throws {
        try await database.transaction { db in
            let model = ProjectObjectiveModel()
            model.$project.id = context.projectID
            model.text = objective.text
            model.smartJSON = String(decoding: try JSONEncoder().encode(objective.smart), as: UTF8.self)
            model.measure = objective.measure
            model.norm = objective.norm
            model.deadline = objective.deadline
            model.markedSmart = markedSmart
            model.version = 1
            model.createdAt = Date()
            try await model.create(on: db)
            try await audit(db, context, .create, "projectdoel", model.id, "Doel: \(objective.text)", objective)
        }
    }

    /// Saves an edited objective if nobody saved it since `expectedVersion`; false on a conflict.
    public static func updateObjective(
        _ objectiveID: UUID, _ objective: ProjectObjective, markedSmart: Bool, expectedVersion: Int, context: Context, on database: Database
    ) async throws -> Bool {
        try await database.transaction { db in
            guard try await VersionedUpdate.apply(
                on: db, schema: ProjectObjectiveModel.schema, id: objectiveID, expectedVersion: expectedVersion,
                values: [
                    ("text", objective.text), ("smart", String(decoding: try JSONEncoder().encode(objective.smart), as: UTF8.self)),
                    ("measure", objective.measure), ("norm", objective.norm), ("deadline", objective.deadline), ("marked_smart", markedSmart),
                ])
            else { return false }
            try await audit(db, context, .update, "projectdoel", objectiveID, "Doel gewijzigd: \(objective.text)", objective)
            return true
        }
    }

    public static func measures(of projectIDs: [UUID], on database: Database) async throws -> [ProjectMeasureModel] {
        guard !projectIDs.isEmpty else { return [] }
        return try await ProjectMeasureModel.query(on: database).filter(\.$project.$id ~~ projectIDs).sort(\.$createdAt).all()
    }

    /// Adds a measure; adopted at once when `adopt` (the caller has checked the owner).
    public static func addMeasure(_ measure: ProjectMeasureDraft, adopt: Bool, context: Context, on database: Database) async throws {
        try await database.transaction { db in
            let model = ProjectMeasureModel()
            model.$project.id = context.projectID
            model.title = measure.title
            model.owner = measure.owner
            model.partners = measure.partners
            model.planning = measure.planning
            model.cost = measure.cost
            model.adopted = adopt
            model.status = .notStarted
            model.indicator = ""
            model.indicatorValue = ""
            model.progressNote = ""
            model.version = 1
            model.createdAt = Date()
            try await model.create(on: db)
            try await audit(db, context, .create, "projectmaatregel", model.id, "Maatregel \(adopt ? "vastgesteld" : "voorgesteld"): \(measure.title)", measure)
        }
    }

    /// Adopts a proposed measure, setting its owner; false when someone changed it since `expectedVersion`.
    public static func adopt(_ measureID: UUID, owner: String, expectedVersion: Int, context: Context, on database: Database) async throws -> Bool {
        try await database.transaction { db in
            guard try await VersionedUpdate.apply(
                on: db, schema: ProjectMeasureModel.schema, id: measureID, expectedVersion: expectedVersion,
                values: [("adopted", true), ("owner", owner)])
            else { return false }
            try await audit(db, context, .update, "projectmaatregel", measureID, "Maatregel vastgesteld (eigenaar \(owner))", owner)
            return true
        }
    }

    /// The progress of step 6: status, indicator and its measured value; false on a version conflict.
    public struct Progress: Codable, Sendable, Equatable {
        public let status: MeasureStatus
        public let indicator: String
        public let value: String
        public let note: String

        public init(status: MeasureStatus, indicator: String, value: String, note: String) {
            self.status = status
            self.indicator = indicator
            self.value = value
            self.note = note
        }
    }

    public static func recordProgress(_ progress: Progress, measureID: UUID, expectedVersion: Int, context: Context, on database: Database) async throws -> Bool {
        try await database.transaction { db in
            guard try await VersionedUpdate.apply(
                on: db, schema: ProjectMeasureModel.schema, id: measureID, expectedVersion: expectedVersion,
                values: [("status", progress.status.rawValue), ("indicator", progress.indicator), ("indicator_value", progress.value), ("progress_note", progress.note)])
            else { return false }
            try await audit(db, context, .update, "projectvoortgang", measureID, "Voortgang maatregel: \(progress.status.label)", progress)
            return true
        }
    }

    // MARK: Matrix and minutes

    public static func matrixCells(of projectID: UUID, on database: Database) async throws -> [ProjectMatrixCellModel] {
        try await ProjectMatrixCellModel.query(on: database).filter(\.$project.$id == projectID).all()
    }

    /// Replaces the matrix with the given cells (cells with `.none` are not stored).
    public static func saveMatrix(_ cells: [String: [String: Responsibility]], context: Context, on database: Database) async throws {
        try await database.transaction { db in
            try await ProjectMatrixCellModel.query(on: db).filter(\.$project.$id == context.projectID).delete()
            for (part, row) in cells {
                for (partner, responsibility) in row where responsibility != .none {
                    let cell = ProjectMatrixCellModel()
                    cell.$project.id = context.projectID
                    cell.part = part
                    cell.partner = partner
                    cell.responsibility = responsibility
                    try await cell.create(on: db)
                }
            }
            try await audit(db, context, .update, "verantwoordelijkhedenmatrix", context.projectID, "Verantwoordelijkhedenmatrix opgeslagen", cells)
        }
    }

    public static func minutes(of projectID: UUID, on database: Database) async throws -> [ProjectMinutesModel] {
        try await ProjectMinutesModel.query(on: database).filter(\.$project.$id == projectID).sort(\.$recordedAt, .descending).all()
    }

    public static func addMinutes(step: ProjectStep, text: String, context: Context, on database: Database) async throws {
        try await database.transaction { db in
            let model = ProjectMinutesModel()
            model.$project.id = context.projectID
            model.step = step.rawValue
            model.text = text
            model.authorName = context.actor.name
            model.recordedAt = Date()
            try await model.create(on: db)
            try await audit(db, context, .create, "projectverslag", model.id, "Verslag bij stap \(step.rawValue)", text)
        }
    }
}
