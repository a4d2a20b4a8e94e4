import Foundation
import RegiekamerDomain

/// Creating or editing a trajectory. After a conflicting save it shows the stored text beside the user's own,
/// keeps the user's input in the form and carries the newest version, so merging and saving again loses nothing.
package enum TrajectoryFormPage {
    /// What another person saved in the meantime.
    package struct Conflict {
        package let current: TrajectoryItem
        package let changedBy: String

        /// The memberwise initializer, visible to the web target.
        package init(current: TrajectoryItem, changedBy: String) {
            self.current = current
            self.changedBy = changedBy
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectoryID: UUID?, draft: TrajectoryDraft, version: Int?,
        failures: [ValidationFailure], conflict: Conflict?, context: PageContext
    ) -> String {
        let isNew = trajectoryID == nil
        let title = isNew ? "Nieuw traject" : "Traject bewerken"
        let action =
            trajectoryID.map { WorkspacePaths.editTrajectory(municipalityID, $0) }
            ?? WorkspacePaths.trajectories(municipalityID)
        return PageLayout.render(
            title: title, section: .workspace, context: context,
            breadcrumbs: [
                .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
                .init(title: municipalityName, path: WorkspacePaths.municipality(municipalityID)),
            ]
        ) {
            h1 { title }
            if let conflict {
                div(.class("alert"), .role("alert"), .id("conflict")) {
                    h2 { "Iemand anders heeft dit traject intussen gewijzigd" }
                    p {
                        "\(conflict.changedBy) heeft op \(DutchDate.format(conflict.current.updatedAt)) een nieuwere versie opgeslagen. Uw wijzigingen zijn nog niet bewaard en staan hieronder in het formulier. Vergelijk beide teksten, neem over wat u wilt houden en sla opnieuw op."
                    }
                    div(.class("compare")) {
                        section {
                            h3 { "Opgeslagen versie (\(conflict.changedBy))" }
                            p {
                                strong { "Naam: " }
                                conflict.current.name
                            }
                            p {
                                strong { "Periode: " }
                                conflict.current.period
                                " · "
                                strong { "Status: " }
                                conflict.current.status.label
                            }
                            element("pre", [.id("opgeslagen-toelichting")]) { conflict.current.description }
                        }
                        section {
                            h3 { "Uw versie" }
                            p {
                                strong { "Naam: " }
                                draft.name
                            }
                            element("pre", [.id("uw-toelichting")]) { draft.description }
                        }
                    }
                }
            }
            FormComponents.errorSummary(
                failures,
                fieldIDs: [
                    "naam": "naam", "beginjaar": "beginjaar", "eindjaar": "eindjaar",
                    "status": "status", "toelichting": "toelichting",
                ])
            form(.class("stacked"), .init("method", "post"), .init("action", action)) {
                context.csrfField
                if let version { input(.type("hidden"), .name("versie"), .value(String(version))) }
                FormComponents.textField(
                    id: "naam", name: "naam", label: "Naam", value: draft.name,
                    error: FormComponents.error(for: "naam", in: failures), hint: "Bijvoorbeeld ‘IVP 2027–2030’.")
                FormComponents.textField(
                    id: "beginjaar", name: "beginjaar", label: "Beginjaar",
                    value: draft.startYear.map(String.init) ?? "",
                    error: FormComponents.error(for: "beginjaar", in: failures), type: "number")
                FormComponents.textField(
                    id: "eindjaar", name: "eindjaar", label: "Eindjaar", value: draft.endYear.map(String.init) ?? "",
                    error: FormComponents.error(for: "eindjaar", in: failures), type: "number")
                FormComponents.select(
                    id: "status", name: "status", label: "Status",
                    options: TrajectoryStatus.allCases.map { ($0.rawValue, $0.label) },
                    selected: draft.status, error: FormComponents.error(for: "status", in: failures))
                FormComponents.textArea(
                    id: "toelichting", name: "toelichting", label: "Toelichting", value: draft.description,
                    error: FormComponents.error(for: "toelichting", in: failures),
                    hint: "Doel, afspraken en bijzonderheden van dit traject.")
                button(.type("submit")) { isNew ? "Traject aanmaken" : "Wijzigingen opslaan" }
            }
        }
    }
}
