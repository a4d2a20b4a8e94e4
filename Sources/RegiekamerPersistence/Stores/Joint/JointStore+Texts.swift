import Fluent
import Foundation
import RegiekamerDomain

extension JointStore {
    /// A shared text by key, created empty when it is not there yet.
    public static func section(_ key: String, of groupID: UUID, on database: Database) async throws -> JointSectionModel {
        try await firstOrCreate(
            { try await JointSectionModel.query(on: database).filter(\.$group.$id == groupID).filter(\.$key == key).first() },
            JointSectionModel(groupID: groupID, key: key), on: database)
    }

    public static func sections(of groupID: UUID, on database: Database) async throws -> [String: JointSectionModel] {
        Dictionary(try await JointSectionModel.query(on: database).filter(\.$group.$id == groupID).all().map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Saves a shared text if nobody saved it since `expectedVersion`.
    public static func saveSection(_ key: String, text: String, expectedVersion: Int, groupID: UUID, actor: Actor, on database: Database) async throws {
        let model = try await section(key, of: groupID, on: database)
        try await database.transaction { db in
            let updated = try await VersionedUpdate.apply(
                on: db, schema: JointSectionModel.schema, id: try model.requireID(), expectedVersion: expectedVersion,
                values: [("text", text), ("updated_by_name", actor.name)])
            guard updated else { throw Refusal.conflict }
            try await audit(db, actor, groupID, .update, "Gezamenlijke tekst gewijzigd: \(label(key))", before: model.text, after: text)
        }
    }

    /// A municipality's local paragraph by key, created empty when it is not there yet.
    public static func localParagraph(_ key: String, municipalityID: UUID, of groupID: UUID, on database: Database) async throws -> JointLocalParagraphModel {
        try await firstOrCreate(
            { try await JointLocalParagraphModel.query(on: database).filter(\.$group.$id == groupID).filter(\.$municipality.$id == municipalityID).filter(\.$key == key).first() },
            JointLocalParagraphModel(groupID: groupID, municipalityID: municipalityID, key: key), on: database)
    }

    public static func localParagraphs(of groupID: UUID, on database: Database) async throws -> [JointLocalParagraphModel] {
        try await JointLocalParagraphModel.query(on: database).filter(\.$group.$id == groupID).all()
    }

    /// Saves a municipality's local paragraph (and whether the group may read it) if nobody saved it since
    /// `expectedVersion`. Whether the actor may write for this municipality is the caller's check.
    public static func saveLocalParagraph(
        _ key: String, text: String, shared: Bool, expectedVersion: Int, municipalityID: UUID, groupID: UUID, actor: Actor, on database: Database
    ) async throws {
        _ = try await member(municipalityID, of: groupID, on: database)
        let name = try await MunicipalityModel.find(municipalityID, on: database)?.name ?? ""
        let model = try await localParagraph(key, municipalityID: municipalityID, of: groupID, on: database)
        try await database.transaction { db in
            let updated = try await VersionedUpdate.apply(
                on: db, schema: JointLocalParagraphModel.schema, id: try model.requireID(), expectedVersion: expectedVersion,
                values: [("text", text), ("shared", shared), ("updated_by_name", actor.name)])
            guard updated else { throw Refusal.conflict }
            try await audit(
                db, actor, groupID, .update, "Lokale paragraaf van \(name): \(key == "algemeen" ? "algemeen" : "thema \(key)")\(shared ? " (gedeeld)" : " (concept)")",
                before: model.text, after: text, municipalityID: municipalityID)
        }
    }

    /// The row `find` returns, or `new` once created. When another request creates the same row at the same moment
    /// (a unique key refuses the second), that row is returned.
    static func firstOrCreate<M: Model>(_ find: () async throws -> M?, _ new: @autoclosure () -> M, on database: Database) async throws -> M {
        if let existing = try await find() { return existing }
        let model = new()
        do {
            try await model.create(on: database)
            return model
        } catch {
            guard let existing = try await find() else { throw error }
            return existing
        }
    }

    /// A shared text's key in words, for the history.
    static func label(_ key: String) -> String {
        if key == "plan/inleiding" { return "inleiding van het plan" }
        if key.hasPrefix("plan/thema/") { return "hoofdstuk over thema \(key.dropFirst("plan/thema/".count))" }
        if key.hasPrefix("startnotitie/"), let section = StartNoteSection(rawValue: String(key.dropFirst("startnotitie/".count))) {
            return "startnotitie, ‘\(section.title)’"
        }
        return key
    }

    /// What copying the shared start note into the local trajectories did, per municipality (Dutch).
    public struct StartNoteCopy: Sendable {
        public var copied: [String] = []
        public var skipped: [String] = []
    }

    /// Writes the shared start note's sections into each linked local trajectory, so every council adopts the
    /// identical text. A local start note already adopted, or without a linked trajectory, is left alone.
    public static func copyStartNote(groupID: UUID, actor: Actor, on database: Database) async throws -> StartNoteCopy {
        let shared = try await sections(of: groupID, on: database)
        return try await database.transaction { db in
            var report = StartNoteCopy()
            for member in try await members(of: groupID, on: db) {
                guard let trajectoryID = member.model.$trajectory.id else {
                    report.skipped.append("\(member.municipality.name): nog geen lokaal traject gekoppeld")
                    continue
                }
                guard try await StartNoteStore.decision(of: trajectoryID, on: db) == nil else {
                    report.skipped.append("\(member.municipality.name): de startnotitie is daar al vastgesteld")
                    continue
                }
                var complete = true
                for section in StartNoteSection.allCases {
                    guard let text = shared["startnotitie/\(section.rawValue)"]?.text, !text.isEmpty else { continue }
                    let local = try await StartNoteStore.section(section, of: trajectoryID, on: db)
                    guard local.text != text else { continue }
                    let outcome = try await StartNoteStore.save(
                        section, of: trajectoryID, municipalityID: member.municipalityID, text: text, status: .final,
                        expectedVersion: local.version, actor: actor, on: db)
                    if case .saved = outcome { continue }
                    complete = false
                }
                if complete {
                    report.copied.append(member.municipality.name)
                } else {
                    report.skipped.append("\(member.municipality.name): daar werd tegelijk aan de startnotitie gewerkt; probeer het opnieuw")
                }
            }
            try await audit(db, actor, groupID, .update, "Gezamenlijke startnotitie overgenomen in \(report.copied.count) lokale trajecten", before: nil as String?, after: report.copied)
            return report
        }
    }
}
