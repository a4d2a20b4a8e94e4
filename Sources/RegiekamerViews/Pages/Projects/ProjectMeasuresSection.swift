import Foundation
import RegiekamerDomain

/// Steps 5 and 6: the agreed measures with owner, partners, planning and cost, their adoption, and their
/// progress.
package enum ProjectMeasuresSection {
    static func measures(
        _ view: ProjectPageView, _ failures: [ValidationFailure], _ values: [String: String], _ context: PageContext
    ) -> HTML {
        let m = view.m
        let pid = view.p
        return fragment {
            h2 { "Maatregelen" }
            if view.measures.isEmpty { p(.class("empty")) { "Nog geen maatregelen." } }
            for measure in view.measures {
                let id = measure.id.uuidString
                section(.class("measure"), .aria("labelledby", "maatregel-\(id)")) {
                    h3(.id("maatregel-\(id)")) {
                        "\(measure.title) (\(measure.adopted ? "vastgesteld" : "voorgesteld"))"
                    }
                    p {
                        "Eigenaar: \(measure.owner.isEmpty ? "nog niemand" : measure.owner) · partners: \(measure.partners.isEmpty ? "–" : measure.partners) · planning: \(measure.planning.isEmpty ? "–" : measure.planning) · kosten: \(PlanComponents.euro(measure.cost))"
                    }
                    if !measure.adopted && view.canManage {
                        form(
                            .class("inline"), .init("method", "post"),
                            .init("action", ProjectPaths.adopt(m, pid, measure.id))
                        ) {
                            context.csrfField
                            input(.type("hidden"), .name("versie"), .value("\(measure.version)"))
                            FormComponents.textField(
                                id: "eigenaar-\(id)", name: "eigenaar", label: "Eigenaar", value: measure.owner,
                                error: ProjectStepPage.error("eigenaar-\(id)", failures), required: false)
                            button(.type("submit")) { "Vaststellen" }
                        }
                    }
                }
            }
            h2 { "Maatregel toevoegen" }
            form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.measures(m, pid))) {
                context.csrfField
                FormComponents.textField(
                    id: "titel", name: "titel", label: "Maatregel", value: values["titel"] ?? "",
                    error: ProjectStepPage.error("titel", failures))
                FormComponents.textField(
                    id: "eigenaar", name: "eigenaar", label: "Eigenaar (wie is verantwoordelijk)",
                    value: values["eigenaar"] ?? "", error: ProjectStepPage.error("eigenaar", failures), required: false
                )
                FormComponents.textField(
                    id: "partners", name: "partners", label: "Betrokken partners", value: values["partners"] ?? "",
                    error: nil, required: false)
                FormComponents.textField(
                    id: "planning", name: "planning", label: "Planning", value: values["planning"] ?? "", error: nil,
                    required: false)
                FormComponents.textField(
                    id: "kosten", name: "kosten", label: "Kosten in euro", value: values["kosten"] ?? "",
                    error: ProjectStepPage.error("kosten", failures), required: false)
                if view.canManage {
                    div(.class("choice")) {
                        if values["vaststellen"] == "ja" {
                            input(
                                .type("checkbox"), .id("vaststellen"), .name("vaststellen"), .value("ja"),
                                .flag("checked"))
                        } else {
                            input(.type("checkbox"), .id("vaststellen"), .name("vaststellen"), .value("ja"))
                        }
                        label(.for("vaststellen")) { " Meteen vaststellen (vraagt een eigenaar)" }
                    }
                }
                button(.type("submit")) { "Maatregel toevoegen" }
            }
        }
    }

    static func monitoring(_ view: ProjectPageView, _ failures: [ValidationFailure], _ context: PageContext) -> HTML {
        let adopted = view.measures.filter(\.adopted)
        return fragment {
            h2 { "Stand van de maatregelen" }
            p(.id("projectstand")) {
                ProgressRules.statusCounts(adopted.map(\.status)).filter { $0.count > 0 }.map {
                    "\($0.status.label): \($0.count)"
                }.joined(separator: " · ")
            }
            if adopted.isEmpty { p(.class("empty")) { "Nog geen vastgestelde maatregelen (stap 5)." } }
            for measure in adopted {
                let id = measure.id.uuidString
                section(.class("measure"), .aria("labelledby", "voortgang-\(id)")) {
                    h3(.id("voortgang-\(id)")) { measure.title }
                    p {
                        "Status: \(measure.status.label)\(measure.indicator.isEmpty ? "" : " · \(measure.indicator): \(measure.indicatorValue)")\(measure.progressNote.isEmpty ? "" : " · \(measure.progressNote)")"
                    }
                    form(
                        .class("stacked"), .init("method", "post"),
                        .init("action", ProjectPaths.progress(view.m, view.p, measure.id))
                    ) {
                        context.csrfField
                        input(.type("hidden"), .name("versie"), .value("\(measure.version)"))
                        FormComponents.select(
                            id: "status-\(id)", name: "status", label: "Status",
                            options: MeasureStatus.allCases.map { ($0.rawValue, $0.label) },
                            selected: measure.status.rawValue, error: ProjectStepPage.error("status-\(id)", failures))
                        FormComponents.textField(
                            id: "indicator-\(id)", name: "indicator", label: "Indicator", value: measure.indicator,
                            error: nil, required: false)
                        FormComponents.textField(
                            id: "waarde-\(id)", name: "waarde", label: "Gemeten waarde", value: measure.indicatorValue,
                            error: nil, required: false)
                        FormComponents.textArea(
                            id: "toelichting-\(id)", name: "toelichting", label: "Toelichting",
                            value: measure.progressNote, error: nil)
                        button(.type("submit")) { "Voortgang opslaan" }
                    }
                }
            }
        }
    }
}
