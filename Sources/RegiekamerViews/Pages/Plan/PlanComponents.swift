import Foundation
import RegiekamerDomain

/// Parts shared by the IVP and Uitvoeringsplan pages.
package enum PlanComponents {
    package static func breadcrumbs(_ scope: PlanView) -> [Breadcrumb] {
        StartUpNavigation.breadcrumbs(
            municipalityID: scope.m, municipalityName: scope.municipalityName, trajectory: scope.trajectory)
            + [.init(title: "IVP", path: PlanPaths.ivp(scope.m, scope.t))]
    }

    /// The trail of step 6's pages: they belong to the trajectory's progress, not to the IVP; with `dashboard`
    /// the progress dashboard of the plan year is the last step before the page.
    package static func progressBreadcrumbs(_ scope: PlanView, dashboard: Bool = true) -> [Breadcrumb] {
        StartUpNavigation.breadcrumbs(
            municipalityID: scope.m, municipalityName: scope.municipalityName, trajectory: scope.trajectory)
            + (dashboard
                ? [
                    .init(
                        title: "Voortgang \(scope.year)",
                        path: ProgressPaths.dashboard(scope.m, scope.t, year: scope.year))
                ]
                : [])
    }

    package static func navigation(_ scope: PlanView, current: String) -> HTML {
        nav(.aria("label", "IVP en uitvoeringsplan")) {
            ul(.class("actions")) {
                for (title, path) in [
                    ("IVP", PlanPaths.ivp(scope.m, scope.t)),
                    ("Uitvoeringsplan \(scope.year)", PlanPaths.implementationPlan(scope.m, scope.t, year: scope.year)),
                    ("Controle vóór vaststelling", PlanPaths.check(scope.m, scope.t, year: scope.year)),
                ] {
                    if title == current { li { strong { title } } } else { li { a(href: path) { title } } }
                }
            }
        }
    }

    /// A versioned text with its own save button, or the text itself for readers.
    package static func textForm(
        _ scope: PlanView, key: String, label labelText: String, prefill: String = "", hint: String? = nil,
        redirect: String, context: PageContext
    ) -> HTML {
        let value = scope.text(key).isEmpty ? prefill : scope.text(key)
        let id = "tekst-" + key.replacingOccurrences(of: ".", with: "-")
        return div(.class("plan-text"), .id("blok-\(id)")) {
            if scope.canEdit {
                form(.class("stacked"), .init("method", "post"), .init("action", PlanPaths.text(scope.m, scope.t))) {
                    context.csrfField
                    input(.type("hidden"), .name("sleutel"), .value(key))
                    input(.type("hidden"), .name("versie"), .value("\(scope.version(key))"))
                    input(.type("hidden"), .name("terug"), .value(redirect))
                    FormComponents.textArea(
                        id: id, name: "tekst", label: labelText, value: value, error: nil, hint: hint)
                    button(.type("submit")) { "Opslaan" }
                }
            } else {
                h3 { labelText }
                if value.isEmpty {
                    p(.class("empty")) { "Nog niet beschreven." }
                } else {
                    for paragraph in value.components(separatedBy: "\n\n") { p { paragraph } }
                }
            }
        }
    }

    package static func euro(_ value: Double?) -> String { value.map(PlanConsistency.euro) ?? "–" }

    /// Effect indicators against baseline and target with their course, for the dashboard and the public page.
    package static func courseTable(
        caption: String, headings: [String], _ rows: [ProgressView.IndicatorLine]
    ) -> HTML {
        table(.class("course-table")) {
            element("caption") { caption }
            element("thead") { tr { for heading in headings { th(.init("scope", "col")) { heading } } } }
            element("tbody") {
                for item in rows {
                    tr {
                        th(.init("scope", "row")) { item.indicator.name }
                        td { item.indicator.text(item.indicator.baseline) }
                        td { item.indicator.text(item.latest) }
                        td { item.indicator.text(item.indicator.target) }
                        td { ProgressDashboardPage.trackTag(item.track) }
                        td { item.provenance ?? (item.indicator.source.isEmpty ? "–" : item.indicator.source) }
                    }
                }
            }
        }
    }
}
