import Foundation
import RegiekamerDomain

/// One of a project's six steps: what the participants have recorded so far, the form to add to it, and the
/// step's minutes.
package enum ProjectStepPage {
    package static func render(
        _ view: ProjectPageView, step: ProjectStep, failures: [ValidationFailure], values: [String: String],
        message: Notice?,
        context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Stap \(step.rawValue): \(step.question)", section: .workspace, context: context,
            breadcrumbs: ProjectComponents.breadcrumbs(view)
        ) {
            h1 { "Stap \(step.rawValue): \(step.question)" }
            p { step.activity }
            Components.notice(message)
            FormComponents.errorSummary(
                failures, fieldIDs: Dictionary(uniqueKeysWithValues: failures.map { ($0.field, $0.field) }))
            ProjectComponents.steps(view, current: step)
            switch step {
            case .problems: problems(view, failures, values, context)
            case .priorities: priorities(view, failures, values, context)
            case .currentApproach: currentApproach(view, failures, values, context)
            case .objectives: ProjectObjectivesSection.render(view, failures, values, context)
            case .measures: ProjectMeasuresSection.measures(view, failures, values, context)
            case .monitoring: ProjectMeasuresSection.monitoring(view, failures, context)
            }
            minutes(view, step, failures, context)
        }
    }

    static func error(_ field: String, _ failures: [ValidationFailure]) -> String? {
        FormComponents.error(for: field, in: failures)
    }

    private static func problems(
        _ view: ProjectPageView, _ failures: [ValidationFailure], _ values: [String: String], _ context: PageContext
    ) -> HTML {
        fragment {
            h2 { "Gemelde problemen" }
            if view.problems.isEmpty {
                p(.class("empty")) { "Nog geen problemen gemeld." }
            } else {
                Components.dataTable(
                    caption: "Gemelde problemen",
                    headers: ["Probleem", "Waar", "Wanneer", "Wie heeft last", "Onderbouwing", "Gemeld door"],
                    rows: view.problems.map {
                        [
                            .text($0.title), .text($0.location), .text($0.timing), .text($0.affected),
                            .text($0.evidence), .text($0.authorName),
                        ]
                    })
            }
            h2 { "Probleem melden" }
            form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.problems(view.m, view.p))) {
                context.csrfField
                FormComponents.textField(
                    id: "probleem", name: "probleem", label: "Wat is het probleem?", value: values["probleem"] ?? "",
                    error: error("probleem", failures))
                FormComponents.textField(
                    id: "waar", name: "waar", label: "Waar speelt het?", value: values["waar"] ?? "",
                    error: error("waar", failures), required: false)
                FormComponents.textField(
                    id: "wanneer", name: "wanneer", label: "Wanneer speelt het?", value: values["wanneer"] ?? "",
                    error: nil, required: false)
                FormComponents.textField(
                    id: "wie", name: "wie", label: "Wie heeft er last van?", value: values["wie"] ?? "", error: nil,
                    required: false)
                FormComponents.textArea(
                    id: "onderbouwing", name: "onderbouwing",
                    label: "Waaruit blijkt het (cijfers, meldingen, signalen)?", value: values["onderbouwing"] ?? "",
                    error: nil)
                button(.type("submit")) { "Probleem melden" }
            }
        }
    }

    private static func priorities(
        _ view: ProjectPageView, _ failures: [ValidationFailure], _ values: [String: String], _ context: PageContext
    ) -> HTML {
        fragment {
            h2 { "Stand van de telling" }
            if view.problems.isEmpty {
                p(.class("empty")) { "Meld eerst problemen in stap 1." }
            } else {
                p { "\(view.tally.ballots) deelnemer(s) hebben gestemd." }
                Components.dataTable(
                    caption: "Telling", headers: ["Plaats", "Probleem", "Punten", "Stemmers"],
                    rows: view.tally.rows.map { row in
                        [
                            .text("\(row.place)"), .text(view.problem(row.candidate)?.title ?? ""),
                            .text("\(row.score)"), .text("\(row.supporters)"),
                        ]
                    })
                h2 { "Uw punten" }
                form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.ballot(view.m, view.p))) {
                    context.csrfField
                    p(.id("punten")) {
                        "Verdeel hoogstens \(view.pointsBudget) punten over de problemen die volgens u het zwaarst wegen. Opnieuw stemmen vervangt uw eerdere punten."
                    }
                    for problem in view.problems {
                        let name = "punten-\(problem.id.uuidString)"
                        FormComponents.textField(
                            id: name, name: name, label: "Punten voor: \(problem.title)",
                            value: values[name] ?? view.ownPoints[problem.id].map(String.init) ?? "", error: nil,
                            type: "number", required: false)
                    }
                    button(.type("submit")) { "Punten indienen" }
                }
            }
        }
    }

    private static func currentApproach(
        _ view: ProjectPageView, _ failures: [ValidationFailure], _ values: [String: String], _ context: PageContext
    ) -> HTML {
        fragment {
            h2 { "Wat partners al doen" }
            if view.currentMeasures.isEmpty {
                p(.class("empty")) { "Nog niets vastgelegd." }
            } else {
                Components.dataTable(
                    caption: "Huidige maatregelen",
                    headers: ["Maatregel", "Partner", "Waarom onvoldoende", "Toelichting"],
                    rows: view.currentMeasures.map {
                        [.text($0.title), .text($0.partner), .text($0.shortfall.label), .text($0.explanation)]
                    })
            }
            h2 { "Huidige maatregel toevoegen" }
            form(
                .class("stacked"), .init("method", "post"),
                .init("action", ProjectPaths.currentApproach(view.m, view.p))
            ) {
                context.csrfField
                FormComponents.textField(
                    id: "maatregel", name: "maatregel", label: "Wat gebeurt er al?", value: values["maatregel"] ?? "",
                    error: error("maatregel", failures))
                FormComponents.textField(
                    id: "partner", name: "partner", label: "Door welke partner?", value: values["partner"] ?? "",
                    error: nil, required: false)
                FormComponents.select(
                    id: "tekort", name: "tekort", label: "Waarom is het niet genoeg?",
                    options: Shortfall.allCases.map { ($0.rawValue, $0.label) },
                    selected: values["tekort"] ?? Shortfall.capacity.rawValue, error: error("tekort", failures))
                FormComponents.textArea(
                    id: "uitleg", name: "uitleg", label: "Toelichting", value: values["uitleg"] ?? "", error: nil)
                button(.type("submit")) { "Toevoegen" }
            }
        }
    }

    private static func minutes(
        _ view: ProjectPageView, _ step: ProjectStep, _ failures: [ValidationFailure], _ context: PageContext
    ) -> HTML {
        fragment {
            h2 { "Verslag bij deze stap" }
            for minutes in view.minutes where minutes.step == step.rawValue {
                section(.class("minutes")) {
                    h3 { "\(ProjectPage.date(minutes.recordedAt)) · \(minutes.authorName)" }
                    p { minutes.text }
                }
            }
            form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.minutes(view.m, view.p))) {
                context.csrfField
                input(.type("hidden"), .name("stap"), .value("\(step.rawValue)"))
                FormComponents.textArea(
                    id: "verslag", name: "verslag", label: "Wat is besproken en afgesproken?", value: "",
                    error: error("verslag", failures), hint: "Alle deelnemers zien het verslag meteen.")
                button(.type("submit")) { "Verslag toevoegen" }
            }
        }
    }
}
