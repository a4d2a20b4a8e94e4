import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews

/// A joint trajectory's start page: the municipalities, their local trajectories and whether they shared their
/// priorities, the coordinators, what each user can do for their own municipality, and the history.
enum JointGroupPage {
    static func render(
        _ scope: JointScope, coordinators: [UserModel], trajectories: [UUID: [TrajectoryModel]], startNotes: [UUID: Date] = [:], history: [AuditEntryModel],
        message: (text: String, isError: Bool)?, typedCoordinator: String = "", typedAdoption: TypedAdoption? = nil,
        context: PageContext
    ) -> String {
        PageLayout.render(title: scope.group.name, section: .workspace, context: context, breadcrumbs: Array(JointComponents.breadcrumbs(scope).dropLast())) {
            JointComponents.header(scope, title: scope.group.name, current: .overview)
            JointComponents.notice(message)
            h2 { "Gemeenten" }
            Components.dataTable(
                caption: "Deelnemende gemeenten",
                headers: ["Gemeente", "CBS-code", "Inwoners", "Lokaal traject", "Startnotitie", "Lokale prioriteiten", "Plan vastgesteld door de raad"],
                rows: scope.members.map { member in
                    [.text(member.municipality.name), .text(member.cbsCode), .text(DutchNumberText.grouped(member.model.inhabitants)),
                     .text(member.model.$trajectory.id == nil ? "Nog niet gekoppeld" : "Gekoppeld"),
                     .text(startNotes[member.municipalityID].map { "Vastgesteld op \(DutchDate.day($0))" } ?? "Nog niet vastgesteld"),
                     .text(member.model.outcomeShared ? "Gedeeld met de samenwerking" : "Nog niet gedeeld"),
                     .text(member.model.adoptedOn.map { "Op \(DutchDate.day($0)), " + (member.model.adoptedCopy == "eigen" ? "met de eigen lokale paragrafen" : "met alle lokale paragrafen") } ?? "Nog niet")]
                })
            p {
                "Coördinatoren van de samenwerking: "
                coordinators.isEmpty ? "nog niemand aangewezen." : coordinators.map(\.displayName).joined(separator: ", ")
            }
            if scope.isCoordinator {
                form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.coordinators(scope.g))) {
                    context.csrfField
                    FormComponents.textField(id: "coordinator-email", name: "email", label: "Coördinator toevoegen (e-mailadres van een bestaand account)", value: typedCoordinator, error: nil, type: "email")
                    button(.type("submit")) { "Toevoegen" }
                }
            }
            if context.isInstanceAdministrator {
                form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.members(scope.g))) {
                    context.csrfField
                    FormComponents.textField(
                        id: "gemeente-toevoegen", name: "gemeente", label: "Gemeente toevoegen of inwoners bijwerken (instantiebeheer)", value: "", error: nil,
                        hint: "CBS-code en aantal inwoners, zoals ‘GM0344; 361.000’.")
                    button(.type("submit")) { "Opslaan" }
                }
            }
            for member in scope.members where scope.localMunicipalities.contains(member.municipalityID) {
                section(.class("card"), .aria("labelledby", "eigen-\(member.cbsCode)")) {
                    h2(.id("eigen-\(member.cbsCode)")) { "Het deel van \(member.municipality.name)" }
                    p { "De analyse en de prioriteitensessie lopen in het eigen traject van de gemeente. Koppel dat traject en deel de uitkomst van stap 3 zodra de gemeente zover is; tot dan ziet de samenwerking er niets van." }
                    form(.init("method", "post"), .init("action", JointPaths.linkTrajectory(scope.g, member.municipalityID))) {
                        context.csrfField
                        FormComponents.select(
                            id: "traject-\(member.cbsCode)", name: "traject", label: "Lokaal traject",
                            options: [("", "Geen")] + (trajectories[member.municipalityID] ?? []).map { ($0.id!.uuidString, "\($0.name) (\($0.periodText))") },
                            selected: member.model.$trajectory.id?.uuidString ?? "", error: nil)
                        button(.type("submit")) { "Koppelen" }
                    }
                    form(.init("method", "post"), .init("action", JointPaths.share(scope.g, member.municipalityID))) {
                        context.csrfField
                        input(.type("hidden"), .name("delen"), .value(member.model.outcomeShared ? "nee" : "ja"))
                        button(.type("submit")) { member.model.outcomeShared ? "Delen van de prioriteiten intrekken" : "Lokale prioriteiten delen met de samenwerking" }
                    }
                    if scope.group.kind == .jointPlan {
                        let typed = typedAdoption?.municipalityID == member.municipalityID ? typedAdoption : nil
                        form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.adoption(scope.g, member.municipalityID))) {
                            context.csrfField
                            h3 { "Vaststelling door de raad van \(member.municipality.name)" }
                            FormComponents.textField(
                                id: "datum-\(member.cbsCode)", name: "datum", label: "Datum van het raadsbesluit",
                                value: typed?.date ?? DutchDate.fieldValue(member.model.adoptedOn),
                                error: typed?.field == "datum" ? typed?.message : nil, type: "date")
                            FormComponents.select(
                                id: "versie-\(member.cbsCode)", name: "versie", label: "Vastgestelde versie",
                                options: [("alle", "Met de lokale paragrafen van alle gemeenten"), ("eigen", "Met alleen de eigen lokale paragrafen")],
                                selected: typed?.copy ?? member.model.adoptedCopy ?? "alle",
                                error: typed?.field == "versie" ? typed?.message : nil)
                            button(.type("submit")) { "Vaststelling vastleggen" }
                        }
                    }
                }
            }
            if scope.group.kind == .jointPlan {
                h2 { "Werkwijze" }
                ol {
                    li { a(href: JointPaths.startNote(scope.g)) { "Eén startnotitie" }; ", die elke gemeente in eigen traject overneemt en lokaal laat vaststellen." }
                    li { "Elke gemeente maakt de eigen analyse en kiest in een eigen sessie prioriteiten en overige thema's." }
                    li { a(href: JointPaths.merge(scope.g)) { "Stap 3a" }; ": uit de lokale keuzes een gezamenlijke set en per gemeente een lokale set." }
                    li { a(href: JointPaths.plan(scope.g)) { "Het gezamenlijke plan" }; " met lokale paragrafen, de gezamenlijke maatregelen en de raadsversies." }
                    li { a(href: JointPaths.monitor(scope.g)) { "Monitor" }; ": voortgang voor het geheel en per gemeente, en de gemeenten naast elkaar." }
                }
            } else {
                p { a(href: JointPaths.strategy(scope.g)) { "Naar de regionale strategie" } }
            }
            h2 { "Wijzigingen" }
            if history.isEmpty {
                p(.class("empty")) { "Nog geen wijzigingen." }
            } else {
                Components.dataTable(
                    caption: "Wijzigingen in de samenwerking", headers: ["Wanneer", "Wie", "Wat"],
                    rows: history.map { entry in
                        [.text(entry.recordedAt.formatted(.dateTime.day().month().year().hour().minute().locale(Locale(identifier: "nl_NL")))),
                         .text(entry.actorName), .text(entry.summary)]
                    })
            }
        }
    }
}

/// A refused council adoption as typed: for which municipality, the date and version, and which field was wrong.
struct TypedAdoption {
    let municipalityID: UUID
    let date: String
    let copy: String
    let field: String
    let message: String
}
