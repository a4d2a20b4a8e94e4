import Foundation
import RegiekamerDomain

/// Step 4: the objectives with their SMART check and a form to edit each, and the form to add one.
package enum ProjectObjectivesSection {
    private static let smartFields = ["smartS", "smartM", "smartA", "smartR", "smartT"]

    static func render(
        _ view: ProjectPageView, _ failures: [ValidationFailure], _ values: [String: String], _ context: PageContext
    ) -> HTML {
        fragment {
            h2 { "Doelen" }
            if view.objectives.isEmpty { p(.class("empty")) { "Nog geen doelen." } }
            for model in view.objectives {
                let id = model.id.uuidString
                section(.class("objective"), .aria("labelledby", "doel-\(id)")) {
                    h3(.id("doel-\(id)")) { model.text }
                    let flags = ProjectRules.flags(model.objective)
                    p(.class(flags.isEmpty ? "smart-ok" : "smart-missing")) {
                        flags.isEmpty
                            ? "SMART: elke letter beantwoord, met meetinstrument, norm en termijn."
                            : "Let op: \(flags.joined(separator: ", "))."
                    }
                    p {
                        "Meetinstrument: \(model.measure.isEmpty ? "–" : model.measure) · norm: \(model.norm.isEmpty ? "–" : model.norm) · termijn: \(model.deadline.isEmpty ? "–" : model.deadline)"
                    }
                    form(
                        .class("stacked"), .init("method", "post"),
                        .init("action", ProjectPaths.objective(view.m, view.p, model.id))
                    ) {
                        context.csrfField
                        input(.type("hidden"), .name("versie"), .value("\(model.version)"))
                        fields(suffix: "-\(id)", stored: stored(model), failures: failures, values: values)
                        button(.type("submit")) { "Doel bijwerken" }
                    }
                }
            }
            h2 { "Doel toevoegen" }
            form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.objectives(view.m, view.p))) {
                context.csrfField
                fields(suffix: "", stored: [:], failures: failures, values: values)
                button(.type("submit")) { "Doel opslaan" }
            }
        }
    }

    private static func stored(_ model: ProjectObjectiveItem) -> [String: String] {
        let objective = model.objective
        return [
            "doel": objective.text, "smartS": objective.smart.specific, "smartM": objective.smart.measurable,
            "smartA": objective.smart.acceptable,
            "smartR": objective.smart.realistic, "smartT": objective.smart.timeBound,
            "meetinstrument": objective.measure, "norm": objective.norm,
            "termijn": objective.deadline, "smart": model.markedSmart ? "ja" : "",
        ]
    }

    /// The objective's fields; ids and error keys carry `suffix`, names do not. Refused input in `values` wins
    /// over the stored answers.
    private static func fields(
        suffix: String, stored: [String: String], failures: [ValidationFailure], values: [String: String]
    ) -> HTML {
        func value(_ field: String) -> String { values[field + suffix] ?? stored[field] ?? "" }
        func error(_ field: String) -> String? { ProjectStepPage.error(field + suffix, failures) }
        return fragment {
            FormComponents.textField(
                id: "doel\(suffix)", name: "doel", label: "Wat willen we bereiken?", value: value("doel"),
                error: error("doel"))
            for (letter, field) in zip(SmartCheck.letters, smartFields) {
                FormComponents.textField(
                    id: field + suffix, name: field, label: "\(letter.letter) · \(letter.word): \(letter.question)",
                    value: value(field),
                    error: error(field), required: false)
            }
            FormComponents.textField(
                id: "meetinstrument\(suffix)", name: "meetinstrument", label: "Meetinstrument (indicator of bron)",
                value: value("meetinstrument"), error: error("meetinstrument"), required: false)
            FormComponents.textField(
                id: "norm\(suffix)", name: "norm", label: "Norm (wanneer is het gelukt?)", value: value("norm"),
                error: error("norm"), required: false)
            FormComponents.textField(
                id: "termijn\(suffix)", name: "termijn", label: "Termijn", value: value("termijn"),
                error: error("termijn"), required: false)
            div(.class("choice")) {
                if value("smart") == "ja" {
                    input(.type("checkbox"), .id("smart\(suffix)"), .name("smart"), .value("ja"), .flag("checked"))
                } else {
                    input(.type("checkbox"), .id("smart\(suffix)"), .name("smart"), .value("ja"))
                }
                label(.for("smart\(suffix)")) {
                    " Dit doel is SMART (elke letter, meetinstrument, norm en termijn ingevuld)"
                }
            }
        }
    }
}
