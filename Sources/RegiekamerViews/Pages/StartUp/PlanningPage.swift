import Foundation
import RegiekamerDomain

/// The process planning: settings, the computed step windows as a table and a timeline, warnings,
/// milestones and the calendar export.
package enum PlanningPage {
    /// The planning form as typed or as stored.
    package struct Form {
        package var start: String
        package var end: String
        package var parallel: Bool
        package var weeks: [MethodStep: String]
        /// The version of the stored planning the form was read from (0: none yet).
        package var version = 0

        package init(start: String, end: String, parallel: Bool, weeks: [MethodStep: String], version: Int = 0) {
            self.start = start
            self.end = end
            self.parallel = parallel
            self.weeks = weeks
            self.version = version
        }
    }

    /// The milestone form as typed, kept when it is refused.
    package struct MilestoneValues {
        package var kind = Milestone.Kind.workingGroupMeeting.rawValue
        package var title = ""
        package var date = ""

        package init(kind: String = Milestone.Kind.workingGroupMeeting.rawValue, title: String = "", date: String = "")
        {
            self.kind = kind
            self.title = title
            self.date = date
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, planning: ProcessPlanning?,
        milestones: [Identified<Milestone>], form values: Form, milestone typed: MilestoneValues = .init(),
        canEdit: Bool,
        failures: [ValidationFailure], notice: String?, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Planning \(trajectory.name)", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: municipalityID, municipalityName: municipalityName, trajectory: trajectory)
        ) {
            h1 { "Planning \(trajectory.name)" }
            StartUpNavigation.render(municipalityID, trajectory.id, current: "Planning")
            Components.notice(notice.map { Notice($0) })
            if let planning {
                let warnings = planning.warnings()
                if !warnings.isEmpty {
                    div(.class("alert"), .role("status"), .id("waarschuwingen")) {
                        h2 { "Let op" }
                        ul { for warning in warnings { li { warning.message } } }
                    }
                }
                div(.class("graph")) { HTML(unsafeRaw: PlanningTimelineSVG(planning: planning).render()) }
                table {
                    element("caption") { "Stappen" }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Stap" }
                            th(.init("scope", "col")) { "Van" }
                            th(.init("scope", "col")) { "Tot" }
                            th(.init("scope", "col")) { "Weken" }
                            th(.init("scope", "col")) { "Dagen coördinator" }
                        }
                    }
                    element("tbody") {
                        for window in planning.windows() {
                            tr {
                                th(.init("scope", "row")) { "\(window.step.rawValue). \(window.step.title)" }
                                td { DutchDate.day(window.start) }
                                td { DutchDate.day(window.end) }
                                td { "\(planning.length(of: window.step))" }
                                td { "\(window.coordinatorDays.lowerBound)–\(window.coordinatorDays.upperBound)" }
                            }
                        }
                    }
                }
                p {
                    "Totale inzet van de coördinator in stap 1 tot en met 5: \(planning.coordinatorDays.lowerBound) tot \(planning.coordinatorDays.upperBound) dagen. Stap 6 loopt daarna door."
                }
                p {
                    a(href: StartUpPaths.ics(municipalityID, trajectory.id)) {
                        "Mijlpalen en stappen in uw agenda (ICS)"
                    }
                }
            } else {
                p(.class("empty")) {
                    "Nog geen planning. Kies een startdatum; de doorlooptijden komen uit de handreiking."
                }
            }
            if canEdit {
                h2 { "Instellingen" }
                FormComponents.errorSummary(
                    failures,
                    fieldIDs: Dictionary(
                        uniqueKeysWithValues: [("startdatum", "startdatum"), ("einddatum", "einddatum")]
                            + MethodStep.allCases.map { ("weken-\($0.rawValue)", "weken-\($0.rawValue)") }))
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", StartUpPaths.planning(municipalityID, trajectory.id))
                ) {
                    context.csrfField
                    input(.type("hidden"), .name("versie"), .value("\(values.version)"))
                    FormComponents.textField(
                        id: "startdatum", name: "startdatum", label: "Startdatum", value: values.start,
                        error: FormComponents.error(for: "startdatum", in: failures), type: "date")
                    FormComponents.textField(
                        id: "einddatum", name: "einddatum", label: "Gewenste einddatum (optioneel)", value: values.end,
                        error: FormComponents.error(for: "einddatum", in: failures), type: "date", required: false)
                    div(.class("field")) {
                        if values.parallel {
                            input(.type("checkbox"), .id("parallel"), .name("parallel"), .value("ja"), .flag("checked"))
                        } else {
                            input(.type("checkbox"), .id("parallel"), .name("parallel"), .value("ja"))
                        }
                        label(.for("parallel")) { " Stap 4 (IVP) en stap 5 (uitvoeringsplan) tegelijk schrijven" }
                    }
                    for step in MethodStep.allCases where step != .fromPolicyToExecution {
                        FormComponents.textField(
                            id: "weken-\(step.rawValue)", name: "weken\(step.rawValue)",
                            label: "Weken voor stap \(step.rawValue) (\(step.title))",
                            value: values.weeks[step] ?? "",
                            error: FormComponents.error(for: "weken-\(step.rawValue)", in: failures), type: "number",
                            required: false,
                            hint:
                                "Handreiking: \(step.typicalWeeks.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" } ?? "-") weken. Leeg laten voor \(ProcessPlanning.defaultWeeks(step) ?? 0)."
                        )
                    }
                    button(.type("submit")) { "Planning opslaan" }
                }
            }
            h2 { "Mijlpalen" }
            if milestones.isEmpty { p(.class("empty")) { "Nog geen mijlpalen." } }
            table {
                element("caption", [.class("visually-hidden")]) { "Mijlpalen" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Datum" }
                        th(.init("scope", "col")) { "Soort" }
                        th(.init("scope", "col")) { "Omschrijving" }
                        th(.init("scope", "col")) { "Actie" }
                    }
                }
                element("tbody") {
                    for milestone in milestones.sorted(by: { $0.date < $1.date }) {
                        tr {
                            td { DutchDate.day(milestone.date) }
                            td { milestone.kind.label }
                            td { milestone.title }
                            td {
                                if canEdit {
                                    Components.buttonLink(
                                        "Verwijderen",
                                        href: "\(StartUpPaths.milestones(municipalityID, trajectory.id))/"
                                            + "\(milestone.id.uuidString)/verwijderen",
                                        kind: .subtle, hidden: ": \(milestone.title)")
                                }
                            }
                        }
                    }
                }
            }
            if canEdit && planning != nil {
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", StartUpPaths.milestones(municipalityID, trajectory.id))
                ) {
                    context.csrfField
                    FormComponents.select(
                        id: "soort", name: "soort", label: "Soort",
                        options: Milestone.Kind.allCases.map { ($0.rawValue, $0.label) }, selected: typed.kind,
                        error: FormComponents.error(for: "soort", in: failures))
                    FormComponents.textField(
                        id: "omschrijving", name: "omschrijving", label: "Omschrijving", value: typed.title,
                        error: FormComponents.error(for: "omschrijving", in: failures))
                    FormComponents.textField(
                        id: "datum", name: "datum", label: "Datum", value: typed.date,
                        error: FormComponents.error(for: "datum", in: failures), type: "date")
                    button(.type("submit"), .class("secondary")) { "Mijlpaal toevoegen" }
                }
            }
        }
    }
}
