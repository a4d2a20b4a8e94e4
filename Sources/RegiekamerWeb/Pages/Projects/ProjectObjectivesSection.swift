import Foundation
import RegiekamerDomain
import RegiekamerPersistence

/// Step 4: the objectives with their SMART check, and the form to add one.
enum ProjectObjectivesSection {
    static func render(_ view: ProjectView, _ failures: [ValidationFailure], _ values: [String: String], _ context: PageContext) -> HTML {
        ProjectComponents.group {
            h2 { "Doelen" }
            if view.objectives.isEmpty { p(.class("empty")) { "Nog geen doelen." } }
            for (index, model) in view.objectives.enumerated() {
                section(.class("objective"), .aria("labelledby", "doel-\(index)")) {
                    h3(.id("doel-\(index)")) { model.text }
                    let flags = ProjectRules.flags(model.objective)
                    p(.class(flags.isEmpty ? "smart-ok" : "smart-missing")) {
                        flags.isEmpty ? "SMART: elke letter beantwoord, met meetinstrument, norm en termijn." : "Let op: \(flags.joined(separator: ", "))."
                    }
                    p { "Meetinstrument: \(model.measure.isEmpty ? "–" : model.measure) · norm: \(model.norm.isEmpty ? "–" : model.norm) · termijn: \(model.deadline.isEmpty ? "–" : model.deadline)" }
                }
            }
            h2 { "Doel toevoegen" }
            form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.objectives(view.scope.m, view.scope.p))) {
                context.csrfField
                FormComponents.textField(id: "doel", name: "doel", label: "Wat willen we bereiken?", value: values["doel"] ?? "", error: ProjectStepPage.error("doel", failures))
                for (letter, field) in zip(SmartCheck.letters, ["smartS", "smartM", "smartA", "smartR", "smartT"]) {
                    FormComponents.textField(
                        id: field, name: field, label: "\(letter.letter) · \(letter.word): \(letter.question)", value: values[field] ?? "",
                        error: ProjectStepPage.error(field, failures), required: false)
                }
                FormComponents.textField(id: "meetinstrument", name: "meetinstrument", label: "Meetinstrument (indicator of bron)", value: values["meetinstrument"] ?? "", error: ProjectStepPage.error("meetinstrument", failures), required: false)
                FormComponents.textField(id: "norm", name: "norm", label: "Norm (wanneer is het gelukt?)", value: values["norm"] ?? "", error: ProjectStepPage.error("norm", failures), required: false)
                FormComponents.textField(id: "termijn", name: "termijn", label: "Termijn", value: values["termijn"] ?? "", error: ProjectStepPage.error("termijn", failures), required: false)
                div(.class("choice")) {
                    if values["smart"] == "ja" {
                        input(.type("checkbox"), .id("smart"), .name("smart"), .value("ja"), .flag("checked"))
                    } else {
                        input(.type("checkbox"), .id("smart"), .name("smart"), .value("ja"))
                    }
                    label(.for("smart")) { " Dit doel is SMART (elke letter, meetinstrument, norm en termijn ingevuld)" }
                }
                button(.type("submit")) { "Doel opslaan" }
            }
        }
    }
}
