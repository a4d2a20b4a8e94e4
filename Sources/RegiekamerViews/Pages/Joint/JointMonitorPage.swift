import Foundation
import RegiekamerDocuments
import RegiekamerDomain

/// Joint monitoring: the progress of the shared measures for the whole group or one municipality, and the member
/// municipalities' figures on each shared theme side by side.
package enum JointMonitorPage {
    package static func render(
        _ view: JointPlanView, figures: JointFigures, municipality: JointMemberItem?, notice: Notice?,
        context: PageContext
    ) -> String {
        let scope = view.group
        let measures = view.measures.filter { measure in
            municipality.map { measure.municipalityIDs.contains($0.municipalityID) } ?? true
        }
        return PageLayout.render(
            title: "Monitor — \(scope.name)", section: .workspace, context: context,
            breadcrumbs: JointComponents.breadcrumbs(scope)
        ) {
            JointComponents.header(
                scope, title: "Monitor" + (municipality.map { ": \($0.name)" } ?? ": alle gemeenten"), current: .monitor
            )
            Components.notice(notice)
            nav(.aria("label", "Monitor per gemeente")) {
                ul(.class("tabs")) {
                    li {
                        municipality == nil
                            ? a(href: JointPaths.monitor(scope.id), .aria("current", "page")) { "Alle gemeenten" }
                            : a(href: JointPaths.monitor(scope.id)) { "Alle gemeenten" }
                    }
                    for member in scope.members {
                        li {
                            member.cbsCode == municipality?.cbsCode
                                ? a(
                                    href: JointPaths.monitor(scope.id, municipality: member.cbsCode),
                                    .aria("current", "page")
                                ) { member.name }
                                : a(href: JointPaths.monitor(scope.id, municipality: member.cbsCode)) { member.name }
                        }
                    }
                }
            }
            p {
                Components.documentDownloads(
                    "Voortgangsrapportage" + (municipality.map { " \($0.name)" } ?? ""),
                    docx: JointPaths.progressReport(scope.id, municipality: municipality?.cbsCode))
            }
            h2 { "Voortgang van de gezamenlijke maatregelen" }
            let counts = MeasureStatus.allCases.map { status in
                "\(status.label): \(measures.filter { $0.status == status }.count)"
            }
            p { "\(measures.count) maatregelen. " + counts.joined(separator: ", ") + "." }
            if measures.isEmpty {
                p(.class("empty")) { "Nog geen gezamenlijke maatregelen." }
            } else {
                Components.dataTable(
                    caption: "Gezamenlijke maatregelen",
                    headers: [
                        "Thema", "Maatregel", "Gemeenten", municipality == nil ? "Budget" : "Aandeel", "Status",
                        "Toelichting",
                    ],
                    rows: measures.map { measure in
                        let amount =
                            municipality.map { own in view.shares(measure).first { $0.name == own.name }?.cents ?? 0 }
                            ?? measure.budgetCents
                        return [
                            .text(ThemeCode(measure.theme).map(view.title) ?? measure.theme),
                            a(href: "#maatregel-\(measure.id.uuidString)") { measure.title },
                            .text(view.names(measure).joined(separator: ", ")), .text(JointPlanDocument.euro(amount)),
                            .text(measure.status.label), .text(measure.progressNote),
                        ]
                    })
            }
            if scope.isCoordinator {
                for measure in measures {
                    form(
                        .class("stacked"), .id("maatregel-\(measure.id.uuidString)"), .init("method", "post"),
                        .init("action", JointPaths.measureProgress(scope.id, measure.id))
                    ) {
                        context.csrfField
                        JointComponents.version(measure.version)
                        h3 { "Voortgang: \(measure.title)" }
                        FormComponents.select(
                            id: "status-\(measure.id.uuidString)", name: "status", label: "Status",
                            options: MeasureStatus.allCases.map { ($0.rawValue, $0.label) },
                            selected: measure.status.rawValue, error: nil)
                        FormComponents.textArea(
                            id: "toelichting-\(measure.id.uuidString)", name: "toelichting", label: "Toelichting",
                            value: measure.progressNote, error: nil)
                        button(.type("submit")) { "Voortgang opslaan" }
                    }
                }
            }
            if !figures.survey.isEmpty {
                h2 { "Veiligheidsmonitor: de gemeenten naast elkaar" }
                Components.dataTable(
                    caption: "Laatste uitkomst van de Veiligheidsmonitor per gemeente (jaar tussen haakjes)",
                    headers: ["Indicator"] + scope.members.map(\.name),
                    rows: figures.survey.map { indicator in
                        [.text(indicator.name + (indicator.unit.isEmpty ? "" : " (\(indicator.unit))"))]
                            + scope.members.map { member in
                                .text(
                                    indicator.values[member.cbsCode].map {
                                        DutchNumberText.decimal($0.value, places: 1) + " (\($0.year))"
                                    } ?? "–")
                            }
                    })
            }
            h2 { "De gemeenten naast elkaar" }
            p {
                "Geregistreerde misdrijven per 10.000 inwoners in het laatste jaar met cijfers, per gezamenlijk thema."
            }
            for theme in view.sharedThemes {
                let bars = scope.members.compactMap { member in
                    figures.cell(theme, member.cbsCode).map { (label: member.name, value: $0.ratePer10k) }
                }
                h3 { view.title(theme) }
                if bars.isEmpty {
                    p(.class("empty")) { "Geen cijfers voor dit thema." }
                } else {
                    div(.class("graph")) {
                        HTML(
                            unsafeRaw: BarChartSVG(
                                title: "\(view.title(theme)) per 10.000 inwoners",
                                summary: "Staafdiagram; dezelfde cijfers staan in de tabel eronder.",
                                bars: bars,
                                highlighted: municipality.flatMap { own in bars.firstIndex { $0.label == own.name } },
                                orientation: .horizontal
                            ).render())
                    }
                    Components.dataTable(
                        caption: "\(view.title(theme)) per gemeente",
                        headers: ["Gemeente", "Per 10.000 inwoners (jaar, verandering)"],
                        rows: scope.members.map {
                            [.text($0.name), .text(JointFigures.text(figures.cell(theme, $0.cbsCode)))]
                        })
                }
            }
        }
    }
}
