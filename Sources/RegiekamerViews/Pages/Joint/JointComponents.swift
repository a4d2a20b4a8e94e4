import Foundation
import RegiekamerDomain

/// Parts the pages of a joint trajectory share: breadcrumbs, the header and the navigation between its parts.
enum JointComponents {
    enum Part: String, CaseIterable {
        case overview = "Overzicht"
        case startNote = "Startnotitie"
        case merge = "Stap 3a"
        case plan = "Plan en uitvoering"
        case monitor = "Monitor"
        case strategy = "Regionale strategie"

        func path(_ g: UUID) -> String {
            switch self {
            case .overview: JointPaths.group(g)
            case .startNote: JointPaths.startNote(g)
            case .merge: JointPaths.merge(g)
            case .plan: JointPaths.plan(g)
            case .monitor: JointPaths.monitor(g)
            case .strategy: JointPaths.strategy(g)
            }
        }
    }

    static func breadcrumbs(_ group: JointGroupView) -> [Breadcrumb] {
        [
            .init(title: "Start", path: "/"), .init(title: "Samenwerkingen", path: JointPaths.list),
            .init(title: group.name, path: JointPaths.group(group.id)),
        ]
    }

    static func parts(_ group: JointGroupView, current: Part) -> HTML {
        parts(g: group.id, kind: group.kind, current: current)
    }

    /// The navigation between the parts of a joint trajectory (a joint plan) or of a regional strategy.
    static func parts(g: UUID, kind: JointGroupKind, current: Part) -> HTML {
        let available: [Part] =
            kind == .regionalStrategy ? [.overview, .strategy] : [.overview, .startNote, .merge, .plan, .monitor]
        return nav(.aria("label", "Onderdelen van de samenwerking")) {
            ul(.class("tabs")) {
                for part in available {
                    li {
                        if part == current {
                            a(href: part.path(g), .aria("current", "page")) { part.rawValue }
                        } else {
                            a(href: part.path(g)) { part.rawValue }
                        }
                    }
                }
            }
        }
    }

    static func header(_ joint: JointGroupView, title: String, current: Part) -> HTML {
        fragment {
            h1 { title }
            p(.class("lead")) {
                "\(joint.kind.label) van \(joint.members.map(\.name).joined(separator: ", ")), \(joint.period)"
                joint.policeUnit.isEmpty ? "" : " — politie: \(joint.policeUnit)"
            }
            parts(joint, current: current)
        }
    }

    /// A hidden version field for optimistic locking.
    static func version(_ value: Int) -> HTML { input(.type("hidden"), .name("versie"), .value("\(value)")) }
}
