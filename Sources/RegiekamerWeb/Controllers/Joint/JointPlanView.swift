import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import Vapor

/// Everything of a joint trajectory's plan a page or document needs: the shared local choices, the step-3a
/// decision and its outcome, the shared texts, the local paragraphs and the joint measures.
struct JointPlanView {
    let scope: JointScope
    let choices: [LocalChoice]
    let decisions: [LocalChoice.Key: JointPlacement]
    let outcome: JointMergeOutcome
    let sections: [String: JointSectionModel]
    let paragraphs: [JointLocalParagraphModel]
    let measures: [JointMeasureModel]
    let catalogue: Catalogue

    static func load(_ request: Request, _ scope: JointScope) async throws -> JointPlanView {
        let choices = try await JointStore.sharedChoices(of: scope.members, on: request.db)
        let decisions = try await JointStore.decisions(of: scope.g, members: scope.members, on: request.db)
        return JointPlanView(
            scope: scope, choices: choices, decisions: decisions,
            outcome: JointMergeOutcome(group: scope.codes, choices: choices, decisions: decisions),
            sections: try await JointStore.sections(of: scope.g, on: request.db),
            paragraphs: try await JointStore.localParagraphs(of: scope.g, on: request.db),
            measures: try await JointStore.measures(of: scope.g, on: request.db),
            catalogue: request.catalogue)
    }

    func title(_ theme: ThemeCode) -> String { catalogue.theme(theme).map { "\($0.code) \($0.name)" } ?? theme.description }

    func paragraph(_ municipality: UUID, _ key: String) -> JointLocalParagraphModel? {
        paragraphs.first { $0.$municipality.id == municipality && $0.key == key }
    }

    /// A paragraph's text if this user may read it, else nil.
    func readable(_ municipality: UUID, _ key: String) -> JointLocalParagraphModel? {
        guard let model = paragraph(municipality, key), scope.mayRead(localPartOf: municipality, isShared: model.shared) else { return nil }
        return model
    }

    /// The shared themes that got a joint chapter: those the merge placed in the shared part.
    var sharedThemes: [ThemeCode] { outcome.sharedThemes }

    /// Each participating municipality's share of a measure's budget, by inhabitants.
    func shares(_ measure: JointMeasureModel) -> [(name: String, cents: Int)] {
        let involved = measure.municipalityIDs.compactMap { scope.member(id: $0) }
        let split = JointPlanParts.split(cents: measure.budgetCents, weights: involved.map { ($0.cbsCode, Double($0.model.inhabitants)) })
        return involved.map { ($0.municipality.name, split[$0.cbsCode] ?? 0) }
    }

    func names(_ measure: JointMeasureModel) -> [String] { measure.municipalityIDs.compactMap { scope.member(id: $0)?.municipality.name } }

    /// The plan as the documents hold it: only local paragraphs their municipality has shared.
    var content: JointPlanContent {
        let municipalities = scope.members.map { JointPlanContent.Municipality(code: $0.cbsCode, name: $0.municipality.name) }
        func shared(_ member: JointStore.Member, _ key: String) -> String {
            guard let model = paragraph(member.municipalityID, key), model.shared else { return "" }
            return model.text
        }
        let themes = sharedThemes.map { theme in
            JointPlanContent.SharedTheme(
                title: title(theme), isPriority: outcome.sharedPriorities.contains(theme),
                text: sections["plan/thema/\(theme)"]?.text ?? "",
                localParagraphs: Dictionary(uniqueKeysWithValues: scope.members.map { ($0.cbsCode, shared($0, theme.description)) }),
                measures: measures.filter { $0.theme == theme.description }.map { measure in
                    JointPlanContent.Measure(
                        title: measure.title, description: measure.description, lead: measure.lead, municipalities: names(measure),
                        budgetCents: measure.budgetCents, year: measure.year, shares: shares(measure), status: measure.status, progressNote: measure.progressNote)
                })
        }
        let local = Dictionary(uniqueKeysWithValues: scope.members.map { member in
            (member.cbsCode, JointPlanContent.LocalPart(
                general: shared(member, "algemeen"),
                themes: (outcome.local[member.cbsCode] ?? []).map { (title($0.theme), shared(member, $0.theme.description)) },
                dropped: (outcome.dropped[member.cbsCode] ?? []).map { (title($0.theme), $0.reason) }))
        })
        return JointPlanContent(
            name: scope.group.name, policeUnit: scope.group.policeUnit, period: scope.period, municipalities: municipalities,
            introduction: sections["plan/inleiding"]?.text ?? "", sharedThemes: themes, localParts: local)
    }
}
