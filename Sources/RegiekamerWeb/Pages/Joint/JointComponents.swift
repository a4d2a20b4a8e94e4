import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews

/// Parts the pages of a joint trajectory share: breadcrumbs, the notice and the navigation between its parts.
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

    static func breadcrumbs(_ scope: JointScope) -> [Breadcrumb] {
        [.init(title: "Start", path: "/"), .init(title: "Samenwerkingen", path: JointPaths.list), .init(title: scope.group.name, path: JointPaths.group(scope.g))]
    }

    static func parts(_ scope: JointScope, current: Part) -> HTML { parts(g: scope.g, kind: scope.group.kind, current: current) }

    /// The navigation between the parts of a joint trajectory (a joint plan) or of a regional strategy.
    static func parts(g: UUID, kind: JointGroupKind, current: Part) -> HTML {
        let available: [Part] = kind == .regionalStrategy ? [.overview, .strategy] : [.overview, .startNote, .merge, .plan, .monitor]
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

    static func notice(_ message: (text: String, isError: Bool)?) -> HTML { ProjectComponents.notice(message) }

    static func header(_ scope: JointScope, title: String, current: Part) -> HTML {
        group {
            h1 { title }
            p(.class("lead")) {
                "\(scope.group.kind.label) van \(scope.members.map(\.municipality.name).joined(separator: ", ")), \(scope.period)"
                scope.group.policeUnit.isEmpty ? "" : " — politie: \(scope.group.policeUnit)"
            }
            parts(scope, current: current)
        }
    }

    static func group(@HTMLBuilder _ content: () -> HTML) -> HTML { content() }

    /// A hidden version field for optimistic locking.
    static func version(_ value: Int) -> HTML { input(.type("hidden"), .name("versie"), .value("\(value)")) }
}
