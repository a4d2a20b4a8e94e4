import Foundation
import RegiekamerDomain

/// One project: what it is about, its six steps, its participants, the minutes, and for coordinators the forms
/// to change its settings and invite partners.
package enum ProjectPage {
    package static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "d-M-yyyy HH:mm"
        return formatter.string(from: date)
    }

    package static func render(
        _ view: ProjectPageView, failures: [ValidationFailure], values: [String: String]?,
        message: Notice?, context: PageContext
    ) -> String {
        let project = view.project
        let m = view.m
        let pid = view.p
        return PageLayout.render(
            title: project.name, section: .workspace, context: context,
            breadcrumbs: Array(ProjectComponents.breadcrumbs(view).dropLast())
        ) {
            h1 { project.name }
            Components.notice(message)
            let plan = [view.trajectoryName, project.subject.isEmpty ? nil : project.subject].compactMap { $0 }.joined(
                separator: " · ")
            dl {
                dt { "Soort" }
                dd { project.kind.label }
                dt { "Gericht op" }
                dd { "\(project.focus.label): \(project.area)" }
                dt { "Thema's" }
                dd {
                    if project.themes.isEmpty { "–" }
                    for (index, code) in project.themes.split(separator: ",").compactMap({
                        ThemeCode(String($0).trimmingCharacters(in: .whitespaces))
                    }).enumerated() {
                        if index > 0 { ", " }
                        a(href: CataloguePaths.theme(code)) { code.description }
                    }
                }
                dt { "Plan en onderwerp" }
                dd { plan.isEmpty ? "–" : plan }
                dt { "Methode" }
                dd {
                    if let name = view.methodName {
                        a(href: CataloguePaths.method(project.methodCode)) { name }
                    } else {
                        "–"
                    }
                }
            }
            if !project.description.isEmpty { p { project.description } }
            h2 { "De zes stappen" }
            ProjectComponents.steps(view, current: nil)
            ul(.class("actions")) {
                li { a(href: ProjectPaths.matrix(m, pid)) { "Verantwoordelijkhedenmatrix" } }
                li { a(href: ProjectPaths.report(m, pid)) { "Projectrapport" } }
                li { Components.documentDownloads("Projectrapport", docx: ProjectPaths.reportDocx(m, pid)) }
            }
            h2 { "Deelnemers" }
            ul(.id("deelnemers")) {
                for participant in view.participants { li { "\(participant.name) — \(participant.organisation)" } }
            }
            if view.canManage {
                FormComponents.errorSummary(
                    failures.filter { $0.field == "gebruiker" }, fieldIDs: ["gebruiker": "uitnodigen-gebruiker"])
                if view.invitable.isEmpty {
                    p(.class("empty")) {
                        "Alle gebruikers van de gemeente nemen al deel. Externe partners krijgen eerst een account (rol partner) via Gebruikers."
                    }
                } else {
                    form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.participants(m, pid)))
                    {
                        context.csrfField
                        h3 { "Partner uitnodigen" }
                        FormComponents.select(
                            id: "uitnodigen-gebruiker", name: "gebruiker", label: "Gebruiker",
                            options: view.invitable.map {
                                ($0.userID.uuidString, "\($0.name) (\($0.roles.map(\.label).joined(separator: ", ")))")
                            },
                            selected: "", error: FormComponents.error(for: "gebruiker", in: failures))
                        FormComponents.textField(
                            id: "uitnodigen-organisatie", name: "organisatie", label: "Organisatie in dit project",
                            value: "", error: nil, hint: "Bijvoorbeeld Politie, Woningcorporatie of Jongerenwerk.")
                        button(.type("submit")) { "Uitnodigen" }
                    }
                }
            }
            h2 { "Verslagen" }
            if view.minutes.isEmpty {
                p(.class("empty")) { "Nog geen verslagen. Bij elke stap kunt u een verslag toevoegen." }
            }
            for minutes in view.minutes {
                section(.class("minutes")) {
                    h3 { "Stap \(minutes.step) · \(date(minutes.recordedAt)) · \(minutes.authorName)" }
                    p { minutes.text }
                }
            }
            if view.canManage {
                h2(.id("instellingen")) { "Instellingen wijzigen" }
                let settingsFailures = failures.filter { $0.field != "gebruiker" }
                FormComponents.errorSummary(settingsFailures, fieldIDs: ProjectComponents.settingsFieldIDs("project"))
                form(.class("stacked"), .init("method", "post"), .init("action", ProjectPaths.project(m, pid))) {
                    context.csrfField
                    input(.type("hidden"), .name("versie"), .value("\(project.version)"))
                    ProjectComponents.settingsFields(
                        prefix: "project",
                        values: values ?? [
                            "naam": project.name, "soort": project.kind.rawValue, "richting": project.focus.rawValue,
                            "gebied": project.area,
                            "themas": project.themes, "onderwerp": project.subject, "methode": project.methodCode,
                            "toelichting": project.description,
                            "traject": project.trajectoryID?.uuidString ?? "",
                        ], failures: settingsFailures, trajectories: view.trajectories, methods: view.methods,
                        planSubjects: view.planSubjects)
                    button(.type("submit")) { "Instellingen opslaan" }
                }
            }
        }
    }
}
