import Foundation
import RegiekamerDomain

/// A joint trajectory in the list: its name, kind, member municipalities and period.
package struct JointGroupRow {
    package let id: UUID
    package let name: String
    package let kind: JointGroupKind
    package let members: [String]
    package let periodStart: Int
    package let periodEnd: Int

    package init(id: UUID, name: String, kind: JointGroupKind, members: [String], periodStart: Int, periodEnd: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.members = members
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }
}

/// The joint trajectories the user takes part in, and for instance administrators the form to set one up.
package enum JointListPage {
    package static func render(
        groups: [JointGroupRow], canCreate: Bool, failures: [ValidationFailure], values: [String: String],
        context: PageContext
    ) -> String {
        PageLayout.render(
            title: "Samenwerkingen", section: .workspace, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Samenwerkingen", path: JointPaths.list)]
        ) {
            h1 { "Samenwerkingen" }
            p {
                "Gemeenten van één basisteam schrijven vaak samen één veiligheidsplan, en in een regio werken gemeenten, politie en Openbaar Ministerie aan een gezamenlijke strategie. Hier staan de samenwerkingen waarin uw gemeente meedoet."
            }
            if groups.isEmpty {
                p(.class("empty")) { "U neemt nog niet deel aan een samenwerking." }
            } else {
                Components.dataTable(
                    caption: "Samenwerkingen", headers: ["Samenwerking", "Soort", "Gemeenten", "Periode"],
                    rows: groups.map { group in
                        [
                            a(href: JointPaths.group(group.id)) { group.name }, .text(group.kind.label),
                            .text(group.members.joined(separator: ", ")),
                            .text("\(group.periodStart)–\(group.periodEnd)"),
                        ]
                    })
            }
            if canCreate {
                h2(.id("nieuw")) { "Nieuwe samenwerking" }
                FormComponents.errorSummary(
                    failures,
                    fieldIDs: [
                        "naam": "sw-naam", "soort": "sw-soort", "beginjaar": "sw-begin", "eindjaar": "sw-eind",
                        "gemeenten": "sw-gemeenten",
                        "coordinatoren": "sw-coordinatoren",
                    ])
                form(.class("stacked"), .init("method", "post"), .init("action", JointPaths.list)) {
                    context.csrfField
                    FormComponents.textField(
                        id: "sw-naam", name: "naam", label: "Naam", value: values["naam"] ?? "",
                        error: FormComponents.error(for: "naam", in: failures))
                    FormComponents.select(
                        id: "sw-soort", name: "soort", label: "Wat maken de gemeenten samen?",
                        options: JointGroupKind.allCases.map { ($0.rawValue, $0.label) },
                        selected: values["soort"] ?? JointGroupKind.jointPlan.rawValue,
                        error: FormComponents.error(for: "soort", in: failures))
                    FormComponents.textField(
                        id: "sw-politie", name: "politie", label: "Politie-eenheid of basisteam",
                        value: values["politie"] ?? "", error: nil, required: false)
                    FormComponents.textField(
                        id: "sw-begin", name: "beginjaar", label: "Beginjaar", value: values["beginjaar"] ?? "",
                        error: FormComponents.error(for: "beginjaar", in: failures),
                        type: "number")
                    FormComponents.textField(
                        id: "sw-eind", name: "eindjaar", label: "Eindjaar", value: values["eindjaar"] ?? "",
                        error: FormComponents.error(for: "eindjaar", in: failures),
                        type: "number")
                    FormComponents.textArea(
                        id: "sw-gemeenten", name: "gemeenten", label: "Gemeenten", value: values["gemeenten"] ?? "",
                        error: FormComponents.error(for: "gemeenten", in: failures),
                        hint:
                            "Eén gemeente per regel: de CBS-code en het aantal inwoners, zoals ‘GM0344; 361.000’. Het aantal inwoners verdeelt gezamenlijke budgetten."
                    )
                    FormComponents.textField(
                        id: "sw-coordinatoren", name: "coordinatoren",
                        label: "Coördinatoren van de samenwerking (e-mailadressen)",
                        value: values["coordinatoren"] ?? "",
                        error: FormComponents.error(for: "coordinatoren", in: failures), required: false,
                        hint:
                            "Bestaande accounts, gescheiden door komma's. De coördinator werkt voor alle gemeenten samen."
                    )
                    button(.type("submit")) { "Samenwerking aanmaken" }
                }
            }
        }
    }
}
