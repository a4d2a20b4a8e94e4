import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// Which themes each crime type, incident type and indicator counts towards: the catalogue's default with its
/// rationale, and the municipality's own choice. Types in the data without a theme come first.
package enum FigureMappingPage {
    /// One series on the page.
    package struct Row {
        package let key: SeriesKey
        package let name: String
        package let defaultAssignment: ThemeAssignment?
        package let rationale: String?
        package let own: ThemeAssignment?
        package let version: Int
        package let inData: Bool

        /// The memberwise initializer, visible to the web target.
        package init(
            key: SeriesKey, name: String, defaultAssignment: ThemeAssignment?, rationale: String?,
            own: ThemeAssignment?, version: Int, inData: Bool
        ) {
            self.key = key
            self.name = name
            self.defaultAssignment = defaultAssignment
            self.rationale = rationale
            self.own = own
            self.version = version
            self.inData = inData
        }
    }

    package static func render(
        _ scope: FiguresView, rows: [Row], canEdit: Bool, message: Notice?, context: PageContext
    ) -> String {
        let unmapped = rows.filter { $0.inData && scope.mapping.isUnmapped($0.key) }
        let unmappedKeys = Set(unmapped.map(\.key))
        return PageLayout.render(
            title: "Koppeling aan thema's", section: .workspace, context: context,
            breadcrumbs: FigureComponents.breadcrumbs(scope, current: "Koppeling")
        ) {
            h1 { "Koppeling van cijfers aan thema's" }
            p {
                "Elke soort misdrijf, elk incidenttype en elke indicator telt mee bij de thema's hieronder. De standaard komt uit de kennisbank, met de reden; \(scope.municipalityName) kan per soort een eigen keuze maken. Een eigen keuze geldt voor alle cijferpagina's van de gemeente."
            }
            if let message {
                div(
                    .class(message.isError ? "alert" : "success"), .role(message.isError ? "alert" : "status"),
                    .id("melding")
                ) { p { message.text } }
            }
            h2(.id("zonder-thema")) { "Zonder thema (\(unmapped.count))" }
            if unmapped.isEmpty {
                p(.class("empty")) { "Alle soorten in de ingelezen cijfers horen bij een thema." }
            } else {
                mappingTable(
                    scope, caption: "Soorten in de cijfers zonder thema", rows: unmapped, canEdit: canEdit,
                    context: context)
            }
            for source in FigureSource.allCases {
                let sourceRows = rows.filter { $0.key.source == source && !unmappedKeys.contains($0.key) }
                if !sourceRows.isEmpty {
                    h2 { source.label }
                    mappingTable(
                        scope, caption: "Koppeling \(source.label)", rows: sourceRows, canEdit: canEdit,
                        context: context)
                }
            }
        }
    }

    private static func codes(_ assignment: ThemeAssignment?) -> String {
        guard let assignment else { return "" }
        return (assignment.themes.map(\.description) + assignment.strategicThemes).joined(separator: ", ")
    }

    private static func mappingTable(
        _ scope: FiguresView, caption: String, rows: [Row], canEdit: Bool, context: PageContext
    ) -> HTML {
        table(.class("mapping")) {
            element("caption") { caption }
            element("thead") {
                tr {
                    th(.init("scope", "col")) { "Code" }
                    th(.init("scope", "col")) { "Naam" }
                    th(.init("scope", "col")) { "Standaard" }
                    th(.init("scope", "col")) { "Eigen keuze" }
                }
            }
            element("tbody") {
                for row in rows {
                    let fieldID =
                        "themas-\(row.key.source.rawValue)-\(row.key.code.replacingOccurrences(of: ".", with: "-"))"
                    tr {
                        th(.init("scope", "row")) { row.key.code }
                        td {
                            row.name
                            if !row.inData { span(.class("hint")) { " (niet in de cijfers)" } }
                        }
                        td {
                            codes(row.defaultAssignment).isEmpty ? "geen" : codes(row.defaultAssignment)
                            if let rationale = row.rationale { p(.class("hint")) { rationale } }
                        }
                        td {
                            if canEdit {
                                form(
                                    .init("method", "post"), .init("action", FigurePaths.mapping(scope.municipalityID))
                                ) {
                                    context.csrfField
                                    input(.type("hidden"), .name("bron"), .value(row.key.source.rawValue))
                                    input(.type("hidden"), .name("code"), .value(row.key.code))
                                    input(.type("hidden"), .name("versie"), .value("\(row.version)"))
                                    label(.for(fieldID), .class("visually-hidden")) {
                                        "Thema's voor \(row.key.code) \(row.name)"
                                    }
                                    input(
                                        .type("text"), .id(fieldID), .name("themas"), .value(codes(row.own)),
                                        .init("placeholder", "bijv. 1.3, 2.1, S1"), .init("size", "14"))
                                    button(.type("submit"), .name("actie"), .value("opslaan")) { "Opslaan" }
                                    if row.own != nil {
                                        button(.type("submit"), .name("actie"), .value("standaard")) { "Standaard" }
                                    }
                                }
                            } else {
                                row.own.map(codes) ?? "–"
                            }
                        }
                    }
                }
            }
        }
    }
}
