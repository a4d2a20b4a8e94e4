import Foundation

/// URLs of the step-3 pages of a trajectory.
enum PrioritisationPaths {
    static func base(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/prioritering" }
    static func settings(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/sessie" }
    static func open(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/openen" }
    static func close(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/sluiten" }
    static func presentation(_ m: UUID, _ t: UUID, _ index: Int) -> String { base(m, t) + "/presentatie/\(index)" }
    static func vote(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/stemmen" }
    static func results(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/uitslag" }
    static func resultsJSON(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/uitslag.json" }
    static func outcome(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/uitkomst" }
    static func outline(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/ivp-opzet" }
    static func report(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/sessieverslag.docx" }
}
