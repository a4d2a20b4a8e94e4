import Foundation
import RegiekamerDomain

/// A joint trajectory's start page: the municipalities, their local trajectories and whether they shared their
/// priorities, the coordinators, what each user can do for their own municipality, and the history.
package enum JointGroupPage {
    /// `coordinators` are display names; `trajectories` the local trajectories per municipality the user acts for.
    package static func render(
        _ scope: JointGroupView, coordinators: [String], trajectories: [UUID: [TrajectoryItem]],
        startNotes: [UUID: Date] = [:], history: [AuditRow], notice: Notice?, typedCoordinator: String = "",
        typedAdoption: TypedAdoption? = nil, context: PageContext
    ) -> String {
        PageLayout.render(
            title: scope.name, section: .workspace, context: context,
            breadcrumbs: Array(JointComponents.breadcrumbs(scope).dropLast())
        ) {
            JointComponents.header(scope, title: scope.name, current: .overview)
            Components.notice(notice)
            h2 { "Gemeenten" }
            Components.dataTable(
                caption: "Deelnemende gemeenten",
                headers: [
                    "Gemeente", "CBS-code", "Inwoners", "Lokaal traject", "Startnotitie", "Lokale prioriteiten",
                    "Plan vastgesteld door de raad",
                ],
                rows: scope.members.map { member in
                    [
                        .text(member.name), .text(member.cbsCode), .text(DutchNumberText.grouped(member.inhabitants)),
                        .text(member.trajectoryID == nil ? "Nog niet gekoppeld" : "Gekoppeld"),
                        .text(
                            startNotes[member.municipalityID].map { "Vastgesteld op \(DutchDate.day($0))" }
                                ?? "Nog niet vastgesteld"),
                        .text(member.outcomeShared ? "Gedeeld met de samenwerking" : "Nog niet gedeeld"),
                        .text(
                            member.adoptedOn.map {
                                "Op \(DutchDate.day($0)), "
                                    + (member.adoptedCopy == "eigen"
                                        ? "met de eigen lokale paragrafen" : "met alle lokale paragrafen")
                            } ?? "Nog niet"),
                    ]
                })
            p {
                "Coördinatoren van de samenwerking: "
                coordinators.isEmpty ? "nog niemand aangewezen." : coordinators.joined(separator: ", ")
            }
            if scope.isCoordinator {
                form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.coordinators(scope.id))) {
                    context.csrfField
                    FormComponents.textField(
                        id: "coordinator-email", name: "email",
                        label: "Coördinator toevoegen (e-mailadres van een bestaand account)", value: typedCoordinator,
                        error: nil, type: "email")
                    button(.type("submit")) { "Toevoegen" }
                }
            }
            if context.isInstanceAdministrator {
                form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.members(scope.id))) {
                    context.csrfField
                    FormComponents.textField(
                        id: "gemeente-toevoegen", name: "gemeente",
                        label: "Gemeente toevoegen of inwoners bijwerken (instantiebeheer)", value: "", error: nil,
                        hint: "CBS-code en aantal inwoners, zoals ‘GM0344; 361.000’.")
                    button(.type("submit")) { "Opslaan" }
                }
            }
            for member in scope.members where scope.localMunicipalities.contains(member.municipalityID) {
                section(.class("card"), .aria("labelledby", "eigen-\(member.cbsCode)")) {
                    h2(.id("eigen-\(member.cbsCode)")) { "Het deel van \(member.name)" }
                    p {
                        "De analyse en de prioriteitensessie lopen in het eigen traject van de gemeente. Koppel dat traject en deel de uitkomst van stap 3 zodra de gemeente zover is; tot dan ziet de samenwerking er niets van."
                    }
                    form(
                        .init("method", "post"),
                        .init("action", JointPaths.linkTrajectory(scope.id, member.municipalityID))
                    ) {
                        context.csrfField
                        FormComponents.select(
                            id: "traject-\(member.cbsCode)", name: "traject", label: "Lokaal traject",
                            options: [("", "Geen")]
                                + (trajectories[member.municipalityID] ?? []).map {
                                    ($0.id.uuidString, "\($0.name) (\($0.period))")
                                },
                            selected: member.trajectoryID?.uuidString ?? "", error: nil)
                        button(.type("submit")) { "Koppelen" }
                    }
                    form(.init("method", "post"), .init("action", JointPaths.share(scope.id, member.municipalityID))) {
                        context.csrfField
                        input(.type("hidden"), .name("delen"), .value(member.outcomeShared ? "nee" : "ja"))
                        button(.type("submit")) {
                            member.outcomeShared
                                ? "Delen van de prioriteiten intrekken"
                                : "Lokale prioriteiten delen met de samenwerking"
                        }
                    }
                    if scope.kind == .jointPlan {
                        let typed = typedAdoption?.municipalityID == member.municipalityID ? typedAdoption : nil
                        form(
                            .class("stacked"), .init("method", "post"),
                            .init("action", JointPaths.adoption(scope.id, member.municipalityID))
                        ) {
                            context.csrfField
                            h3 { "Vaststelling door de raad van \(member.name)" }
                            FormComponents.textField(
                                id: "datum-\(member.cbsCode)", name: "datum", label: "Datum van het raadsbesluit",
                                value: typed?.date ?? DutchDate.fieldValue(member.adoptedOn),
                                error: typed?.field == "datum" ? typed?.message : nil, type: "date")
                            FormComponents.select(
                                id: "versie-\(member.cbsCode)", name: "versie", label: "Vastgestelde versie",
                                options: [
                                    ("alle", "Met de lokale paragrafen van alle gemeenten"),
                                    ("eigen", "Met alleen de eigen lokale paragrafen"),
                                ],
                                selected: typed?.copy ?? member.adoptedCopy ?? "alle",
                                error: typed?.field == "versie" ? typed?.message : nil)
                            button(.type("submit")) { "Vaststelling vastleggen" }
                        }
                    }
                }
            }
            if scope.kind == .jointPlan {
                h2 { "Werkwijze" }
                ol {
                    li {
                        a(href: JointPaths.startNote(scope.id)) { "Eén startnotitie" }
                        ", die elke gemeente in eigen traject overneemt en lokaal laat vaststellen."
                    }
                    li {
                        "Elke gemeente maakt de eigen analyse en kiest in een eigen sessie prioriteiten en overige thema's."
                    }
                    li {
                        a(href: JointPaths.merge(scope.id)) { "Stap 3a" }
                        ": uit de lokale keuzes een gezamenlijke set en per gemeente een lokale set."
                    }
                    li {
                        a(href: JointPaths.plan(scope.id)) { "Het gezamenlijke plan" }
                        " met lokale paragrafen, de gezamenlijke maatregelen en de raadsversies."
                    }
                    li {
                        a(href: JointPaths.monitor(scope.id)) { "Monitor" }
                        ": voortgang voor het geheel en per gemeente, en de gemeenten naast elkaar."
                    }
                }
            } else {
                p { a(href: JointPaths.strategy(scope.id)) { "Naar de regionale strategie" } }
            }
            h2 { "Wijzigingen" }
            if history.isEmpty {
                p(.class("empty")) { "Nog geen wijzigingen." }
            } else {
                Components.dataTable(
                    caption: "Wijzigingen in de samenwerking", headers: ["Wanneer", "Wie", "Wat"],
                    rows: history.map { entry in
                        [
                            .text(
                                entry.recordedAt.formatted(
                                    .dateTime.day().month().year().hour().minute().locale(Locale(identifier: "nl_NL")))),
                            .text(entry.actorName), .text(entry.summary),
                        ]
                    })
            }
        }
    }
}

/// A refused council adoption as typed: for which municipality, the date and version, and which field was wrong.
package struct TypedAdoption {
    package let municipalityID: UUID
    package let date: String
    package let copy: String
    package let field: String
    package let message: String

    package init(municipalityID: UUID, date: String, copy: String, field: String, message: String) {
        self.municipalityID = municipalityID
        self.date = date
        self.copy = copy
        self.field = field
        self.message = message
    }
}
