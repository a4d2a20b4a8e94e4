import Foundation
import RegiekamerDomain

/// URLs of the analysis pages of a trajectory.
package enum AnalysisPaths {
    package static func workspace(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/analyse" }
    package static func cell(_ m: UUID, _ t: UUID, _ cell: AnalysisCellID) -> String {
        workspace(m, t) + "/cel/\(cell.key)"
    }
    package static func field(_ m: UUID, _ t: UUID, _ field: Int) -> String { workspace(m, t) + "/veld/\(field)" }
    package static func summary(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/samenvatting" }
    package static func checklist(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/deelstappen" }
    package static func report(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/analyserapport.docx" }
    package static func print(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/afdrukken" }
}
