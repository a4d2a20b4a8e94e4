import Foundation

/// Addresses of a regional strategy inside a joint group (`/samenwerkingen/<group>/strategie`).
package enum RegionalPaths {
    package static func overview(_ g: UUID) -> String { "/samenwerkingen/\(g.uuidString)/strategie" }
    package static func themes(_ g: UUID) -> String { overview(g) + "/themas" }
    package static func theme(_ g: UUID, _ t: UUID) -> String { themes(g) + "/\(t.uuidString)" }
    package static func team(_ g: UUID, _ t: UUID) -> String { theme(g, t) + "/team" }
    package static func removeMember(_ g: UUID, _ t: UUID, _ member: UUID) -> String {
        team(g, t) + "/\(member.uuidString)/verwijderen"
    }
    package static func milestones(_ g: UUID, _ t: UUID) -> String { theme(g, t) + "/mijlpalen" }
    package static func milestone(_ g: UUID, _ t: UUID, _ milestone: UUID) -> String {
        milestones(g, t) + "/\(milestone.uuidString)"
    }
    package static func results(_ g: UUID, _ t: UUID) -> String { theme(g, t) + "/resultaten" }
}
