import Fluent
import Foundation
import RegiekamerDomain

/// Reads and changes the regional strategy of a joint group: themes, expert teams, milestones and results for the
/// Driehoeken. Every change is one transaction with an audit entry on the group (`JointStore.audit`); every
/// lookup takes the group's id, so a theme of another group is "not found".
public enum RegionalStrategyStore {
    /// A theme with its team, milestones and results (each result with its municipality loaded).
    public struct Theme: Sendable {
        public let model: RegionalThemeModel
        public let team: [RegionalTeamMemberModel]
        public let milestones: [RegionalMilestoneModel]
        public let results: [RegionalResultModel]

        public var id: UUID { model.id! }

        public func summary(today: CalendarDay) -> RegionalThemeSummary {
            RegionalThemeSummary.make(kind: model.kind, status: model.status, milestones: milestones.map(\.milestone), today: today)
        }

        public var chair: RegionalTeamMemberModel? { team.first { $0.role == .chair } }
        public var lead: RegionalTeamMemberModel? { team.first { $0.role == .lead } }
        public func milestone(_ kind: RegionalMilestoneKind) -> RegionalMilestoneModel? { milestones.first { $0.kind == kind } }
    }

    /// The group's themes, substantive first, each kind in the order they were added.
    public static func themes(of groupID: UUID, on database: Database) async throws -> [Theme] {
        let models = try await RegionalThemeModel.query(on: database).filter(\.$group.$id == groupID).all()
        return try await load(models, on: database)
    }

    /// One theme of the group with everything under it; nil when the id is not a theme of this group.
    public static func theme(_ themeID: UUID, in groupID: UUID, on database: Database) async throws -> Theme? {
        guard let model = try await themeModel(themeID, in: groupID, on: database) else { return nil }
        return try await load([model], on: database).first
    }

    public static func themeModel(_ themeID: UUID, in groupID: UUID, on database: Database) async throws -> RegionalThemeModel? {
        try await RegionalThemeModel.query(on: database).filter(\.$id == themeID).filter(\.$group.$id == groupID).first()
    }

    private static func load(_ models: [RegionalThemeModel], on database: Database) async throws -> [Theme] {
        let ids = models.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let team = try await RegionalTeamMemberModel.query(on: database).filter(\.$theme.$id ~~ ids).sort(\.$createdAt).sort(\.$name).all()
        let milestones = try await RegionalMilestoneModel.query(on: database).filter(\.$theme.$id ~~ ids).all()
        let results = try await RegionalResultModel.query(on: database).filter(\.$theme.$id ~~ ids).with(\.$municipality)
            .sort(\.$handedOverOn).all()
        let kindOrder = Dictionary(uniqueKeysWithValues: RegionalThemeKind.allCases.enumerated().map { ($1, $0) })
        return models
            .sorted { (kindOrder[$0.kind]!, $0.createdAt ?? .distantPast, $0.title) < (kindOrder[$1.kind]!, $1.createdAt ?? .distantPast, $1.title) }
            .map { model in
                Theme(
                    model: model, team: team.filter { $0.$theme.id == model.id },
                    milestones: milestones.filter { $0.$theme.id == model.id }.sorted { $0.kind < $1.kind },
                    results: results.filter { $0.$theme.id == model.id })
            }
    }

    // MARK: Changes

    public static func addTheme(_ settings: RegionalThemeSettings, groupID: UUID, actor: Actor, on database: Database) async throws -> RegionalThemeModel {
        try await database.transaction { db in
            let model = RegionalThemeModel(groupID: groupID, settings: settings)
            try await model.create(on: db)
            try await JointStore.audit(
                db, actor, groupID, .create, "\(settings.kind.label) ‘\(settings.title)’ toegevoegd, geadopteerd door \(settings.mayor.label)",
                before: nil as String?, after: settings.title)
            return model
        }
    }

    /// Saves a theme's settings, assignment and status if nobody saved it since `expectedVersion`; otherwise
    /// throws `JointStore.Refusal.conflict` and changes nothing.
    public static func updateTheme(
        _ themeID: UUID, _ settings: RegionalThemeSettings, expectedVersion: Int, groupID: UUID, actor: Actor, on database: Database
    ) async throws {
        guard let model = try await themeModel(themeID, in: groupID, on: database) else { throw StoreError.notFound }
        try await database.transaction { db in
            let updated = try await VersionedUpdate.apply(
                on: db, schema: RegionalThemeModel.schema, id: themeID, expectedVersion: expectedVersion,
                values: [
                    ("title", settings.title), ("kind", settings.kind.rawValue), ("mayor_name", settings.mayor.name),
                    ("mayor_municipality", settings.mayor.municipality), ("goal", settings.goal), ("assignment", settings.assignment),
                    ("status", settings.status.rawValue),
                ])
            guard updated else { throw JointStore.Refusal.conflict }
            try await JointStore.audit(
                db, actor, groupID, .update, "Thema ‘\(settings.title)’ bijgewerkt; opdracht: \(settings.status.label)",
                before: "\(model.title) · \(model.status.label) · \(model.assignment)", after: "\(settings.title) · \(settings.status.label) · \(settings.assignment)")
        }
    }

