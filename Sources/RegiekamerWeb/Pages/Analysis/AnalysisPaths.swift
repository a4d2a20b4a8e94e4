import Foundation
import RegiekamerDomain

/// URLs of the analysis pages of a trajectory.
enum AnalysisPaths {
    static func workspace(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/analyse" }
    static func cell(_ m: UUID, _ t: UUID, _ cell: AnalysisCellID) -> String { workspace(m, t) + "/cel/\(cell.key)" }
    static func field(_ m: UUID, _ t: UUID, _ field: Int) -> String { workspace(m, t) + "/veld/\(field)" }
    static func summary(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/samenvatting" }
    static func checklist(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/deelstappen" }
    static func report(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/analyserapport.docx" }
    static func print(_ m: UUID, _ t: UUID) -> String { workspace(m, t) + "/afdrukken" }
}
