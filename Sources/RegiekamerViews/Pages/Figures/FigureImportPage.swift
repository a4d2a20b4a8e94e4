import Foundation
import RegiekamerDomain

/// Upload of a figure file: the layouts explained, a form that works without JavaScript for small files and
/// shows an upload progress bar with it, the outcome of the last import and the import history.
package enum FigureImportPage {
    package static func render(
        _ scope: FiguresView, layouts: [(value: String, label: String, exampleHeader: String)], maximumUploadMegabytes: Int,
        imports: [FigureImportItem], shown: FigureImportItem?, error: String?, context: PageContext
    ) -> String {
        let id = scope.municipalityID
        return PageLayout.render(
            title: "Cijfers inlezen", section: .workspace, context: context,
            breadcrumbs: FigureComponents.breadcrumbs(scope, current: "Inlezen")
        ) {
            h1 { "Cijfers inlezen voor \(scope.municipalityName)" }
            if let error {
                div(.class("alert"), .role("alert"), .id("importfout")) {
                    h2 { "Niet ingelezen" }
                    p { error }
                }
            }
            if let shown { summary(shown) }
            p {
                "Lees een bestand in zoals het gepubliceerd is. Het hele bestand wordt ingelezen of niets: bij een fout regel ziet u het regelnummer en de reden. Opnieuw inlezen van dezelfde gebieden en jaren vervangt de eerdere cijfers. Alleen gebieden van \(scope.municipalityName) worden geaccepteerd; landelijke bestanden leest de beheerder van de installatie in met de opdrachtregel."
            }
            form(
                .class("stacked"), .id("upload"), .init("method", "post"), .init("action", FigurePaths.importing(id)),
                .init("enctype", "multipart/form-data"), .init("data-csrf", context.csrfToken)
            ) {
                context.csrfField
                div(.class("field")) {
                    label(.for("bron")) { "Soort bestand" }
                    element("select", [.id("bron"), .name("bron")]) {
                        for (value, label, exampleHeader) in layouts {
                            element("option", [.value(value)]) {
                                "\(label): \(exampleHeader)"
                            }
                        }
                    }
                }
                div(.class("field")) {
                    label(.for("tekenset")) { "Tekenset" }
                    element("select", [.id("tekenset"), .name("tekenset")]) {
                        element("option", [.value("utf-8")]) { "UTF-8 (standaard)" }
                        element("option", [.value("windows-1252")]) { "Windows-1252 (oudere Excel-export)" }
                    }
                }
                div(.class("field")) {
                    label(.for("bestand")) { "Bestand (CSV)" }
                    input(
                        .type("file"), .id("bestand"), .name("bestand"), .init("accept", ".csv,text/csv"),
                        .flag("required"))
                    p(.class("hint")) {
                        "Zonder JavaScript tot 2 MB; met JavaScript tot \(maximumUploadMegabytes) MB, met voortgangsbalk."
                    }
                }
                div(.class("upload-progress"), .id("voortgang-blok"), .flag("hidden")) {
                    label(.for("voortgang")) { "Voortgang" }
                    element("progress", [.id("voortgang"), .init("max", "100"), .value("0")]) { "0%" }
                    p(.id("voortgang-tekst"), .aria("live", "polite")) { "" }
                }
                button(.type("submit")) { "Inlezen" }
            }
            element("script", [.init("src", "/assets/cijfers-upload.js"), .flag("defer")])
            h2 { "Eerder ingelezen" }
            if imports.isEmpty {
                p(.class("empty")) { "Nog niets ingelezen." }
            } else {
                table {
                    element("caption") { "Ingelezen bestanden, nieuwste eerst" }
                    element("thead") {
                        tr {
                            for heading in ["Moment", "Bron", "Bestand", "Regels", "Gebieden", "Perioden", "Door"] {
                                th(.init("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for item in imports {
                            tr {
                                td { DutchDate.format(item.importedAt) }
                                td { FigureSource(rawValue: item.source)?.label ?? item.source }
                                td { item.fileName }
                                td(.class("number")) { DutchNumber.format(Double(item.rowCount)) }
                                td(.class("number")) { "\(item.areaCount)" }
                                td { "\(item.firstPeriod) t/m \(item.lastPeriod)" }
                                td { item.ownerCode.isEmpty ? "\(item.actorName) (open data)" : item.actorName }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func summary(_ item: FigureImportItem) -> HTML {
        div(.class("success"), .role("status"), .id("importresultaat")) {
            h2 { "Ingelezen: \(item.fileName)" }
            if !item.layoutNote.isEmpty { p(.id("importlayout")) { item.layoutNote } }
            ul {
                li {
                    "\(DutchNumber.format(Double(item.rowCount))) regels, \(item.areaCount) gebieden, \(item.periodCount) perioden (\(item.firstPeriod) t/m \(item.lastPeriod)), \(item.seriesCount) soorten"
                }
                li {
                    item.unmapped.isEmpty
                        ? "Alle soorten horen bij een thema."
                        : "Nog zonder thema: \(item.unmapped.replacingOccurrences(of: ",", with: ", "))"
                }
            }
        }
    }
}
