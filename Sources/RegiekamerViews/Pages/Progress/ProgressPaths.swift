import Foundation

/// Addresses of step 6.
package enum ProgressPaths {
    /// The policy cycle and its calendar.
    package static func cycle(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/cyclus" }
    package static func dashboard(_ m: UUID, _ t: UUID, year: Int? = nil) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang" + (year.map { "?jaar=\($0)" } ?? "")
    }
    /// The dashboard's tab with every measure per subject.
    package static func measures(_ m: UUID, _ t: UUID, year: Int? = nil) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/maatregelen" + (year.map { "?jaar=\($0)" } ?? "")
    }
    /// The dashboard's tab with the quarterly meeting: open and close a quarter, signals, minutes.
    package static func meeting(_ m: UUID, _ t: UUID, year: Int? = nil) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/overleg" + (year.map { "?jaar=\($0)" } ?? "")
    }
    package static func openQuarter(_ m: UUID, _ t: UUID) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/kwartaal"
    }
    package static func closeQuarter(_ m: UUID, _ t: UUID) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/kwartaal/sluiten"
    }
    package static func measure(_ m: UUID, _ t: UUID, _ id: UUID) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/maatregel/\(id.uuidString)"
    }
    package static func reportAnnex(_ m: UUID, _ t: UUID, year: Int) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/bijlage.docx?jaar=\(year)"
    }
    package static func report(_ m: UUID, _ t: UUID, year: Int) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/rapport.docx?jaar=\(year)"
    }
    package static func followUp(_ m: UUID, _ t: UUID, year: Int) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/vervolgplan?jaar=\(year)"
    }
    package static func signal(_ m: UUID, _ t: UUID) -> String {
        WorkspacePaths.trajectory(m, t) + "/voortgang/signaal"
    }
    package static let myTasks = "/mijn-taken"
}
