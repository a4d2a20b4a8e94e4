import Foundation
import RegiekamerPersistence
import RegiekamerViews

/// The audit trail of a trajectory (and of its municipality's accounts), newest first, with filters.
enum AuditTrailPage {
    static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, entries: [AuditEntryModel],
        filter: AuditLog.Filter, entityTypes: [String], actors: [String], context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Logboek \(trajectory.name)", section: .workspace, context: context,
            breadcrumbs: [
                .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
                .init(title: municipalityName, path: WorkspacePaths.municipality(municipalityID)),
                .init(title: trajectory.name, path: WorkspacePaths.trajectory(municipalityID, trajectory.id)),
            ]
        ) {
            h1 { "Logboek van wijzigingen" }
            p { "Alle wijzigingen in \(trajectory.name) en in de gebruikers van \(municipalityName): wie, wanneer, wat, en de gegevens ervoor en erna." }
            form(.class("search"), .init("method", "get"), .init("action", WorkspacePaths.auditTrail(municipalityID, trajectory.id))) {
                FormComponents.select(
                    id: "soort", name: "soort", label: "Soort gegeven",
                    options: [("", "Alle")] + entityTypes.map { ($0, $0) }, selected: filter.entityType ?? "", error: nil)
                FormComponents.select(
                    id: "actie", name: "actie", label: "Wijziging",
                    options: [("", "Alle")] + AuditEntryModel.Change.allCases.map { ($0.rawValue, $0.rawValue) },
                    selected: filter.change?.rawValue ?? "", error: nil)
                FormComponents.select(
                    id: "door", name: "door", label: "Door",
                    options: [("", "Iedereen")] + actors.map { ($0, $0) }, selected: filter.actorName ?? "", error: nil)
                button(.type("submit")) { "Filteren" }
            }
            p(.role("status")) { "\(entries.count) \(entries.count == 1 ? "wijziging" : "wijzigingen")" }
            table {
                element("caption", [.class("visually-hidden")]) { "Logboek" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Wanneer" }
                        th(.init("scope", "col")) { "Door" }
                        th(.init("scope", "col")) { "Wat" }
                        th(.init("scope", "col")) { "Gegevens" }
                    }
                }
                element("tbody") {
                    for entry in entries {
                        tr {
                            td { DutchDate.format(entry.recordedAt) }
                            td { entry.actorName }
                            td { "\(entry.summary) (\(entry.entityType), \(entry.change.rawValue))" }
                            td {
                                if entry.beforeJSON != nil || entry.afterJSON != nil {
                                    element("details") {
                                        element("summary") { "Voor en na" }
                                        if let before = entry.beforeJSON { p { strong { "Voor: " }; element("code") { before } } }
                                        if let after = entry.afterJSON { p { strong { "Na: " }; element("code") { after } } }
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
