import Foundation
import RegiekamerDomain

/// One measure's progress: its history of quarterly updates and, for its lead or the coordinator while a quarter
/// is open, the form for this quarter's update.
package enum MeasureProgressPage {
    /// A member of the municipality who may report a measure's progress, with their roles as one text.
    package struct Member {
        package let id: UUID
        package let name: String
        package let roles: String

        package init(id: UUID, name: String, roles: String) {
            self.id = id
            self.name = name
            self.roles = roles
        }
    }

    package static func render(
        _ scope: PlanView, line: ProgressView.MeasureLine, openQuarter: Quarter?, mayUpdate: Bool,
        typed: MeasureUpdateForm? = nil,
        members: [Member], notice: String?, context: PageContext
    ) -> String {
        let measure = line.model.measure
        let update = typed ?? openQuarter.map { MeasureUpdateForm(quarter: $0, measure: measure) }
        return PageLayout.render(
            title: "Voortgang \(measure.title)", section: .workspace, context: context,
            breadcrumbs: PlanComponents.progressBreadcrumbs(scope)
        ) {
            h1 { "Voortgang: \(measure.title)" }
            p {
                a(href: ProgressPaths.dashboard(scope.m, scope.t, year: line.model.planYear)) {
                    "Terug naar de voortgang \(line.model.planYear)"
                }
            }
            Components.notice(notice.map { Notice($0) })
            FormComponents.errorSummary(update?.failures ?? [], fieldIDs: MeasureUpdateForm.fieldIDs)
            dl {
                dt { "Prestatie-indicator" }
                dd {
                    measure.performanceIndicator.isEmpty
                        ? "–"
                        : "\(measure.performanceIndicator) (norm: \(measure.performanceTarget.isEmpty ? "–" : measure.performanceTarget))"
                }
                dt { "Trekkers" }
                dd {
                    "\(measure.administrativeLead.isEmpty ? "–" : measure.administrativeLead) / \(measure.officialLead.isEmpty ? "–" : measure.officialLead)"
                        + (line.leadName.map { " (rapporteert: \($0))" } ?? "")
                }
                dt { "Budget" }
                dd { "\(PlanComponents.euro(measure.budget)), besteed \(PlanComponents.euro(line.spent))" }
                dt { "Status" }
                dd { measure.status.label }
            }
            h2 { "Geschiedenis" }
            if line.updates.isEmpty {
                p(.class("empty")) { "Nog geen updates." }
            } else {
                table {
                    element("caption") { "Updates per kwartaal" }
                    element("thead") {
                        tr {
                            for heading in ["Kwartaal", "Status", "Gerealiseerd", "Toelichting", "Besteed"] {
                                th(.init("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for update in line.updates.reversed() {
                            tr {
                                th(.init("scope", "row")) { update.quarter.description }
                                td { update.status.label }
                                td { update.realised.isEmpty ? "–" : update.realised }
                                td { update.explanation.isEmpty ? "–" : update.explanation }
                                td(.class("number")) { PlanComponents.euro(update.spent) }
                            }
                        }
                    }
                }
            }
            if mayUpdate, let openQuarter, let update {
                form(
                    .class("stacked"), .id("update"), .init("method", "post"),
                    .init("action", ProgressPaths.measure(scope.m, scope.t, line.model.id))
                ) {
                    context.csrfField
                    h2 { "Update \(openQuarter.label)" }
                    input(.type("hidden"), .name(MeasureUpdateForm.quarterName), .value(update.quarter))
                    FormComponents.select(
                        id: "status", name: MeasureUpdateForm.statusName, label: "Status",
                        options: MeasureStatus.allCases.map { ($0.rawValue, $0.label) }, selected: update.status,
                        error: update.error(MeasureUpdateForm.statusName))
                    FormComponents.textField(
                        id: "gerealiseerd", name: MeasureUpdateForm.realisedName,
                        label: "Gerealiseerd (prestatie-indicator, met eenheid)", value: update.realised,
                        error: update.error(MeasureUpdateForm.realisedName), required: false)
                    FormComponents.textArea(
                        id: "toelichting", name: MeasureUpdateForm.explanationName, label: "Korte toelichting",
                        value: update.explanation, error: update.error(MeasureUpdateForm.explanationName))
                    FormComponents.textField(
                        id: "besteed", name: MeasureUpdateForm.spentName, label: "Besteed dit kwartaal (euro)",
                        value: update.spent, error: update.error(MeasureUpdateForm.spentName), required: false,
                        hint: "Bijvoorbeeld € 12.500 of 12.500,50.")
                    button(.type("submit")) { "Update opslaan" }
                }
            } else if let typed, openQuarter == nil {
                // The quarter closed while the update was typed: keep the text where it can be copied.
                h2 { "Uw update is niet opgeslagen" }
                Components.summaryList([
                    SummaryRow("Gerealiseerd", typed.realised),
                    SummaryRow("Toelichting", typed.explanation),
                    SummaryRow("Besteed", typed.spent),
                ])
            } else if openQuarter == nil {
                p(.class("empty")) { "Er is geen kwartaal open voor updates." }
            }
            if scope.canEdit {
                form(
                    .class("inline"), .init("method", "post"),
                    .init("action", ProgressPaths.measure(scope.m, scope.t, line.model.id) + "/trekker")
                ) {
                    context.csrfField
                    label(.for("trekker")) { "Account dat de voortgang meldt " }
                    element("select", [.id("trekker"), .name("trekker")]) {
                        element("option", [.value("")]) { "Niemand (de coördinator meldt)" }
                        for member in members {
                            let id = member.id.uuidString
                            element(
                                "option",
                                member.id == line.model.leadUserID ? [.value(id), .flag("selected")] : [.value(id)]
                            ) {
                                "\(member.name) (\(member.roles))"
                            }
                        }
                    }
                    button(.type("submit")) { "Opslaan" }
                }
            }
        }
    }
}
