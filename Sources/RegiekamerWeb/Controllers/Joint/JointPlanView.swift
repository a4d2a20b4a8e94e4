import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

extension JointPlanView {
    static func load(_ request: Request, _ scope: JointScope) async throws -> JointPlanView {
        let choices = try await JointStore.sharedChoices(of: scope.members, on: request.db)
        let decisions = try await JointStore.decisions(of: scope.g, members: scope.members, on: request.db)
        let paragraphs = try await JointStore.localParagraphs(of: scope.g, on: request.db).map { model in
            JointParagraphItem(
                municipalityID: model.$municipality.id, key: model.key, text: model.text, shared: model.shared,
                version: model.version,
                isReadable: scope.mayRead(localPartOf: model.$municipality.id, isShared: model.shared))
        }
        return JointPlanView(
            group: scope.view, choices: choices, decisions: decisions,
            outcome: JointMergeOutcome(group: scope.codes, choices: choices, decisions: decisions),
            sections: try await JointStore.sections(of: scope.g, on: request.db).mapValues(JointTextItem.init),
            paragraphs: paragraphs,
            measures: try await JointStore.measures(of: scope.g, on: request.db).map(JointMeasureItem.init),
            catalogue: request.catalogue)
    }

    /// The plan as the documents hold it: only local paragraphs their municipality has shared.
    var content: JointPlanContent {
        let municipalities = group.members.map { JointPlanContent.Municipality(code: $0.cbsCode, name: $0.name) }
        func shared(_ member: JointMemberItem, _ key: String) -> String {
            guard let paragraph = paragraph(member.municipalityID, key), paragraph.shared else { return "" }
            return paragraph.text
        }
        let themes = sharedThemes.map { theme in
            JointPlanContent.SharedTheme(
                title: title(theme), isPriority: outcome.sharedPriorities.contains(theme),
                text: sections["plan/thema/\(theme)"]?.text ?? "",
                localParagraphs: Dictionary(
                    uniqueKeysWithValues: group.members.map { ($0.cbsCode, shared($0, theme.description)) }),
                measures: measures.filter { $0.theme == theme.description }.map { measure in
                    JointPlanContent.Measure(
                        title: measure.title, description: measure.description, lead: measure.lead,
                        municipalities: names(measure), budgetCents: measure.budgetCents, year: measure.year,
                        shares: shares(measure), status: measure.status, progressNote: measure.progressNote)
                })
        }
        let local = Dictionary(
            uniqueKeysWithValues: group.members.map { member in
                (
                    member.cbsCode,
                    JointPlanContent.LocalPart(
                        general: shared(member, "algemeen"),
                        themes: (outcome.local[member.cbsCode] ?? []).map {
                            (title($0.theme), shared(member, $0.theme.description))
                        },
                        dropped: (outcome.dropped[member.cbsCode] ?? []).map { (title($0.theme), $0.reason) })
                )
            })
        return JointPlanContent(
            name: group.name, policeUnit: group.policeUnit, period: group.period, municipalities: municipalities,
            introduction: sections["plan/inleiding"]?.text ?? "", sharedThemes: themes, localParts: local)
    }
}
