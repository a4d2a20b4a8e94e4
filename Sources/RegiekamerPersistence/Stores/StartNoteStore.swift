import Fluent
import Foundation
import RegiekamerDomain

/// The start note of a trajectory: its sections (with versions), comments and the recorded adoption.
public enum StartNoteStore {
    /// All sections in document order, creating the empty ones on first use.
    public static func sections(of trajectoryID: UUID, on database: Database) async throws -> [StartNoteSectionModel] {
        try await KeyedRows.ensure(
            StartNoteSectionModel.self, keys: StartNoteSection.allCases.map(\.rawValue), trajectoryID: trajectoryID, on: database)
    }

    public static func section(_ section: StartNoteSection, of trajectoryID: UUID, on database: Database) async throws -> StartNoteSectionModel {
        try await KeyedRows.ensure(StartNoteSectionModel.self, key: section.rawValue, trajectoryID: trajectoryID, on: database)
    }

    /// The outcome of saving a section.
    public enum SaveOutcome: Sendable {
        case saved(StartNoteSectionModel)
        case conflict(current: StartNoteSectionModel)
        /// The start note has been adopted; its sections no longer change.
        case adopted
    }

    /// Saves a section if its version is still `expectedVersion`.
    public static func save(
        _ section: StartNoteSection, of trajectoryID: UUID, municipalityID: UUID, text: String, status: SectionStatus,
        expectedVersion: Int, actor: Actor, on database: Database
    ) async throws -> SaveOutcome {
        try await database.transaction { db in
            if try await decision(of: trajectoryID, on: db) != nil { return .adopted }
            let before = try await self.section(section, of: trajectoryID, on: db)
            let snapshot = SectionSnapshot(before)
            let updated = try await VersionedUpdate.apply(
                on: db, schema: StartNoteSectionModel.schema, id: try before.requireID(), expectedVersion: expectedVersion,
                values: [("text", text), ("status", status.rawValue), ("updated_by_name", actor.name), ("updated_at", Date())])
            guard updated, let after = try await StartNoteSectionModel.find(before.id, on: db) else {
                return .conflict(current: before)
            }
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .update,
                entityType: "startnotitie", entityID: after.id,
                summary: "Startnotitie, ‘\(section.title)’: \(status == .final && snapshot.status != status.rawValue ? "definitief gemaakt" : "tekst gewijzigd")",
                before: snapshot, after: SectionSnapshot(after))
            return .saved(after)
        }
    }

    /// The subject of a section's comment thread.
    public static func commentSubject(_ section: StartNoteSection) -> String { "startnotitie/\(section.rawValue)" }

    public static func decision(of trajectoryID: UUID, on database: Database) async throws -> StartNoteDecisionModel? {
        try await StartNoteDecisionModel.query(on: database).filter(\.$trajectory.$id == trajectoryID).first()
    }

    /// Why a decision cannot be recorded.
    public enum DecisionRefusal: Error, Equatable, CustomStringConvertible {
        case sectionsNotFinal([StartNoteSection])
        case alreadyRecorded

        public var description: String {
            switch self {
            case .sectionsNotFinal(let sections):
                "Nog niet definitief: \(sections.map(\.title).joined(separator: ", ")). Maak eerst alle verplichte onderdelen definitief."
            case .alreadyRecorded:
                "Het besluit over deze startnotitie is al vastgelegd."
            }
        }
    }

    /// Records the adoption when every required section is final.
    public static func recordDecision(
        body: String, decidedOn: Date, trajectoryID: UUID, municipalityID: UUID, actor: Actor, on database: Database
    ) async throws {
        try await database.transaction { db in
            if try await decision(of: trajectoryID, on: db) != nil { throw DecisionRefusal.alreadyRecorded }
            let statuses = Dictionary(
                uniqueKeysWithValues: try await sections(of: trajectoryID, on: db).compactMap { model in model.section.map { ($0, model.status) } })
            let open = StartNoteRules.openRequiredSections(statuses: statuses)
            guard open.isEmpty else { throw DecisionRefusal.sectionsNotFinal(open) }
            let decision = StartNoteDecisionModel(
                trajectoryID: trajectoryID, body: body, decidedOn: decidedOn, recordedByName: actor.name, recordedAt: Date())
            try await decision.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, trajectoryID: trajectoryID, change: .create,
                entityType: "besluit", entityID: decision.id, summary: "Startnotitie vastgesteld door \(body)",
                before: String?.none, after: "\(body), \(decidedOn)")
        }
    }
}

/// The audited state of a start-note section.
public struct SectionSnapshot: Codable, Equatable, Sendable {
    public let section: String
    public let text: String
    public let status: String
    public let version: Int

    public init(_ model: StartNoteSectionModel) {
        section = model.sectionKey
        text = model.text
        status = model.statusCode
        version = model.version
    }
}