    @discardableResult
    public static func addMember(_ member: ExpertTeamMember, themeID: UUID, groupID: UUID, actor: Actor, on database: Database) async throws -> RegionalTeamMemberModel {
        guard let theme = try await themeModel(themeID, in: groupID, on: database) else { throw StoreError.notFound }
        return try await database.transaction { db in
            let model = RegionalTeamMemberModel(themeID: themeID, member: member)
            try await model.create(on: db)
            try await JointStore.audit(
                db, actor, groupID, .create, "\(member.name) (\(member.role.label.lowercased()), \(member.origin)) in het expertteam ‘\(theme.title)’",
                before: nil as String?, after: member.name)
            return model
        }
    }

    /// A member of the theme's team; nil when the id belongs to another theme.
    public static func member(_ memberID: UUID, of themeID: UUID, on database: Database) async throws -> RegionalTeamMemberModel? {
        try await RegionalTeamMemberModel.query(on: database).filter(\.$id == memberID).filter(\.$theme.$id == themeID).first()
    }

    public static func removeMember(_ memberID: UUID, themeID: UUID, groupID: UUID, actor: Actor, on database: Database) async throws {
        guard let theme = try await themeModel(themeID, in: groupID, on: database),
              let member = try await member(memberID, of: themeID, on: database)
        else { throw StoreError.notFound }
        try await database.transaction { db in
            try await member.delete(on: db)
            try await JointStore.audit(
                db, actor, groupID, .delete, "\(member.name) uit het expertteam ‘\(theme.title)’", before: member.name, after: nil as String?)
        }
    }

    /// A milestone of the theme; nil when the id belongs to another theme.
    public static func milestone(_ milestoneID: UUID, of themeID: UUID, on database: Database) async throws -> RegionalMilestoneModel? {
        try await RegionalMilestoneModel.query(on: database).filter(\.$id == milestoneID).filter(\.$theme.$id == themeID).first()
    }

    /// Plans or marks the theme's milestone of `milestone.kind` (one row per kind). With `expectedVersion` (0 for a
    /// milestone not planned yet) a change someone else made since throws `JointStore.Refusal.conflict`.
    @discardableResult
    public static func setMilestone(
        _ milestone: RegionalMilestone, expectedVersion: Int? = nil, themeID: UUID, groupID: UUID, actor: Actor, on database: Database
    ) async throws -> RegionalMilestoneModel {
        guard let theme = try await themeModel(themeID, in: groupID, on: database) else { throw StoreError.notFound }
        return try await database.transaction { db in
            let existing = try await RegionalMilestoneModel.query(on: db).filter(\.$theme.$id == themeID).filter(\.$kind == milestone.kind).first()
            let before = existing.map { "gepland \($0.plannedOn ?? "–"), gereed \($0.doneOn ?? "–")" }
            let model: RegionalMilestoneModel
            if let existing {
                let expected = expectedVersion ?? existing.version
                let updated = try await VersionedUpdate.apply(
                    on: db, schema: RegionalMilestoneModel.schema, id: try existing.requireID(), expectedVersion: expected,
                    values: [("planned_on", milestone.planned?.description), ("done_on", milestone.done?.description)])
                guard updated, let fresh = try await RegionalMilestoneModel.find(existing.id, on: db) else { throw JointStore.Refusal.conflict }
                model = fresh
            } else {
                guard (expectedVersion ?? 0) == 0 else { throw JointStore.Refusal.conflict }
                model = RegionalMilestoneModel(themeID: themeID, milestone: milestone)
                try await model.create(on: db)
            }
            let what = milestone.done.map { "gereed op \($0.dutch)" } ?? milestone.planned.map { "gepland op \($0.dutch)" } ?? ""
            try await JointStore.audit(
                db, actor, groupID, existing == nil ? .create : .update, "Mijlpaal ‘\(milestone.kind.label)’ van ‘\(theme.title)’ \(what)",
                before: before, after: "gepland \(model.plannedOn ?? "–"), gereed \(model.doneOn ?? "–")")
            return model
        }
    }

    /// Records a result handed to the Driehoek of `municipalityID`, which must be a member of the group.
    @discardableResult
    public static func addResult(
        _ description: String, handedOver: CalendarDay, municipalityID: UUID, themeID: UUID, groupID: UUID, actor: Actor, on database: Database
    ) async throws -> RegionalResultModel {
        guard let theme = try await themeModel(themeID, in: groupID, on: database) else { throw StoreError.notFound }
        let member = try await JointStore.member(municipalityID, of: groupID, on: database)
        let municipality = try await member.$municipality.get(on: database)
        return try await database.transaction { db in
            let model = RegionalResultModel(themeID: themeID, municipalityID: municipalityID, description: description, handedOver: handedOver)
            try await model.create(on: db)
            try await JointStore.audit(
                db, actor, groupID, .create, "Resultaat van ‘\(theme.title)’ aangeboden aan de Driehoek van \(municipality.name)",
                before: nil as String?, after: description, municipalityID: municipalityID)
            return model
        }
    }

    /// What regional expert teams handed to one municipality's Driehoek, newest first, with the theme and strategy.
    public static func results(
        forMunicipality municipalityID: UUID, on database: Database
    ) async throws -> [(strategy: String, groupID: UUID, theme: String, result: RegionalResultModel)] {
        let results = try await RegionalResultModel.query(on: database).filter(\.$municipality.$id == municipalityID).with(\.$theme).all()
        var rows: [(strategy: String, groupID: UUID, theme: String, result: RegionalResultModel)] = []
        for result in results {
            guard let group = try await JointGroupModel.find(result.theme.$group.id, on: database) else { continue }
            rows.append((group.name, try group.requireID(), result.theme.title, result))
        }
        return rows.sorted { $0.result.handedOverOn > $1.result.handedOverOn }
    }
}
