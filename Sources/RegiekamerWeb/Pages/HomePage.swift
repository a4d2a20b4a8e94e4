import RegiekamerDomain

/// What the start page shows of one municipality's work.
struct MunicipalitySummary {
    struct Trajectory {
        let name: String
        let period: String
        let step: MethodStep
        let status: TrajectoryStatus
    }

    let name: String
    let cbsCode: String
    let trajectories: [Trajectory]
}

/// The start page: what Regiekamer is, the six steps of the method, the municipalities on this instance.
enum HomePage {
    static func render(municipalities: [MunicipalitySummary], themeCount: Int) -> String {
        PageLayout.render(title: "Start", section: .home) {
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
            h2 { "Gemeenten in deze omgeving" }
            if municipalities.isEmpty {
                p(.class("empty")) {
                    "Er zijn nog geen gemeenten. Start met de optie --demo of voer ‘regiekamer demo’ uit om de voorbeeldgemeente te laden."
                }
            } else {
                for municipality in municipalities {
                    section(.class("card")) {
                        h3 { "\(municipality.name) (\(municipality.cbsCode))" }
                        if municipality.trajectories.isEmpty {
                            p(.class("empty")) { "Nog geen trajecten." }
                        } else {
                            table {
                                element("caption", [.class("visually-hidden")]) { "Trajecten van \(municipality.name)" }
                                element("thead") {
                                    tr {
                                        th(.init("scope", "col")) { "Traject" }
                                        th(.init("scope", "col")) { "Periode" }
                                        th(.init("scope", "col")) { "Huidige stap" }
                                        th(.init("scope", "col")) { "Status" }
                                    }
                                }
                                element("tbody") {
                                    for trajectory in municipality.trajectories {
                                        tr {
                                            td { trajectory.name }
                                            td { trajectory.period }
                                            td { "\(trajectory.step.rawValue). \(trajectory.step.title)" }
                                            td { trajectory.status.label }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func duration(_ step: MethodStep) -> String {
        let days = step.coordinatorDays
        let dayText = days.lowerBound == days.upperBound ? "\(days.lowerBound)" : "\(days.lowerBound)–\(days.upperBound)"
        guard let weeks = step.typicalWeeks else { return "doorlopend · ca. \(dayText) dagen coördinator" }
        let weekText = weeks.lowerBound == weeks.upperBound ? "\(weeks.lowerBound)" : "\(weeks.lowerBound)–\(weeks.upperBound)"
        return "\(weekText) weken · ca. \(dayText) dagen coördinator"
    }
}
