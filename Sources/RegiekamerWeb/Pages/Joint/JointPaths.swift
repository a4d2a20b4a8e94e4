import Foundation

/// The addresses of joint trajectories' pages.
enum JointPaths {
    static let list = "/samenwerkingen"
    static func group(_ g: UUID) -> String { "/samenwerkingen/\(g.uuidString)" }
    static func coordinators(_ g: UUID) -> String { group(g) + "/coordinatoren" }
    static func members(_ g: UUID) -> String { group(g) + "/gemeenten" }
    static func linkTrajectory(_ g: UUID, _ m: UUID) -> String { group(g) + "/gemeenten/\(m.uuidString)/traject" }
    static func share(_ g: UUID, _ m: UUID) -> String { group(g) + "/gemeenten/\(m.uuidString)/delen" }
    static func adoption(_ g: UUID, _ m: UUID) -> String { group(g) + "/gemeenten/\(m.uuidString)/vaststelling" }
    static func startNote(_ g: UUID) -> String { group(g) + "/startnotitie" }
    static func copyStartNote(_ g: UUID) -> String { group(g) + "/startnotitie/overnemen" }
    static func merge(_ g: UUID) -> String { group(g) + "/stap-3a" }
    static func police(_ g: UUID) -> String { group(g) + "/politie" }
    static func plan(_ g: UUID) -> String { group(g) + "/plan" }
    static func planText(_ g: UUID) -> String { group(g) + "/plan/teksten" }
    static func localParagraph(_ g: UUID, _ m: UUID) -> String { group(g) + "/plan/gemeenten/\(m.uuidString)/paragraaf" }
    static func measures(_ g: UUID) -> String { group(g) + "/plan/maatregelen" }
    static func measure(_ g: UUID, _ measure: UUID) -> String { group(g) + "/plan/maatregelen/\(measure.uuidString)" }
    static func removeMeasure(_ g: UUID, _ id: UUID) -> String { measure(g, id) + "/verwijderen" }
    static func measureProgress(_ g: UUID, _ measure: UUID) -> String { group(g) + "/plan/maatregelen/\(measure.uuidString)/voortgang" }
    static func councilCopy(_ g: UUID, council: String, copy: String) -> String { group(g) + "/raadsversie.docx?gemeente=\(council)&versie=\(copy)" }
    static func implementationPlan(_ g: UUID, year: Int) -> String { group(g) + "/uitvoeringsplan.docx?jaar=\(year)" }
    static func monitor(_ g: UUID, municipality: String? = nil) -> String { group(g) + "/monitor" + (municipality.map { "?gemeente=\($0)" } ?? "") }
    static func progressReport(_ g: UUID, municipality: String? = nil) -> String { group(g) + "/voortgang.docx" + (municipality.map { "?gemeente=\($0)" } ?? "") }
    static func strategy(_ g: UUID) -> String { group(g) + "/strategie" }
}
