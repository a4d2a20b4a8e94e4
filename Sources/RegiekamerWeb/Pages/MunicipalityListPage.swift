import RegiekamerPersistence

/// The municipalities a signed-in user belongs to, and the joint trajectories they take part in.
enum MunicipalityListPage {
    static func render(_ municipalities: [MunicipalityItem], groups: [JointGroupModel] = [], context: PageContext) -> String {
        PageLayout.render(title: "Mijn gemeenten", section: .workspace, context: context, breadcrumbs: [.init(title: "Start", path: "/")]) {
            h1 { "Mijn gemeenten" }
            p { a(href: ProgressPaths.myTasks) { "Mijn taken: voortgang van de maatregelen die u trekt" } }
            if municipalities.isEmpty {
                p(.class("empty")) { "U bent nog aan geen gemeente gekoppeld. Vraag de beheerder van uw gemeente om u toe te voegen." }
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
                    for group in groups { li { a(href: JointPaths.group(group.id!)) { group.name }; " — \(group.kind.label)" } }
                }
            }
            if context.isInstanceAdministrator {
                p { a(href: "/beheer") { "Instantiebeheer: gemeenten toevoegen" } }
                p { a(href: JointPaths.list + "#nieuw") { "Instantiebeheer: een samenwerking van gemeenten opzetten" } }
            }
        }
    }
}
