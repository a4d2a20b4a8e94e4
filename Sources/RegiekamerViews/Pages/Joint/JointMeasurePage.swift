import Foundation
import RegiekamerDocuments
import RegiekamerDomain

/// One joint measure for the joint coordinator: change what it is, who takes part and its budget, or remove it.
package enum JointMeasurePage {
    package static func render(
        _ view: JointPlanView, measure: JointMeasureItem, failures: [ValidationFailure], values: [String: String],
        notice: Notice?, context: PageContext
    ) -> String {
        let scope = view.group
        return PageLayout.render(
            title: "\(measure.title) — \(scope.name)", section: .workspace, context: context,
            breadcrumbs: JointComponents.breadcrumbs(scope) + [
                .init(title: "Plan en uitvoering", path: JointPaths.plan(scope.id))
            ]
        ) {
            h1 { measure.title }
            Components.notice(notice)
            p { "Gezamenlijke maatregel in het uitvoeringsplan \(measure.year). Status: \(measure.status.label)." }
            if scope.isCoordinator {
                JointPlanPage.measureForm(view, measure: measure, failures: failures, values: values, context: context)
                h2 { "Verwijderen" }
                p {
                    Components.buttonLink(
                        "Maatregel verwijderen", href: JointPaths.removeMeasure(scope.id, measure.id), kind: .secondary)
                }
            } else {
                dl {
                    dt { "Thema" }
                    dd { ThemeCode(measure.theme).map(view.title) ?? measure.theme }
                    dt { "Trekker" }
                    dd { measure.lead }
                    dt { "Gemeenten en hun aandeel" }
                    dd {
                        view.shares(measure).map { "\($0.name) \(JointPlanDocument.euro($0.cents))" }.joined(
                            separator: "; ")
                    }
                    dt { "Toelichting op de voortgang" }
                    dd { measure.progressNote.isEmpty ? "–" : measure.progressNote }
                }
                if !measure.description.isEmpty { JointPlanPage.paragraphs(measure.description) }
            }
        }
    }

    /// The measure's current values as the form's fields.
    package static func values(_ measure: JointMeasureItem, codes: [UUID: String]) -> [String: String] {
        [
            "thema": measure.theme, "titel": measure.title, "omschrijving": measure.description,
            "trekker": measure.lead,
            "gemeenten": measure.municipalityIDs.compactMap { codes[$0] }.joined(separator: ","),
            "budget": DutchNumberText.decimal(Double(measure.budgetCents) / 100, places: 2), "jaar": "\(measure.year)",
        ]
    }
}
