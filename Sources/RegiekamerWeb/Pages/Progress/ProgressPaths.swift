import Foundation

/// Addresses of step 6.
enum ProgressPaths {
    static func dashboard(_ m: UUID, _ t: UUID, year: Int? = nil) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang" + (year.map { "?jaar=\($0)" } ?? "")
    }
    static func openQuarter(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/voortgang/kwartaal" }
    static func closeQuarter(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/voortgang/kwartaal/sluiten" }
    static func measure(_ m: UUID, _ t: UUID, _ id: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/voortgang/maatregel/\(id.uuidString)" }
    static func report(_ m: UUID, _ t: UUID, year: Int) -> String { WorkspacePaths.trajectory(m, t) + "/voortgang/rapport.docx?jaar=\(year)" }
    static func followUp(_ m: UUID, _ t: UUID, year: Int) -> String { WorkspacePaths.trajectory(m, t) + "/voortgang/vervolgplan?jaar=\(year)" }
    static func signal(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/voortgang/signaal" }
    static let myTasks = "/mijn-taken"
}
