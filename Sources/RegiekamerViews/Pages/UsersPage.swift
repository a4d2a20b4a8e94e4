import Foundation
import RegiekamerDomain

/// The beheerder's page: members and their roles, inviting people, handing out reset links.
package enum UsersPage {
    /// A one-time link that was just created and must be handed over now (it is not shown again).
    package struct IssuedLink {
        package let personName: String
        package let url: String
        package let isInvitation: Bool

        package init(personName: String, url: String, isInvitation: Bool) {
            self.personName = personName
            self.url = url
            self.isInvitation = isInvitation
        }
    }

    /// The invitation form as typed.
    package struct InviteForm {
        package var email = ""
        package var name = ""
        package var role = Role.workingGroupMember.rawValue

        package init(email: String = "", name: String = "", role: String = Role.workingGroupMember.rawValue) {
            self.email = email
            self.name = name
            self.role = role
        }
    }

    /// A member of the municipality with their roles here. Whether the account has a password is a flag: the
    /// page never holds the hash.
    package struct MemberRow {
        package let userID: UUID
        package let displayName: String
        package let email: String
        package let roles: [Role]
        package let activated: Bool

        package init(userID: UUID, displayName: String, email: String, roles: [Role], activated: Bool) {
            self.userID = userID
            self.displayName = displayName
            self.email = email
            self.roles = roles
            self.activated = activated
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, members: [MemberRow],
        pending: [InvitationItem] = [], resettable: Set<UUID> = [], currentUserID: UUID,
        form inviteForm: InviteForm, failures: [ValidationFailure], issued: IssuedLink?, notice: String?,
        context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Gebruikers van \(municipalityName)", section: .workspace, context: context,
            breadcrumbs: [
                .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
                .init(title: municipalityName, path: WorkspacePaths.municipality(municipalityID)),
            ]
        ) {
            h1 { "Gebruikers van \(municipalityName)" }
            Components.notice(notice.map { Notice($0) })
            if let issued {
                div(.class("success"), .role("status"), .id("eenmalige-link")) {
                    h2 {
                        issued.isInvitation
                            ? "Uitnodiging voor \(issued.personName)" : "Herstellink voor \(issued.personName)"
                    }
                    p {
                        "Geef deze link persoonlijk door. Hij werkt één keer, is zeven dagen geldig en wordt hierna niet meer getoond."
                    }
                    p(.class("onetime")) { element("code", [.id("link-url")]) { issued.url } }
                }
            }
            if let refusal = FormComponents.error(for: "herstellink", in: failures) {
                div(.class("alert"), .role("alert")) { p { refusal } }
            }
            h2 { "Iemand uitnodigen" }
            FormComponents.errorSummary(
                failures.filter { $0.field != "herstellink" },
                fieldIDs: ["e-mailadres": "email", "naam": "naam", "rol": "rol"])
            form(.class("stacked"), .init("method", "post"), .init("action", WorkspacePaths.users(municipalityID))) {
                context.csrfField
                FormComponents.textField(
                    id: "naam", name: "naam", label: "Naam", value: inviteForm.name,
                    error: FormComponents.error(for: "naam", in: failures))
                FormComponents.textField(
                    id: "email", name: "email", label: "E-mailadres", value: inviteForm.email,
                    error: FormComponents.error(for: "e-mailadres", in: failures), type: "email")
                FormComponents.select(
                    id: "rol", name: "rol", label: "Rol", options: Role.allCases.map { ($0.rawValue, $0.label) },
                    selected: inviteForm.role, error: FormComponents.error(for: "rol", in: failures))
                button(.type("submit")) { "Uitnodigen" }
            }
            if !pending.isEmpty {
                h2 { "Uitgenodigd" }
                p {
                    "Deze mensen hebben al een account bij Regiekamer. Hun rol gaat in zodra zij de uitnodiging na het "
                        + "inloggen aanvaarden."
                }
                table {
                    element("caption", [.class("visually-hidden")]) { "Openstaande uitnodigingen" }
                    element("thead") {
                        tr {
                            th(.init("scope", "col")) { "Naam" }
                            th(.init("scope", "col")) { "E-mailadres" }
                            th(.init("scope", "col")) { "Rol" }
                            th(.init("scope", "col")) { "Status" }
                            th(.init("scope", "col")) { "Acties" }
                        }
                    }
                    element("tbody") {
                        for invitation in pending {
                            tr {
                                th(.init("scope", "row")) { invitation.invitedName }
                                td { invitation.email }
                                td { invitation.role.label }
                                td { "Uitgenodigd door \(invitation.invitedByName)" }
                                td {
                                    Components.buttonLink(
                                        "Uitnodiging intrekken",
                                        href: WorkspacePaths.withdrawInvitation(municipalityID, invitation.id),
                                        kind: .subtle, hidden: ": \(invitation.email)")
                                }
                            }
                        }
                    }
                }
            }
            h2 { "Leden" }
            table {
                element("caption", [.class("visually-hidden")]) { "Leden van \(municipalityName)" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Naam" }
                        th(.init("scope", "col")) { "E-mailadres" }
                        th(.init("scope", "col")) { "Rollen" }
                        th(.init("scope", "col")) { "Account" }
                        th(.init("scope", "col")) { "Acties" }
                    }
                }
                element("tbody") {
                    for member in members {
                        let userID = member.userID
                        tr {
                            th(.init("scope", "row")) { member.displayName }
                            td { member.email }
                            td {
                                form(
                                    .init("method", "post"),
                                    .init(
                                        "action", "\(WorkspacePaths.users(municipalityID))/\(userID.uuidString)/rollen")
                                ) {
                                    context.csrfField
                                    element("fieldset") {
                                        element("legend", [.class("visually-hidden")]) {
                                            "Rollen van \(member.displayName)"
                                        }
                                        for role in Role.allCases {
                                            let id = "rol-\(userID.uuidString)-\(role.rawValue)"
                                            div {
                                                if member.roles.contains(role) {
                                                    input(
                                                        .type("checkbox"), .id(id), .name("rollen[]"),
                                                        .value(role.rawValue), .flag("checked"))
                                                } else {
                                                    input(
                                                        .type("checkbox"), .id(id), .name("rollen[]"),
                                                        .value(role.rawValue))
                                                }
                                                label(.for(id)) { " \(role.label)" }
                                            }
                                        }
                                    }
                                    button(.type("submit"), .class("secondary")) { "Rollen opslaan" }
                                }
                            }
                            td { !member.activated ? "Uitnodiging nog niet aanvaard" : "Actief" }
                            td {
                                if userID != currentUserID, resettable.contains(userID) {
                                    form(
                                        .init("method", "post"),
                                        .init(
                                            "action",
                                            "\(WorkspacePaths.users(municipalityID))/\(userID.uuidString)/wachtwoordherstel"
                                        )
                                    ) {
                                        context.csrfField
                                        button(.type("submit"), .class("secondary")) {
                                            !member.activated ? "Nieuwe uitnodigingslink" : "Herstellink maken"
                                        }
                                    }
                                } else if userID != currentUserID {
                                    p(.class("hint")) {
                                        "Ook lid elders: een nieuw wachtwoord via ‘wachtwoord vergeten’ of een instantiebeheerder."
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
