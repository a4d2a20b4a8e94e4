import Foundation

/// One change in the audit trail, as the page shows it.
package struct AuditRow {
    package let recordedAt: Date
    package let actorName: String
    package let summary: String
    package let entityType: String
    package let change: String
    package let before: String?
    package let after: String?

    package init(
        recordedAt: Date, actorName: String, summary: String, entityType: String, change: String, before: String?,
        after: String?
    ) {
        self.recordedAt = recordedAt
        self.actorName = actorName
        self.summary = summary
        self.entityType = entityType
        self.change = change
        self.before = before
        self.after = after
    }
}

/// The audit trail's filter as chosen (empty: all) and the values each filter offers.
package struct AuditFilterView {
    package let entityType: String
    package let change: String
    package let actorName: String
    package let entityTypes: [String]
    package let changes: [String]
    package let actors: [String]

    package init(
        entityType: String, change: String, actorName: String, entityTypes: [String], changes: [String],
        actors: [String]
    ) {
        self.entityType = entityType
        self.change = change
        self.actorName = actorName
        self.entityTypes = entityTypes
        self.changes = changes
        self.actors = actors
    }
}

/// The audit trail of a trajectory (and of its municipality's accounts), newest first, with filters.
package enum AuditTrailPage {
    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, entries: [AuditRow],
        filter: AuditFilterView, context: PageContext
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
            p {
                "Alle wijzigingen in \(trajectory.name) en in de gebruikers van \(municipalityName): wie, wanneer, wat, en de gegevens ervoor en erna."
            }
            form(
                .class("search"), .init("method", "get"),
                .init("action", WorkspacePaths.auditTrail(municipalityID, trajectory.id))
            ) {
                FormComponents.select(
                    id: "soort", name: "soort", label: "Soort gegeven",
                    options: [("", "Alle")] + filter.entityTypes.map { ($0, $0) }, selected: filter.entityType,
                    error: nil)
                FormComponents.select(
                    id: "actie", name: "actie", label: "Wijziging",
                    options: [("", "Alle")] + filter.changes.map { ($0, $0) }, selected: filter.change, error: nil)
                FormComponents.select(
                    id: "door", name: "door", label: "Door",
                    options: [("", "Iedereen")] + filter.actors.map { ($0, $0) }, selected: filter.actorName, error: nil
                )
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
                            td { "\(entry.summary) (\(entry.entityType), \(entry.change))" }
                            td {
                                if entry.before != nil || entry.after != nil {
                                    element("details") {
                                        element("summary") { "Voor en na" }
                                        if let before = entry.before {
                                            p {
                                                strong { "Voor: " }
                                                element("code") { before }
                                            }
                                        }
                                        if let after = entry.after {
                                            p {
                                                strong { "Na: " }
                                                element("code") { after }
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
    }
}
