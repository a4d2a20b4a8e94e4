import RegiekamerDomain

/// Help about the method: the six steps of Kernbeleid Veiligheid with what each delivers and takes. Linked from
/// every page's footer and the start page.
package enum MethodHelpPage {
    package static func render(themeCount: Int, context: PageContext) -> String {
        PageLayout.render(
            title: "Over de methode", section: nil, context: context,
            breadcrumbs: [.init(title: "Start", path: HomePaths.home)]
        ) {
            h1 { "Over de methode Kernbeleid Veiligheid" }
            p(.class("lead")) {
                "Een gemeente maakt haar integrale veiligheidsbeleid in zes stappen: van de opstart tot de "
                    + "voortgang per kwartaal. Regiekamer volgt die stappen en leidt de stand van elk traject af uit "
                    + "wat er is vastgelegd."
            }
            p {
                "De "
                a(href: "/catalogus") { "kennisbank" }
                " beschrijft alle \(themeCount) veiligheidsthema's uit de handreiking."
            }
            h2 { "De zes stappen" }
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
