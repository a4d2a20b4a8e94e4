import Foundation
import RegiekamerDomain

/// A trajectory: its period, status and description, and the task list of the six steps with each task's state
/// derived from the data (GOV.UK "complete multiple tasks").
package enum TrajectoryPage {
    /// A refused "skip this step": the step, the reason as typed and the message at the field.
    package struct SkipRefusal {
        package let step: MethodStep
        package let reason: String
        package let message: String

        package init(step: MethodStep, reason: String, message: String) {
            self.step = step
            self.reason = reason
            self.message = message
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, canEdit: Bool, canSeeAudit: Bool,
        jointGroups: [(id: UUID, name: String)] = [], tasks: [MethodTask], skipRefused: SkipRefusal? = nil, notice: String?,
        context: PageContext
    ) -> String {
        PageLayout.render(
            title: trajectory.name, section: .workspace, context: context,
            breadcrumbs: [
                .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
                .init(title: municipalityName, path: WorkspacePaths.municipality(municipalityID)),
            ]
        ) {
            Components.notice(notice.map { Notice($0) })
            if let skipRefused {
                FormComponents.errorSummary(
                    [ValidationFailure(field: "reden", message: skipRefused.message)],
                    fieldIDs: ["reden": "reden-\(skipRefused.step.rawValue)"])
            }
            p { municipalityName }
            h1 { trajectory.name }
            dl {
                dt { "Periode" }
                dd { trajectory.period }
                dt { "Status" }
                dd { trajectory.status.label }
                dt { "Laatst gewijzigd" }
                dd { DutchDate.format(trajectory.updatedAt) }
                for group in jointGroups {
                    dt { "Samenwerking" }
                    dd {
                        a(href: JointPaths.group(group.id)) { group.name }
                        " — de startnotitie, stap 3a en het plan maken de gemeenten samen"
                    }
                }
            }
            if !trajectory.description.isEmpty {
                h2 { "Toelichting" }
                for paragraph in trajectory.description.components(separatedBy: "\n\n") { p { paragraph } }
            }
            let current = TrajectoryTasks.currentStep(tasks)
            h2 { "Waar staat dit traject?" }
            p {
                "Huidige stap: "
                strong { "\(current.rawValue). \(current.title)" }
                ". De stand volgt uit wat er is vastgelegd; er is niets met de hand in te stellen."
            }
            for step in MethodStep.allCases {
                let state = TrajectoryTasks.state(of: step, in: tasks)
                section(.class("task-step"), .aria("labelledby", "stap-\(step.rawValue)")) {
                    h2(.id("stap-\(step.rawValue)"), .class("task-step__title")) {
                        "Stap \(step.rawValue): \(step.title) "
                        Components.tag(state.label, tone(state))
                    }
                    if case .skipped(let reason) = state {
                        p(.class("hint")) { "Overgeslagen: \(reason)" }
                    }
                    Components.taskList(
                        tasks.filter { $0.step == step }.map { task in
                            TaskItem(
                                title: task.title, href: href(task.place, municipalityID, trajectory.id),
                                hint: hint(task), status: task.state.label, tone: tone(task.state))
                        }, id: "taken-\(step.rawValue)")
                    if canEdit {
                        skipControl(
                            step, state: state, municipalityID, trajectory.id,
                            refused: skipRefused?.step == step ? skipRefused : nil, context: context)
                    }
                }
            }
            h2 { "Meer bij dit traject" }
            ul {
                li { a(href: ProgressPaths.cycle(municipalityID, trajectory.id)) { "Beleidscyclus en agenda" } }
                li { a(href: ProgressPaths.myTasks) { "Mijn taken" } }
            }
            if canEdit || canSeeAudit {
                h2 { "Acties" }
                ul {
                    if canEdit {
                        li {
                            a(href: WorkspacePaths.editTrajectory(municipalityID, trajectory.id)) { "Traject bewerken" }
                        }
                    }
                    if canSeeAudit {
                        li {
                            a(href: WorkspacePaths.auditTrail(municipalityID, trajectory.id)) {
                                "Logboek van wijzigingen"
                            }
                        }
                    }
                }
                if canEdit && trajectory.status != .active {
                    form(
                        .init("method", "post"),
                        .init("action", WorkspacePaths.activateTrajectory(municipalityID, trajectory.id))
                    ) {
                        context.csrfField
                        button(.type("submit"), .class("secondary")) { "Maak dit het actieve traject" }
                    }
                }
            }
        }
    }

    /// Where a task is done.
    static func href(_ place: MethodTask.Place, _ m: UUID, _ t: UUID) -> String {
        switch place {
        case .startNote: StartUpPaths.startNote(m, t)
        case .workingGroup: StartUpPaths.workingGroup(m, t)
        case .planning: StartUpPaths.planning(m, t)
        case .analysis: AnalysisPaths.workspace(m, t)
        case .analysisSummary: AnalysisPaths.summary(m, t)
        case .prioritisation: PrioritisationPaths.base(m, t)
        case .outcome: PrioritisationPaths.outcome(m, t)
        case .ivp: PlanPaths.ivp(m, t)
        case .ivpDecision: PlanPaths.ivp(m, t) + "#besluit"
        case .implementationPlan(let year): PlanPaths.implementationPlan(m, t, year: year)
        case .progress: ProgressPaths.dashboard(m, t)
        }
    }

    /// The fact behind a task, and why it cannot start yet when it waits.
    private static func hint(_ task: MethodTask) -> String? {
        if case .cannotStart(let reason) = task.state {
            return [reason, task.hint].compactMap { $0 }.joined(separator: " ")
        }
        return task.hint
    }

    /// The colour of a state's tag; its text always says the state.
    static func tone(_ state: TaskState) -> TagTone {
        switch state {
        case .done: .green
        case .inProgress: .blue
        case .notStarted: .grey
        case .cannotStart: .grey
        case .skipped: .yellow
        }
    }

    /// For the coordinator: skip a step with a reason, or take a skipped step up again.
    private static func skipControl(
        _ step: MethodStep, state: TaskState, _ m: UUID, _ t: UUID, refused: SkipRefusal?, context: PageContext
    ) -> HTML {
        if case .skipped = state {
            return form(.init("method", "post"), .init("action", WorkspacePaths.resumeStep(m, t, step))) {
                context.csrfField
                Components.button("Stap \(step.rawValue) weer oppakken", kind: .secondary)
            }
        }
        if state == .done || step == .fromPolicyToExecution { return .empty }
        let skipForm = form(
            .class("stacked"), .init("method", "post"), .init("action", WorkspacePaths.skipStep(m, t, step))
        ) {
            context.csrfField
            FormComponents.textArea(
                id: "reden-\(step.rawValue)", name: "reden", label: "Waarom slaat de gemeente deze stap over?",
                value: refused?.reason ?? "", error: refused?.message,
                hint: "Bijvoorbeeld: de analyse van de regio wordt gebruikt. De reden staat bij de stap.")
            Components.button("Stap \(step.rawValue) overslaan", kind: .warning)
        }
        if refused != nil { return skipForm }
        return Components.details("Stap \(step.rawValue) overslaan") { skipForm }
    }
}
