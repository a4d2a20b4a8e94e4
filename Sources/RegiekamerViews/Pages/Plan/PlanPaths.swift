import Foundation

/// Addresses of the IVP and Uitvoeringsplan pages of a trajectory.
package enum PlanPaths {
    package static func ivp(_ m: UUID, _ t: UUID) -> String { WorkspacePaths.trajectory(m, t) + "/ivp" }
    package static func text(_ m: UUID, _ t: UUID) -> String { ivp(m, t) + "/tekst" }
    package static func chapters(_ m: UUID, _ t: UUID) -> String { ivp(m, t) + "/hoofdstukken" }
    package static func subject(_ m: UUID, _ t: UUID, _ key: String, year: Int? = nil) -> String {
        ivp(m, t) + "/onderwerp/\(key)" + (year.map { "?jaar=\($0)" } ?? "")
    }
    package static func indicators(_ m: UUID, _ t: UUID, _ key: String) -> String {
        ivp(m, t) + "/onderwerp/\(key)/indicatoren"
    }
    package static func removeIndicator(_ m: UUID, _ t: UUID, _ id: UUID) -> String {
        ivp(m, t) + "/indicatoren/\(id.uuidString)/verwijderen"
    }
    package static func measures(_ m: UUID, _ t: UUID, _ key: String) -> String {
        ivp(m, t) + "/onderwerp/\(key)/maatregelen"
    }
    package static func implementationPlan(_ m: UUID, _ t: UUID, year: Int? = nil) -> String {
        WorkspacePaths.trajectory(m, t) + "/uitvoeringsplan" + (year.map { "?jaar=\($0)" } ?? "")
    }
    package static func measure(_ m: UUID, _ t: UUID, _ id: UUID) -> String {
        WorkspacePaths.trajectory(m, t) + "/uitvoeringsplan/maatregel/\(id.uuidString)"
    }
    package static func removeMeasure(_ m: UUID, _ t: UUID, _ id: UUID) -> String { measure(m, t, id) + "/verwijderen" }
    package static func check(_ m: UUID, _ t: UUID, year: Int? = nil) -> String {
        ivp(m, t) + "/controle" + (year.map { "?jaar=\($0)" } ?? "")
    }
    package static func decision(_ m: UUID, _ t: UUID) -> String { ivp(m, t) + "/besluit" }
    package static func ivpDocx(_ m: UUID, _ t: UUID) -> String { ivp(m, t) + "/ivp.docx" }
    package static func implementationDocx(_ m: UUID, _ t: UUID, year: Int) -> String {
        WorkspacePaths.trajectory(m, t) + "/uitvoeringsplan/uitvoeringsplan.docx?jaar=\(year)"
    }
    package static func proposalDocx(_ m: UUID, _ t: UUID, year: Int) -> String {
        ivp(m, t) + "/raadsvoorstel.docx?jaar=\(year)"
    }
    package static func councilPack(_ m: UUID, _ t: UUID, year: Int) -> String {
        ivp(m, t) + "/raadspakket.zip?jaar=\(year)"
    }
}
