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
        failures: [ValidationFailure],
        members: [Member], notice: String?, context: PageContext
    ) -> String {
        let measure = line.model.measure
        return PageLayout.render(
            title: "Voortgang \(measure.title)", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Voortgang: \(measure.title)" }
            p {
                a(href: ProgressPaths.dashboard(scope.m, scope.t, year: line.model.planYear)) {
                    "Terug naar de voortgang \(line.model.planYear)"
                }
            }
            Components.notice(notice.map { Notice($0) })
            FormComponents.errorSummary(
                failures,
                fieldIDs: [
                    "status": "status", "kwartaal": "status", "maatregel": "status", "besteed": "besteed",
                    "gerealiseerd": "gerealiseerd",
                ])
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
            if mayUpdate, let openQuarter {
                form(
                    .class("stacked"), .id("update"), .init("method", "post"),
                    .init("action", ProgressPaths.measure(scope.m, scope.t, line.model.id))
                ) {
                    context.csrfField
                    h2 { "Update \(openQuarter.label)" }
                    input(.type("hidden"), .name("kwartaal"), .value(openQuarter.description))
                    div(.class("field")) {
                        label(.for("status")) { "Status" }
                        element("select", [.id("status"), .name("status")]) {
                            for status in MeasureStatus.allCases {
                                element(
                                    "option",
                                    status == measure.status
                                        ? [.value(status.rawValue), .flag("selected")] : [.value(status.rawValue)]
                                ) { status.label }
                            }
                        }
                    }
                    FormComponents.textField(
                        id: "gerealiseerd", name: "gerealiseerd",
                        label: "Gerealiseerd (prestatie-indicator, met eenheid)", value: "", error: nil, required: false
                    )
                    FormComponents.textArea(
                        id: "toelichting", name: "toelichting", label: "Korte toelichting", value: "", error: nil)
                    FormComponents.textField(
                        id: "besteed", name: "besteed", label: "Besteed dit kwartaal (euro)", value: "", error: nil,
                        required: false)
                    button(.type("submit")) { "Update opslaan" }
                }
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
