import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The Uitvoeringsplan presented as action plans (VAPs): per action item its measures, SMART checklist (each
/// letter answered), administrative owner, lead, executors, approach, costs and cover.
package enum ActionPlansPage {
    package static func path(_ m: UUID, _ t: UUID, year: Int) -> String {
        WorkspacePaths.trajectory(m, t) + "/uitvoeringsplan/actieplannen?jaar=\(year)"
    }

    /// The answers of an action plan, as stored or as typed, with the version they were made on.
    package struct Answers {
        package let smart: SmartAnswers
        package let owner: String
        package let lead: String
        package let executors: String
        package let approach: String
        package let cover: String
        package let version: Int

        package init(
            smart: SmartAnswers, owner: String, lead: String, executors: String, approach: String, cover: String,
            version: Int
        ) {
            self.smart = smart
            self.owner = owner
            self.lead = lead
            self.executors = executors
            self.approach = approach
            self.cover = cover
            self.version = version
        }
    }

    /// One action plan: an action item with its measures and stored answers.
    package struct Plan {
        package let subject: PlanSubject
        package let item: String
        package let measures: [PlanMeasure]
        package let stored: Answers?

        package init(subject: PlanSubject, item: String, measures: [PlanMeasure], stored: Answers?) {
            self.subject = subject
            self.item = item
            self.measures = measures
            self.stored = stored
        }

        var smart: SmartAnswers { stored?.smart ?? SmartAnswers() }
        var costs: Double { measures.compactMap(\.budget).reduce(0, +) }
        var defaultOwner: String {
            stored?.owner
                ?? Array(Set(measures.map(\.administrativeLead).filter { !$0.isEmpty })).sorted().joined(
                    separator: ", ")
        }
        var defaultLead: String {
            stored?.lead
                ?? Array(Set(measures.map(\.officialLead).filter { !$0.isEmpty })).sorted().joined(separator: ", ")
        }
        var defaultExecutors: String {
            stored?.executors ?? Array(Set(measures.flatMap(\.parties))).sorted().joined(separator: ", ")
        }
        var defaultCover: String {
            stored?.cover ?? Array(Set(measures.compactMap { $0.budgetSource?.label })).sorted().joined(separator: ", ")
        }
    }

    package static func render(
        _ scope: PlanView, plans: [Plan], message: Notice?, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Actieplannen \(scope.year)", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Actieplannen (VAP's) \(scope.year)" }
            PlanComponents.navigation(scope, current: "")
            Components.notice(message)
            p {
                "Elk actiepunt van het uitvoeringsplan als actieplan: doelen die SMART zijn (elke letter beantwoord), met bestuurlijk eigenaar, trekker, uitvoerders, aanpak, kosten en dekking."
            }
            if plans.isEmpty { p(.class("empty")) { "Nog geen actiepunten in het uitvoeringsplan \(scope.year)." } }
            for (index, plan) in plans.enumerated() {
                section(.aria("labelledby", "vap-\(index)")) {
                    h2(.id("vap-\(index)")) { "\(plan.subject.title): \(plan.item)" }
                    let missing = SmartCheck.missing(plan.smart)
                    p(.class(missing.isEmpty ? "smart-ok" : "smart-missing")) {
                        missing.isEmpty
                            ? "SMART: alle letters beantwoord."
                            : "Nog niet SMART: \(missing.joined(separator: ", ")) ontbreekt."
                    }
                    ul { for measure in plan.measures { li { measure.title } } }
                    p { "Kosten: \(PlanComponents.euro(plan.costs))" }
                    if scope.canEdit {
                        form(
                            .class("stacked"), .init("method", "post"),
                            .init("action", path(scope.m, scope.t, year: scope.year))
                        ) {
                            context.csrfField
                            input(.type("hidden"), .name("onderwerp"), .value(plan.subject.key))
                            input(.type("hidden"), .name("actiepunt"), .value(plan.item))
                            input(.type("hidden"), .name("versie"), .value("\(plan.stored?.version ?? 0)"))
                            for (letter, value) in zip(SmartCheck.letters, SmartCheck.values(plan.smart)) {
                                FormComponents.textField(
                                    id: "vap-\(index)-\(letter.letter)", name: "smart\(letter.letter)",
                                    label: "\(letter.letter) · \(letter.word): \(letter.question)", value: value,
                                    error: nil, required: false)
                            }
                            FormComponents.textField(
                                id: "vap-\(index)-eigenaar", name: "eigenaar", label: "Bestuurlijk eigenaar",
                                value: plan.defaultOwner, error: nil, required: false)
                            FormComponents.textField(
                                id: "vap-\(index)-trekker", name: "trekker", label: "Trekker", value: plan.defaultLead,
                                error: nil, required: false)
                            FormComponents.textField(
                                id: "vap-\(index)-uitvoerders", name: "uitvoerders", label: "Uitvoerders",
                                value: plan.defaultExecutors, error: nil, required: false)
                            FormComponents.textArea(
                                id: "vap-\(index)-aanpak", name: "aanpak", label: "Aanpak",
                                value: plan.stored?.approach ?? "", error: nil)
                            FormComponents.textField(
                                id: "vap-\(index)-dekking", name: "dekking", label: "Dekking", value: plan.defaultCover,
                                error: nil, required: false)
                            button(.type("submit")) { "Actieplan opslaan" }
                        }
                    }
                }
            }
        }
    }
}
