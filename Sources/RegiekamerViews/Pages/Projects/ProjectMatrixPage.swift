import Foundation
import RegiekamerDomain

/// The Matrix Integrale Veiligheidszorg of a project: per part of the approach (and per adopted measure) which
/// partner leads and which contribute, with the parts that nobody or more than one partner leads.
package enum ProjectMatrixPage {
    package static func render(_ view: ProjectPageView, message: Notice?, context: PageContext)
        -> String
    {
        let matrix = view.matrix
        return PageLayout.render(
            title: "Verantwoordelijkhedenmatrix", section: .workspace, context: context,
            breadcrumbs: ProjectComponents.breadcrumbs(view)
        ) {
            h1 { "Verantwoordelijkhedenmatrix" }
            Components.notice(message)
            p {
                "Per onderdeel van de aanpak: welke partner trekt en welke partners dragen bij. Zo is zichtbaar waar niemand de leiding heeft en waar twee partners hetzelfde doen."
            }
            if matrix.partners.isEmpty {
                p(.class("empty")) { "Nog geen deelnemers." }
            } else {
                div(.id("matrix-signalen")) {
                    if matrix.withoutLead.isEmpty && matrix.withSeveralLeads.isEmpty {
                        p(.class("success")) { "Elk onderdeel heeft precies één trekker." }
                    }
                    if !matrix.withoutLead.isEmpty {
                        p(.class("alert")) { "Zonder trekker: \(matrix.withoutLead.joined(separator: ", "))." }
                    }
                    if !matrix.withSeveralLeads.isEmpty {
                        p(.class("alert")) {
                            "Meer dan één trekker: \(matrix.withSeveralLeads.joined(separator: ", "))."
                        }
                    }
                }
                form(.init("method", "post"), .init("action", ProjectPaths.matrix(view.m, view.p))) {
                    context.csrfField
                    for (index, part) in matrix.parts.enumerated() {
                        input(.type("hidden"), .name("deel-\(index)"), .value(part))
                    }
                    for (index, partner) in matrix.partners.enumerated() {
                        input(.type("hidden"), .name("partner-\(index)"), .value(partner))
                    }
                    table(.class("matrix")) {
                        element("caption") { "Onderdelen van de aanpak tegen partners" }
                        element("thead") {
                            tr {
                                th(.init("scope", "col")) { "Onderdeel" }
                                for partner in matrix.partners { th(.init("scope", "col")) { partner } }
                            }
                        }
                        element("tbody") {
                            for (row, part) in matrix.parts.enumerated() {
                                tr {
                                    th(.init("scope", "row")) { part }
                                    for (column, partner) in matrix.partners.enumerated() {
                                        td {
                                            label(.for("cel-\(row)-\(column)"), .class("visually-hidden")) {
                                                "\(part), \(partner)"
                                            }
                                            element(
                                                "select", [.id("cel-\(row)-\(column)"), .name("cel-\(row)-\(column)")]
                                            ) {
                                                for option in Responsibility.allCases {
                                                    if option == matrix.cell(part, partner) {
                                                        element("option", [.value(option.rawValue), .flag("selected")])
                                                        { option.label }
                                                    } else {
                                                        element("option", [.value(option.rawValue)]) { option.label }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    button(.type("submit")) { "Matrix opslaan" }
                }
            }
        }
    }
}
