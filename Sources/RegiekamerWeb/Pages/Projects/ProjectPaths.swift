import Foundation
import RegiekamerDomain

/// Addresses of local safety projects.
enum ProjectPaths {
    static func list(_ m: UUID) -> String { WorkspacePaths.municipality(m) + "/projecten" }
    static func project(_ m: UUID, _ p: UUID) -> String { list(m) + "/\(p.uuidString)" }
    static func participants(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/deelnemers" }
    static func step(_ m: UUID, _ p: UUID, _ step: ProjectStep) -> String { project(m, p) + "/stap/\(step.rawValue)" }
    static func problems(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/problemen" }
    static func ballot(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/stemmen" }
    static func currentApproach(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/huidige-aanpak" }
    static func objectives(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/doelen" }
    static func objective(_ m: UUID, _ p: UUID, _ objective: UUID) -> String { objectives(m, p) + "/\(objective.uuidString)" }
    static func measures(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/maatregelen" }
    static func adopt(_ m: UUID, _ p: UUID, _ measure: UUID) -> String { measures(m, p) + "/\(measure.uuidString)/vaststellen" }
    static func progress(_ m: UUID, _ p: UUID, _ measure: UUID) -> String { measures(m, p) + "/\(measure.uuidString)/voortgang" }
    static func matrix(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/matrix" }
    static func minutes(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/verslagen" }
    static func report(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/rapport" }
    static func reportDocx(_ m: UUID, _ p: UUID) -> String { project(m, p) + "/rapport.docx" }
}
