/// The municipalities a signed-in user belongs to, and the joint trajectories they take part in.
package enum MunicipalityListPage {
    package static func render(
        _ municipalities: [MunicipalityItem], groups: [JointGroupLink] = [],
        invitations: [InvitationItem] = [],
        notice: String? = nil, context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Mijn gemeenten", section: .workspace, context: context,
            breadcrumbs: [.init(title: "Start", path: "/")]
        ) {
            h1 { "Mijn gemeenten" }
            Components.notice(notice.map { Notice($0) })
            if !invitations.isEmpty {
                section(.class("invitations"), .aria("labelledby", "uitnodigingen")) {
                    h2(.id("uitnodigingen")) { "Uitnodigingen voor u" }
                    for invitation in invitations {
                        div(.class("card")) {
                            p {
                                "\(invitation.invitedByName) nodigt u uit als \(invitation.role.label) van \(invitation.municipalityName). "
                                    + "Pas als u aanvaardt, krijgt u die rol; uw andere gemeenten merken hier niets van."
                            }
                            form(
                                .init("method", "post"), .init("action", WorkspacePaths.acceptInvitation(invitation.id))
                            ) {
                                context.csrfField
                                button(.type("submit")) { "Aanvaarden: lid worden van \(invitation.municipalityName)" }
                            }
                            form(
                                .init("method", "post"),
                                .init("action", WorkspacePaths.declineInvitation(invitation.id))
                            ) {
                                context.csrfField
                                button(.type("submit"), .class("secondary")) { "Afwijzen" }
                            }
                        }
                    }
                }
            }
            p { a(href: ProgressPaths.myTasks) { "Mijn taken: voortgang van de maatregelen die u trekt" } }
            if municipalities.isEmpty {
                p(.class("empty")) {
                    "U bent nog aan geen gemeente gekoppeld. Vraag de beheerder van uw gemeente om u toe te voegen."
                }
            } else {
                ul(.class("fields")) {
                    for municipality in municipalities {
                        li(.class("card")) {
                            h2 { a(href: WorkspacePaths.municipality(municipality.id)) { municipality.name } }
                            p { "CBS-code \(municipality.cbsCode)" }
                            p { "Uw rol: \(municipality.roles.map(\.label).joined(separator: ", "))" }
                            p { municipality.activeTrajectory.map { "Actief traject: \($0)" } ?? "Geen actief traject" }
                        }
                    }
                }
            }
            if !groups.isEmpty {
                h2 { "Samenwerkingen" }
                ul {
                    for group in groups {
                        li {
                            a(href: JointPaths.group(group.id)) { group.name }
                            " — \(group.kind.label)"
                        }
                    }
                }
            }
            if context.isInstanceAdministrator {
                p { a(href: "/beheer") { "Instantiebeheer: gemeenten toevoegen" } }
                p { a(href: JointPaths.list + "#nieuw") { "Instantiebeheer: een samenwerking van gemeenten opzetten" } }
            }
        }
    }
}
