import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The Uitvoeringsplan of one year: its own chapters, the measures per priority and other theme, and the
/// budget computed from the measures.
package enum ImplementationPlanPage {
    package static func render(
        _ scope: PlanView, catalogue: Catalogue, message: String?, projects: PlanProjectsView? = nil,
        context: PageContext
    ) -> String {
        let back = PlanPaths.implementationPlan(scope.m, scope.t, year: scope.year)
        let totals = PlanConsistency.budgetTotals(scope.measures.map(\.measure))
        return PageLayout.render(
            title: "Uitvoeringsplan \(scope.year)", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Uitvoeringsplan \(scope.year)" }
            PlanComponents.navigation(scope, current: "Uitvoeringsplan \(scope.year)")
            Components.notice(message.map { Notice($0) })
            form(
                .class("inline"), .init("method", "get"),
                .init("action", PlanPaths.implementationPlan(scope.m, scope.t))
            ) {
                label(.for("jaar")) { "Jaar " }
                element("select", [.id("jaar"), .name("jaar")]) {
                    for year in scope.period.startYear...scope.period.endYear {
                        element(
                            "option", year == scope.year ? [.value("\(year)"), .flag("selected")] : [.value("\(year)")]
                        ) { "\(year)" }
                    }
                }
                button(.type("submit")) { "Tonen" }
            }
            ul(.class("actions")) {
                li {
                    Components.documentDownloads(
                        "Uitvoeringsplan \(scope.year)", docx: PlanPaths.implementationDocx(scope.m, scope.t, year: scope.year))
                }
                li {
                    a(href: ActionPlansPage.path(scope.m, scope.t, year: scope.year)) {
                        "Als actieplannen (VAP's) met SMART-toets"
                    }
                }
                li {
                    a(href: ProgressPaths.dashboard(scope.m, scope.t, year: scope.year)) { "Voortgang \(scope.year)" }
                }
            }
            h2 { ImplementationPlanChapter.mainLine.numberedTitle }
            PlanComponents.textForm(
                scope, key: "up\(scope.year).hoofdlijn", label: "Hoofdlijn", redirect: back, context: context)
            h2 { ImplementationPlanChapter.lookBack.numberedTitle }
            PlanComponents.textForm(
                scope, key: "up\(scope.year).terugblik", label: "Terugblik",
                hint: "Leeg bij het eerste uitvoeringsplan.", redirect: back, context: context)
            h2 { ImplementationPlanChapter.priorities.numberedTitle }
            for subject in scope.subjects where subject.kind == .priority {
                subjectBlock(scope, subject, catalogue: catalogue)
            }
            h2 { ImplementationPlanChapter.otherThemes.numberedTitle }
            for subject in scope.subjects where subject.kind == .otherTheme {
                subjectBlock(scope, subject, catalogue: catalogue)
            }
            h2 { ImplementationPlanChapter.budget.numberedTitle }
            table(.id("budget")) {
                element("caption") { "Budget \(scope.year), berekend uit de maatregelen" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Prioriteit of thema" }
                        th(.init("scope", "col")) { "Budget" }
                    }
                }
                element("tbody") {
                    for subject in scope.subjects {
                        tr {
                            th(.init("scope", "row")) { subject.title }
                            td(.class("number")) { PlanComponents.euro(totals.bySubject[subject.key] ?? 0) }
                        }
                    }
                    tr {
                        th(.init("scope", "row")) { "Totaal" }
                        td(.class("number")) { strong { PlanComponents.euro(totals.total) } }
                    }
                }
            }
            p {
                "Bestaand budget: \(PlanComponents.euro(totals.bySource[.existing] ?? 0)) · nieuw budget: \(PlanComponents.euro(totals.bySource[.new] ?? 0))"
                    + (scope.yearlyBudget.map { " · begroot in het IVP: \(PlanComponents.euro($0)) per jaar" } ?? "")
            }
            if let projects {
                PlanProjectsSection.neighbourhoodPlans(
                    projects, scope: scope, action: PlanPaths.implementationPlan(scope.m, scope.t), headingLevel: 2)
            }
        }
    }

    private static func subjectBlock(_ scope: PlanView, _ subject: PlanSubject, catalogue: Catalogue) -> HTML {
        section(.aria("labelledby", "onderwerp-\(subject.key)")) {
            h3(.id("onderwerp-\(subject.key)")) {
                a(href: PlanPaths.subject(scope.m, scope.t, subject.key, year: scope.year)) { subject.title }
            }
            PlanSubjectPage.measureTable(scope, scope.measures(of: subject.key), catalogue: catalogue)
        }
    }
}
