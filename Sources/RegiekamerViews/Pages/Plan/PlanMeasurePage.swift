import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// One measure of the Uitvoeringsplan: all its fields, versioned.
package enum PlanMeasurePage {
    package static func render(
        _ scope: PlanView, model: StoredMeasure, measure: PlanMeasure, budgetText: String? = nil, version: Int,
        failures: [ValidationFailure],
        conflict: Bool,
        catalogue: Catalogue, notice: String? = nil, context: PageContext
    ) -> String {
        let subject = scope.subject(measure.subjectKey)
        return PageLayout.render(
            title: "Maatregel \(measure.title)", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Maatregel: \(model.title)" }
            p {
                "Uitvoeringsplan \(model.planYear) · \(subject?.title ?? "niet meer gekoppeld aan een prioriteit of thema")"
            }
            Components.notice(notice.map { Notice($0) })
            if conflict {
                div(.class("alert"), .role("alert"), .id("conflict")) {
                    p {
                        "Iemand anders heeft deze maatregel intussen gewijzigd. Hieronder staan uw invoer en het nieuwe versienummer; controleer en sla opnieuw op."
                    }
                }
            }
            FormComponents.errorSummary(
                failures, fieldIDs: Dictionary(uniqueKeysWithValues: failures.map { ($0.field, $0.field) }))
            if scope.canEdit {
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", PlanPaths.measure(scope.m, scope.t, model.id))
                ) {
                    context.csrfField
                    input(.type("hidden"), .name("versie"), .value("\(version)"))
                    PlanSubjectPage.measureFields(
                        measure, budgetText: budgetText, failures: failures, subjects: scope.subjects,
                        catalogue: catalogue,
                        methods: subject.map { PlanSubjectPage.methods(for: $0, catalogue: catalogue) } ?? [])
                    button(.type("submit")) { "Opslaan" }
                }
                p {
                    Components.buttonLink(
                        "Maatregel verwijderen", href: PlanPaths.removeMeasure(scope.m, scope.t, model.id),
                        kind: .secondary)
                }
            } else {
                dl {
                    dt { "Actiepunt" }
                    dd { measure.item }
                    dt { "Omschrijving" }
                    dd { measure.description }
                    dt { "Trekkers" }
                    dd { "\(measure.administrativeLead) / \(measure.officialLead)" }
                    dt { "Budget" }
                    dd { PlanComponents.euro(measure.budget) }
                    dt { "Status" }
                    dd { measure.status.label }
                }
            }
        }
    }
}
