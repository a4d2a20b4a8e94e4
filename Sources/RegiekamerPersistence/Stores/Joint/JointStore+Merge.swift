import Fluent
import Foundation
import RegiekamerDomain

extension JointStore {
    /// The stored step-3a decisions, keyed by CBS code and theme.
    public static func decisions(of groupID: UUID, members: [Member], on database: Database) async throws -> [LocalChoice.Key: JointPlacement] {
        let codes = Dictionary(uniqueKeysWithValues: members.map { ($0.municipalityID, $0.cbsCode) })
        var result: [LocalChoice.Key: JointPlacement] = [:]
        for model in try await JointDecisionModel.query(on: database).filter(\.$group.$id == groupID).all() {
            guard let code = codes[model.$municipality.id], let theme = ThemeCode(model.theme), let placement = model.placement else { continue }
            result[LocalChoice.Key(municipality: code, theme: theme)] = placement
        }
        return result
    }

    /// Replaces the step-3a decision, after `JointMergeRules` found no problem, if nobody decided since
    /// `expectedVersion`.
    public static func saveMerge(
        _ decisions: [LocalChoice.Key: JointPlacement], motivation: String, expectedVersion: Int, groupID: UUID, members: [Member],
        actor: Actor, on database: Database
    ) async throws {
        let ids = Dictionary(uniqueKeysWithValues: members.map { ($0.cbsCode, $0.municipalityID) })
        try await database.transaction { db in
            let updated = try await VersionedUpdate.apply(
                on: db, schema: JointGroupModel.schema, id: groupID, expectedVersion: expectedVersion, versionColumn: "merge_version",
                values: [("merge_motivation", motivation)])
            guard updated else { throw Refusal.conflict }
            try await JointDecisionModel.query(on: db).filter(\.$group.$id == groupID).delete()
            for (key, placement) in decisions.sorted(by: { $0.key < $1.key }) {
                guard let municipalityID = ids[key.municipality] else { throw Refusal.notMember(key.municipality) }
                try await JointDecisionModel(groupID: groupID, municipalityID: municipalityID, theme: key.theme, placement: placement).create(on: db)
            }
            let outcome = decisions.values.filter { $0 == .shared }.count
            try await audit(
                db, actor, groupID, .update, "Stap 3a: \(decisions.count) lokale keuzes geplaatst, \(outcome) gezamenlijk",
                before: expectedVersion, after: decisions.sorted { $0.key < $1.key }.map { "\($0.key.municipality) \($0.key.theme): \(describe($0.value))" })
        }
    }

    static func describe(_ placement: JointPlacement) -> String {
        switch placement {
        case .shared: "gezamenlijk"
        case .local: "lokaal"
        case .dropped(let reason): "vervalt (\(reason))"
        }
    }
}
