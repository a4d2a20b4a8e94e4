import Foundation

/// Addresses of a regional strategy inside a joint group (`/samenwerkingen/<group>/strategie`).
enum RegionalPaths {
    static func overview(_ g: UUID) -> String { "/samenwerkingen/\(g.uuidString)/strategie" }
    static func themes(_ g: UUID) -> String { overview(g) + "/themas" }
    static func theme(_ g: UUID, _ t: UUID) -> String { themes(g) + "/\(t.uuidString)" }
    static func team(_ g: UUID, _ t: UUID) -> String { theme(g, t) + "/team" }
    static func removeMember(_ g: UUID, _ t: UUID, _ member: UUID) -> String { team(g, t) + "/\(member.uuidString)/verwijderen" }
    static func milestones(_ g: UUID, _ t: UUID) -> String { theme(g, t) + "/mijlpalen" }
    static func milestone(_ g: UUID, _ t: UUID, _ milestone: UUID) -> String { milestones(g, t) + "/\(milestone.uuidString)" }
    static func results(_ g: UUID, _ t: UUID) -> String { theme(g, t) + "/resultaten" }
}
