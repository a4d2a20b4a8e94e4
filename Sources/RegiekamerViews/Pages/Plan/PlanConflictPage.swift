import Foundation

/// Two people saved the same plan text: both versions side by side, nothing lost, and the choice to save one's
/// own over the newer one.
package enum PlanConflictPage {
    package static func render(
        _ scope: PlanView, key: String, yours: String, theirs: String, version: Int, back: String, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Tekst intussen gewijzigd", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Iemand anders heeft deze tekst intussen gewijzigd" }
            div(.class("alert"), .role("alert")) {
                p { "Uw versie is nog niet opgeslagen. Vergelijk beide versies en sla zo nodig uw versie alsnog op." }
            }
            div(.class("side-by-side")) {
                section(.aria("labelledby", "hun-versie")) {
                    h2(.id("hun-versie")) { "Opgeslagen versie" }
                    p { theirs.isEmpty ? "(leeg)" : theirs }
                }
                section(.aria("labelledby", "uw-versie")) {
                    h2(.id("uw-versie")) { "Uw versie" }
                    form(.class("stacked"), .init("method", "post"), .init("action", PlanPaths.text(scope.m, scope.t)))
                    {
                        context.csrfField
                        input(.type("hidden"), .name("sleutel"), .value(key))
                        input(.type("hidden"), .name("versie"), .value("\(version)"))
                        input(.type("hidden"), .name("terug"), .value(back))
                        FormComponents.textArea(id: "tekst", name: "tekst", label: "Uw tekst", value: yours, error: nil)
                        button(.type("submit")) { "Mijn versie opslaan" }
                    }
                }
            }
            p { a(href: back) { "Terug zonder op te slaan" } }
        }
    }
}
