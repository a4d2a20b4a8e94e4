import RegiekamerDomain

/// The start page: what Regiekamer is, the six steps of the method, and the visitor's own municipalities.
package enum HomePage {
    package static func render(municipalities: [MunicipalityItem]?, themeCount: Int, context: PageContext) -> String {
        PageLayout.render(title: "Start", section: .home, context: context) {
            h1 { "Regiekamer: integraal veiligheidsbeleid in één werkruimte" }
            p(.class("lead")) {
                "Regiekamer begeleidt gemeenten stap voor stap door Kernbeleid Veiligheid: van startnotitie en veiligheidsanalyse tot prioriteiten, het Integraal Veiligheidsplan, het uitvoeringsplan en de voortgang per kwartaal."
            }
            p {
                "De "
                a(href: "/catalogus") { "kennisbank" }
                " bevat alle \(themeCount) veiligheidsthema's uit de handreiking, met partners, wetgeving, maatregelen en effectindicatoren."
            }
            h2 { "De zes stappen van de methode" }
            ol(.class("steps")) {
                for step in MethodStep.allCases {
                    li {
                        strong { "\(step.rawValue). \(step.title)" }
                        element("br")
                        step.result
                        element("br")
                        span(.class("tag")) { duration(step) }
                    }
                }
            }
            if let municipalities {
                h2 { "Uw gemeenten" }
                if municipalities.isEmpty {
                    p(.class("empty")) { "U bent nog aan geen gemeente gekoppeld." }
                } else {
                    ul {
                        for municipality in municipalities {
                            li {
                                a(href: WorkspacePaths.municipality(municipality.id)) { municipality.name }
                                municipality.activeTrajectory.map { HTML.text(" — actief traject: \($0)") } ?? .empty
                            }
                        }
                    }
                }
            } else {
                h2 { "Werken in Regiekamer" }
                p {
                    a(href: "/inloggen") { "Log in" }
                    " om aan het veiligheidsbeleid van uw gemeente te werken. Een account krijgt u via de beheerder van uw gemeente."
                }
            }
        }
    }

    private static func duration(_ step: MethodStep) -> String {
        let days = step.coordinatorDays
        let dayText =
            days.lowerBound == days.upperBound ? "\(days.lowerBound)" : "\(days.lowerBound)–\(days.upperBound)"
        guard let weeks = step.typicalWeeks else { return "doorlopend · ca. \(dayText) dagen coördinator" }
        let weekText =
            weeks.lowerBound == weeks.upperBound ? "\(weeks.lowerBound)" : "\(weeks.lowerBound)–\(weeks.upperBound)"
        return "\(weekText) weken · ca. \(dayText) dagen coördinator"
    }
}
