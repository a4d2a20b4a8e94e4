import Foundation

/// URLs of the step-3 pages of a trajectory.
package enum PrioritisationPaths {
    package static func base(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/prioritering" }
    package static func settings(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/sessie" }
    package static func open(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/openen" }
    package static func close(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/sluiten" }
    package static func presentation(_ m: UUID, _ t: UUID, _ index: Int) -> String {
        base(m, t) + "/presentatie/\(index)"
    }
    package static func vote(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/stemmen" }
    package static func results(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/uitslag" }
    package static func resultsJSON(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/uitslag.json" }
    package static func outcome(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/uitkomst" }
    package static func outline(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/ivp-opzet" }
    package static func report(_ m: UUID, _ t: UUID) -> String { base(m, t) + "/sessieverslag.docx" }
}
