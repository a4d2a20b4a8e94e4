import RegiekamerCatalogue

/// The working-group guide: recommended size, core group and possible partners per safety field.
package enum WorkingGroupPage {
    package static func render(_ catalogue: Catalogue, context: PageContext) -> String {
        let guide = catalogue.workingGroup
        return PageLayout.render(
            title: "Samenstelling van de werkgroep", section: .catalogue, context: context,
            breadcrumbs: [.init(title: "Start", path: "/"), .init(title: "Kennisbank", path: CataloguePaths.overview)]
        ) {
            h1 { "Samenstelling van de werkgroep" }
            p(.class("lead")) {
                "Aanbevolen omvang: \(guide.size.recommendedMin) tot \(guide.size.recommendedMax) personen. \(guide.size.note)"
            }
            h2 { "Aanbevolen kerngroep" }
            table {
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Partner" }
                        th(.init("scope", "col")) { "Soort" }
                        th(.init("scope", "col")) { "Waarom" }
                    }
                }
                element("tbody") {
                    for member in guide.coreGroup {
                        tr {
                            td { member.name }
                            td { member.isInternal ? "Intern" : "Extern" }
                            td { member.reason }
                        }
                    }
                }
            }
            partnerTable("Mogelijke interne partners per veld", guide.internalPartners, catalogue: catalogue)
            partnerTable("Mogelijke externe partners per veld", guide.externalPartners, catalogue: catalogue)
            CatalogueComponents.attribute("Aandachtspunten bij het samenstellen", guide.considerations)
            CatalogueComponents.notes(guide.notes)
        }
    }

    private static func partnerTable(_ title: String, _ partners: [WorkingGroupGuide.Partner], catalogue: Catalogue)
        -> HTML
    {
        section {
            h2 { title }
            table {
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Partner" }
                        for field in catalogue.fields {
                            th(.init("scope", "col")) {
                                span(.aria("hidden", "true")) { "Veld \(field.number)" }
                                span(.class("visually-hidden")) { field.name }
                            }
                        }
                        th(.init("scope", "col")) { "Waarom" }
                    }
                }
                element("tbody") {
                    for partner in partners {
                        tr {
                            th(.init("scope", "row")) { partner.name }
                            for field in catalogue.fields {
                                td {
                                    if partner.fields.contains(field.number) {
                                        span(.aria("hidden", "true")) { "✓" }
                                        span(.class("visually-hidden")) { "ja" }
                                    }
                                }
                            }
                            td { partner.reason }
                        }
                    }
                }
            }
        }
    }
}
