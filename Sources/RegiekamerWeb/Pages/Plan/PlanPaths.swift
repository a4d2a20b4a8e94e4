import Foundation

/// Addresses of the IVP and Uitvoeringsplan pages of a trajectory.
enum PlanPaths {
    static func ivp(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/ivp" }
    static func text(_ m: UUID, _ t: UUID) -> String { ivp(m, t) + "/tekst" }
    static func subject(_ m: UUID, _ t: UUID, _ key: String, year: Int? = nil) -> String {
        ivp(m, t) + "/onderwerp/\(key)" + (year.map { "?jaar=\($0)" } ?? "")
    }
    static func indicators(_ m: UUID, _ t: UUID, _ key: String) -> String { ivp(m, t) + "/onderwerp/\(key)/indicatoren" }
    static func removeIndicator(_ m: UUID, _ t: UUID, _ id: UUID) -> String { ivp(m, t) + "/indicatoren/\(id.uuidString)/verwijderen" }
    static func measures(_ m: UUID, _ t: UUID, _ key: String) -> String { ivp(m, t) + "/onderwerp/\(key)/maatregelen" }
    static func implementationPlan(_ m: UUID, _ t: UUID, year: Int? = nil) -> String {
        WorkspacePaths.trajectory(m, t) + "/uitvoeringsplan" + (year.map { "?jaar=\($0)" } ?? "")
    }
    static func measure(_ m: UUID, _ t: UUID, _ id: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/uitvoeringsplan/maatregel/\(id.uuidString)" }
    static func removeMeasure(_ m: UUID, _ t: UUID, _ id: UUID) -> String { measure(m, t, id) + "/verwijderen" }
    static func check(_ m: UUID, _ t: UUID, year: Int? = nil) -> String { ivp(m, t) + "/controle" + (year.map { "?jaar=\($0)" } ?? "") }
    static func decision(_ m: UUID, _ t: UUID) -> String { ivp(m, t) + "/besluit" }
    static func ivpDocx(_ m: UUID, _ t: UUID) -> String { ivp(m, t) + "/ivp.docx" }
    static func implementationDocx(_ m: UUID, _ t: UUID, year: Int) -> String { WorkspacePaths.trajectory(m, t) + "/uitvoeringsplan/uitvoeringsplan.docx?jaar=\(year)" }
    static func councilPack(_ m: UUID, _ t: UUID, year: Int) -> String { ivp(m, t) + "/raadspakket.zip?jaar=\(year)" }
}
