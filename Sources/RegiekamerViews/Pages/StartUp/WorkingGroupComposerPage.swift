import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// The working-group composer: which fields the plan covers, suggested partners per field from the guide,
/// the members with their answers, and advice on the composition.
package enum WorkingGroupComposerPage {
    /// The form to add a member, as typed.
    package struct Form {
        package var name = ""
        package var organisation = ""
        package var function = ""
        package var kind = WorkingGroupMember.Kind.internal.rawValue
        package var role = WorkingGroupMember.GroupRole.member.rawValue
        package var fields: Set<Int> = []

        package init(
            name: String = "", organisation: String = "", function: String = "",
            kind: String = WorkingGroupMember.Kind.internal.rawValue,
            role: String = WorkingGroupMember.GroupRole.member.rawValue, fields: Set<Int> = []
        ) {
            self.name = name
            self.organisation = organisation
            self.function = function
            self.kind = kind
            self.role = role
            self.fields = fields
        }
    }

    /// A member of the working group with their answer to the invitation (value and label).
    package struct MemberRow {
        package let id: UUID
        package let member: WorkingGroupMember
        package let response: (value: String, label: String)

        package init(id: UUID, member: WorkingGroupMember, response: (value: String, label: String)) {
            self.id = id
            self.member = member
            self.response = response
        }
    }

    package static func render(
        municipalityID: UUID, municipalityName: String, trajectory: TrajectoryItem, catalogue: Catalogue,
        coveredFields: Set<Int>,
        members: [MemberRow], responses: [(value: String, label: String)], canEdit: Bool, form values: Form,
        failures: [ValidationFailure], notice: String?, context: PageContext
    ) -> String {
        let fieldName: (Int) -> String = { catalogue.field($0)?.name ?? "veld \($0)" }
        let advice = WorkingGroupComposition.advice(members: members.map(\.member), coveredFields: coveredFields)
        let suggestions = catalogue.workingGroup.suggestions(for: coveredFields)
        return PageLayout.render(
            title: "Werkgroep \(trajectory.name)", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: municipalityID, municipalityName: municipalityName, trajectory: trajectory)
        ) {
            h1 { "Werkgroep \(trajectory.name)" }
            StartUpNavigation.render(municipalityID, trajectory.id, current: "Werkgroep")
            Components.notice(notice.map { Notice($0) })
            p {
                "De werkgroep bereidt het plan voor met interne sleutelpartners die samen de veiligheidsvelden afdekken, bij voorkeur aangevuld met de politie. De coördinator integrale veiligheid is trekker."
            }
            section(.id("advies")) {
                h2 { "Advies over de samenstelling" }
                if advice.isEmpty {
                    p(.class("success")) { "De samenstelling volgt het advies van de methode." }
                } else {
                    ul(.class("alert")) { for item in advice { li { item.message(fieldName: fieldName) } } }
                }
            }
            h2 { "Leden (\(members.count))" }
            if members.isEmpty { p(.class("empty")) { "Nog geen leden." } }
            table {
                element("caption", [.class("visually-hidden")]) { "Leden van de werkgroep" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Naam" }
                        th(.init("scope", "col")) { "Organisatie en functie" }
                        th(.init("scope", "col")) { "Rol" }
                        th(.init("scope", "col")) { "Velden" }
                        th(.init("scope", "col")) { "Reactie" }
                        th(.init("scope", "col")) { "Acties" }
                    }
                }
                element("tbody") {
                    for model in members {
                        let member = model.member
                        let memberPath = StartUpPaths.member(municipalityID, trajectory.id, model.id)
                        tr {
                            th(.init("scope", "row")) { member.name }
                            td {
                                [member.organisation, member.function].filter { !$0.isEmpty }.joined(separator: ", ")
                            }
                            td {
                                member.groupRole.label
                                element("br")
                                span(.class("tag")) { member.kind.label }
                            }
                            td { member.fields.sorted().map(String.init).joined(separator: ", ") }
                            td {
                                if canEdit {
                                    form(.init("method", "post"), .init("action", memberPath + "/reactie")) {
                                        context.csrfField
                                        FormComponents.select(
                                            id: "reactie-\(model.id.uuidString)", name: "reactie",
                                            label: "Reactie van \(member.name)",
                                            options: responses, selected: model.response.value, error: nil)
                                        button(.type("submit"), .class("secondary")) {
                                            "Opslaan"
                                            span(.class("visually-hidden")) { ": reactie van \(member.name)" }
                                        }
                                    }
                                } else {
                                    model.response.label
                                }
                            }
                            td {
                                if member.kind == .external {
                                    Components.documentDownloads(
                                        "Uitnodigingsbrief voor \(member.name)", docx: memberPath + "/uitnodiging.docx")
                                }
                                if canEdit {
                                    Components.buttonLink(
                                        "Uit de werkgroep", href: memberPath + "/verwijderen", kind: .subtle,
                                        hidden: ": \(member.name)")
                                }
                            }
                        }
                    }
                }
            }
            if canEdit {
                h2 { "Lid toevoegen" }
                FormComponents.errorSummary(
                    failures,
                    fieldIDs: [
                        "naam": "lid-naam", "organisatie": "lid-organisatie", "functie": "lid-functie",
                        "velden": "lid-velden",
                    ])
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", StartUpPaths.workingGroup(municipalityID, trajectory.id) + "/leden")
                ) {
                    context.csrfField
                    FormComponents.textField(
                        id: "lid-naam", name: "naam", label: "Naam", value: values.name,
                        error: FormComponents.error(for: "naam", in: failures))
                    FormComponents.textField(
                        id: "lid-organisatie", name: "organisatie", label: "Organisatie of afdeling",
                        value: values.organisation, error: FormComponents.error(for: "organisatie", in: failures),
                        required: false)
                    FormComponents.textField(
                        id: "lid-functie", name: "functie", label: "Functie", value: values.function,
                        error: FormComponents.error(for: "functie", in: failures), required: false)
                    FormComponents.select(
                        id: "lid-soort", name: "soort", label: "Soort",
                        options: WorkingGroupMember.Kind.allCases.map { ($0.rawValue, $0.label) },
                        selected: values.kind, error: nil)
                    FormComponents.select(
                        id: "lid-rol", name: "rol", label: "Rol in de werkgroep",
                        options: WorkingGroupMember.GroupRole.allCases.map { ($0.rawValue, $0.label) },
                        selected: values.role, error: nil)
                    element("fieldset", [.id("lid-velden")]) {
                        element("legend") { "Velden die deze persoon afdekt" }
                        if let error = FormComponents.error(for: "velden", in: failures) {
                            p(.class("field-error")) { error }
                        }
                        for field in catalogue.fields {
                            div {
                                if values.fields.contains(field.number) {
                                    input(
                                        .type("checkbox"), .id("lid-veld-\(field.number)"), .name("velden[]"),
                                        .value(String(field.number)), .flag("checked"))
                                } else {
                                    input(
                                        .type("checkbox"), .id("lid-veld-\(field.number)"), .name("velden[]"),
                                        .value(String(field.number)))
                                }
                                label(.for("lid-veld-\(field.number)")) { " \(field.number). \(field.name)" }
                            }
                        }
                    }
                    button(.type("submit")) { "Toevoegen" }
                }
                h2 { "Velden van het plan" }
                form(
                    .class("stacked"), .init("method", "post"),
                    .init("action", StartUpPaths.workingGroup(municipalityID, trajectory.id) + "/velden")
                ) {
                    context.csrfField
                    element("fieldset") {
                        element("legend") {
                            "Welke veiligheidsvelden behandelt het plan? Fysieke veiligheid wordt soms regionaal opgepakt."
                        }
                        for field in catalogue.fields {
                            div {
                                if coveredFields.contains(field.number) {
                                    input(
                                        .type("checkbox"), .id("plan-veld-\(field.number)"), .name("velden[]"),
                                        .value(String(field.number)), .flag("checked"))
                                } else {
                                    input(
                                        .type("checkbox"), .id("plan-veld-\(field.number)"), .name("velden[]"),
                                        .value(String(field.number)))
                                }
                                label(.for("plan-veld-\(field.number)")) { " \(field.number). \(field.name)" }
                            }
                        }
                    }
                    button(.type("submit"), .class("secondary")) { "Velden opslaan" }
                }
            }
            h2 { "Suggesties uit de richtingwijzer" }
            p {
                "Mogelijke partners voor de velden die het plan behandelt, met de reden uit de richtingwijzer voor de samenstelling van de werkgroep."
            }
            suggestionTable("Interne partners", suggestions.internal)
            suggestionTable("Externe partners", suggestions.external)
        }
    }

    private static func suggestionTable(_ title: String, _ partners: [WorkingGroupGuide.Partner]) -> HTML {
        section {
            h3 { title }
            table {
                element("caption", [.class("visually-hidden")]) { title }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Partner" }
                        th(.init("scope", "col")) { "Velden" }
                        th(.init("scope", "col")) { "Waarom" }
                    }
                }
                element("tbody") {
                    for partner in partners {
                        tr {
                            th(.init("scope", "row")) { partner.name }
                            td { partner.fields.map(String.init).joined(separator: ", ") }
                            td { partner.reason }
                        }
                    }
                }
            }
        }
    }
}
