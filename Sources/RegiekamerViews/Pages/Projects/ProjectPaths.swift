import Foundation
import RegiekamerDomain

/// Addresses of local safety projects.
package enum ProjectPaths {
    package static func list(_ m: UUID) -> String { WorkspacePaths.municipality(m) + "/projecten" }
    package static func project(_ m: UUID, _ p: UUID) -> String { list(m) + "/\(p.uuidString)" }
    package static func participants(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/deelnemers" }
    package static func step(_ m: UUID, _ p: UUID, _ step: ProjectStep) -> String {
        project(m, p) + "/stap/\(step.rawValue)"
    }
    package static func problems(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/problemen" }
    package static func ballot(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/stemmen" }
    package static func currentApproach(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/huidige-aanpak" }
    package static func objectives(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/doelen" }
    package static func objective(_ m: UUID, _ p: UUID, _ objective: UUID) -> String {
        objectives(m, p) + "/\(objective.uuidString)"
    }
    package static func measures(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/maatregelen" }
    package static func adopt(_ m: UUID, _ p: UUID, _ measure: UUID) -> String {
        measures(m, p) + "/\(measure.uuidString)/vaststellen"
    }
    package static func progress(_ m: UUID, _ p: UUID, _ measure: UUID) -> String {
        measures(m, p) + "/\(measure.uuidString)/voortgang"
    }
    package static func matrix(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/matrix" }
    package static func minutes(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/verslagen" }
    package static func report(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/rapport" }
    package static func reportDocx(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/rapport.docx" }
}
