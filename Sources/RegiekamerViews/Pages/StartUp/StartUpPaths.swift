import Foundation
import RegiekamerDomain

/// URLs of the step-1 pages of a trajectory.
package enum StartUpPaths {
    package static func base(_ municipalityID: UUID, _ trajectoryID: UUID) -> String {
        WorkspacePaths.trajectory(municipalityID, trajectoryID)
    }
    package static func startNote(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/startnotitie" }
    package static func section(_ m: UUID, _ t: UUID, _ kind: StartNoteSection) -> String {
        startNote(m, t) + "/onderdeel/\(kind.rawValue)"
    }
    package static func comments(_ m: UUID, _ t: UUID, _ kind: StartNoteSection) -> String {
        section(m, t, kind) + "/opmerkingen"
    }
    package static func decision(_ m: UUID, _ t: UUID) -> String { startNote(m, t) + "/besluit" }
    package static func docx(_ m: UUID, _ t: UUID) -> String { startNote(m, t) + "/startnotitie.docx" }
    package static func print(_ m: UUID, _ t: UUID) -> String { startNote(m, t) + "/afdrukken" }
    package static func planning(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/planning" }
    package static func milestones(_ m: UUID, _ t: UUID) -> String { planning(m, t) + "/mijlpalen" }
    package static func ics(_ m: UUID, _ t: UUID) -> String { planning(m, t) + "/planning.ics" }
    package static func workingGroup(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/werkgroep" }
    package static func member(_ m: UUID, _ t: UUID, _ member: UUID) -> String {
        workingGroup(m, t) + "/leden/\(member.uuidString)"
    }
}

/// The three parts of step 1 as sub-navigation.
package enum StartUpNavigation {
    package static func render(_ municipalityID: UUID, _ trajectoryID: UUID, current: String) -> HTML {
        nav(.aria("label", "Stap 1: Opstart")) {
            ul(.class("subnav")) {
                for (title, path) in [
                    ("Startnotitie", StartUpPaths.startNote(municipalityID, trajectoryID)),
                    ("Werkgroep", StartUpPaths.workingGroup(municipalityID, trajectoryID)),
                    ("Planning", StartUpPaths.planning(municipalityID, trajectoryID)),
                ] {
                    li {
                        if title == current {
                            a(href: path, .aria("current", "page")) { title }
                        } else {
                            a(href: path) { title }
                        }
                    }
                }
            }
        }
    }

    package static func breadcrumbs(municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem)
        -> [Breadcrumb]
    {
        [
            .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
            .init(title: municipalityName, path: WorkspacePaths.municipality(municipalityID)),
            .init(title: trajectory.name, path: WorkspacePaths.trajectory(municipalityID, trajectory.id)),
        ]
    }
}
