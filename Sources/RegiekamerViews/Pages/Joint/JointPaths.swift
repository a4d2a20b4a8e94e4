import Foundation

/// The addresses of joint trajectories' pages.
package enum JointPaths {
    package static let list = "/samenwerkingen"
    package static func group(_ g: UUID) -> String { "/samenwerkingen/\(g.uuidString)" }
    package static func coordinators(_ g: UUID) -> String { group(g) + "/coordinatoren" }
    package static func members(_ g: UUID) -> String { group(g) + "/gemeenten" }
    package static func linkTrajectory(_ g: UUID, _ m: UUID) -> String {
        group(g) + "/gemeenten/\(m.uuidString)/traject"
    }
    package static func share(_ g: UUID, _ m: UUID) -> String { group(g) + "/gemeenten/\(m.uuidString)/delen" }
    package static func adoption(_ g: UUID, _ m: UUID) -> String {
        group(g) + "/gemeenten/\(m.uuidString)/vaststelling"
    }
    package static func startNote(_ g: UUID) -> String { group(g) + "/startnotitie" }
    package static func copyStartNote(_ g: UUID) -> String { group(g) + "/startnotitie/overnemen" }
    package static func merge(_ g: UUID) -> String { group(g) + "/stap-3a" }
    package static func police(_ g: UUID) -> String { group(g) + "/politie" }
    package static func plan(_ g: UUID) -> String { group(g) + "/plan" }
    package static func planText(_ g: UUID) -> String { group(g) + "/plan/teksten" }
    package static func localParagraph(_ g: UUID, _ m: UUID) -> String {
        group(g) + "/plan/gemeenten/\(m.uuidString)/paragraaf"
    }
    package static func measures(_ g: UUID) -> String { group(g) + "/plan/maatregelen" }
    package static func measure(_ g: UUID, _ measure: UUID) -> String {
        group(g) + "/plan/maatregelen/\(measure.uuidString)"
    }
    package static func removeMeasure(_ g: UUID, _ id: UUID) -> String { measure(g, id) + "/verwijderen" }
    package static func measureProgress(_ g: UUID, _ measure: UUID) -> String {
        group(g) + "/plan/maatregelen/\(measure.uuidString)/voortgang"
    }
    package static func councilCopy(_ g: UUID, council: String, copy: String) -> String {
        group(g) + "/raadsversie.docx?gemeente=\(council)&versie=\(copy)"
    }
    package static func implementationPlan(_ g: UUID, year: Int) -> String {
        group(g) + "/uitvoeringsplan.docx?jaar=\(year)"
    }
    package static func monitor(_ g: UUID, municipality: String? = nil) -> String {
        group(g) + "/monitor" + (municipality.map { "?gemeente=\($0)" } ?? "")
    }
    package static func progressReport(_ g: UUID, municipality: String? = nil) -> String {
        group(g) + "/voortgang.docx" + (municipality.map { "?gemeente=\($0)" } ?? "")
    }
    package static func strategy(_ g: UUID) -> String { group(g) + "/strategie" }
}
