import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews

/// One joint measure for the joint coordinator: change what it is, who takes part and its budget, or remove it.
enum JointMeasurePage {
    static func render(
        _ view: JointPlanView, measure: JointMeasureModel, failures: [ValidationFailure], values: [String: String],
        message: (text: String, isError: Bool)?, context: PageContext
    ) -> String {
        let scope = view.scope
        return PageLayout.render(
            title: "\(measure.title) — \(scope.group.name)", section: .workspace, context: context,
            breadcrumbs: JointComponents.breadcrumbs(scope) + [.init(title: "Plan en uitvoering", path: JointPaths.plan(scope.g))]
        ) {
            h1 { measure.title }
            JointComponents.notice(message)
            p { "Gezamenlijke maatregel in het uitvoeringsplan \(measure.year). Status: \(measure.status.label)." }
            if scope.isCoordinator {
                JointPlanPage.measureForm(view, measure: measure, failures: failures, values: values, context: context)
                h2 { "Verwijderen" }
                p {
                    Components.buttonLink(
                        "Maatregel verwijderen", href: JointPaths.removeMeasure(scope.g, measure.id!), kind: .secondary)
                }
            } else {
                dl {
                    dt { "Thema" }; dd { ThemeCode(measure.theme).map(view.title) ?? measure.theme }
                    dt { "Trekker" }; dd { measure.lead }
                    dt { "Gemeenten en hun aandeel" }; dd { view.shares(measure).map { "\($0.name) \(JointPlanDocument.euro($0.cents))" }.joined(separator: "; ") }
                    dt { "Toelichting op de voortgang" }; dd { measure.progressNote.isEmpty ? "–" : measure.progressNote }
                }
                if !measure.description.isEmpty { JointPlanPage.paragraphs(measure.description) }
            }
        }
    }

    /// The measure's current values as the form's fields.
    static func values(_ measure: JointMeasureModel, codes: [UUID: String]) -> [String: String] {
        ["thema": measure.theme, "titel": measure.title, "omschrijving": measure.description, "trekker": measure.lead,
         "gemeenten": measure.municipalityIDs.compactMap { codes[$0] }.joined(separator: ","),
         "budget": DutchNumberText.decimal(Double(measure.budgetCents) / 100, places: 2), "jaar": "\(measure.year)"]
    }
}
