import Foundation
import RegiekamerDomain

/// The consistency check before adoption, each problem linking to where it is fixed.
package enum PlanCheckPage {
    package static func render(_ scope: PlanView, problems: [ConsistencyProblem], context: PageContext) -> String {
        PageLayout.render(
            title: "Controle IVP en uitvoeringsplan", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Controle vóór vaststelling" }
            PlanComponents.navigation(scope, current: "Controle vóór vaststelling")
            p {
                "Elke prioriteit heeft effectindicatoren en maatregelen; elke maatregel heeft trekkers, planning en budget; de maatregelen passen binnen het budget van hoofdstuk 7; geen maatregel hangt los van het plan. Uitvoeringsplan \(scope.year)."
            }
            if problems.isEmpty {
                div(.class("success"), .role("status"), .id("controle")) {
                    p { "Geen problemen gevonden: het plan is klaar voor vaststelling." }
                }
            } else {
                div(.class("alert"), .role("status"), .id("controle")) {
                    h2 { problems.count == 1 ? "1 punt" : "\(problems.count) punten" }
                    ul { for problem in problems { li { a(href: link(scope, problem)) { problem.message } } } }
                }
            }
        }
    }

    package static func link(_ scope: PlanView, _ problem: ConsistencyProblem) -> String {
        if problem.anchor.hasPrefix("maatregel-"),
            let id = UUID(uuidString: String(problem.anchor.dropFirst("maatregel-".count)))
        {
            return PlanPaths.measure(scope.m, scope.t, id)
        }
        if problem.anchor == "h7" { return PlanPaths.ivp(scope.m, scope.t) + "#blok-tekst-h7-budget" }
        return PlanPaths.subject(scope.m, scope.t, problem.anchor, year: scope.year)
    }
}
