import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// Parts the project pages share: breadcrumbs, the notice, the settings fields and the six steps' navigation.
package enum ProjectComponents {
    static func breadcrumbs(m: UUID, municipality: String, project: ProjectItem?) -> [Breadcrumb] {
        var crumbs: [Breadcrumb] = [
            .init(title: "Start", path: "/"), .init(title: "Mijn gemeenten", path: WorkspacePaths.list),
            .init(title: municipality, path: WorkspacePaths.municipality(m)),
            .init(title: "Projecten", path: ProjectPaths.list(m)),
        ]
        if let project { crumbs.append(.init(title: project.name, path: ProjectPaths.project(m, project.id))) }
        return crumbs
    }

    static func breadcrumbs(_ view: ProjectPageView) -> [Breadcrumb] {
        breadcrumbs(m: view.m, municipality: view.municipalityName, project: view.project)
    }

    /// The fields of a project's settings, filled from `values`.
    static func settingsFields(
        prefix: String, values: [String: String], failures: [ValidationFailure], trajectories: [TrajectoryItem],
        methods: [SafetyMethod],
        planSubjects: [String] = []
    ) -> HTML {
        func error(_ field: String) -> String? { FormComponents.error(for: field, in: failures) }
        return fragment {
            FormComponents.textField(
                id: "\(prefix)-naam", name: "naam", label: "Naam van het project", value: values["naam"] ?? "",
                error: error("naam"))
            FormComponents.select(
                id: "\(prefix)-soort", name: "soort", label: "Soort project",
                options: ProjectKind.allCases.map { ($0.rawValue, $0.label) },
                selected: values["soort"] ?? ProjectKind.local.rawValue, error: error("soort"))
            FormComponents.select(
                id: "\(prefix)-richting", name: "richting", label: "Gericht op",
                options: ProjectFocus.allCases.map { ($0.rawValue, $0.label) },
                selected: values["richting"] ?? ProjectFocus.neighbourhood.rawValue, error: error("richting"))
            FormComponents.textField(
                id: "\(prefix)-gebied", name: "gebied", label: "Gebied of doelgroep", value: values["gebied"] ?? "",
                error: error("gebied"),
                hint: "De naam van de buurt, wijk of plek, of de groep mensen om wie het gaat.")
            FormComponents.textField(
                id: "\(prefix)-themas", name: "themas", label: "Thema's uit het IVP", value: values["themas"] ?? "",
                error: error("themas"),
                required: false, hint: "Themacodes, gescheiden door komma's, bijvoorbeeld 2.3, 3.1.")
            FormComponents.select(
                id: "\(prefix)-traject", name: "traject", label: "Hoort bij traject (plan)",
                options: [("", "Geen")] + trajectories.map { ($0.id.uuidString, $0.name) },
                selected: values["traject"] ?? "", error: nil)
            FormComponents.textField(
                id: "\(prefix)-onderwerp", name: "onderwerp",
                label: "Prioriteit of onderwerp van het plan dat het project dient",
                value: values["onderwerp"] ?? "", error: nil, required: false,
                hint: planSubjects.isEmpty
                    ? nil : "Kies een prioriteit of onderwerp uit het plan, of typ een eigen omschrijving.",
                list: planSubjects.isEmpty ? nil : "\(prefix)-onderwerpen")
            if !planSubjects.isEmpty {
                element("datalist", [.id("\(prefix)-onderwerpen")]) {
                    for subject in planSubjects { element("option", [.value(subject)]) { "" } }
                }
            }
            FormComponents.select(
                id: "\(prefix)-methode", name: "methode", label: "Methode uit de kennisbank",
                options: [("", "Geen methode gekozen")] + methods.map { ($0.code, $0.name) },
                selected: values["methode"] ?? "", error: nil)
            FormComponents.textArea(
                id: "\(prefix)-toelichting", name: "toelichting", label: "Toelichting",
                value: values["toelichting"] ?? "", error: nil)
        }
    }

    static func settingsFieldIDs(_ prefix: String) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: ["naam", "soort", "richting", "gebied", "themas"].map { ($0, "\(prefix)-\($0)") })
    }

    /// The six steps as links, the current one marked.
    static func steps(_ view: ProjectPageView, current: ProjectStep?) -> HTML {
        nav(.aria("label", "Stappen van het project")) {
            ol(.class("steps")) {
                for step in ProjectStep.allCases {
                    li {
                        if step == current {
                            a(href: ProjectPaths.step(view.m, view.p, step), .aria("current", "page")) {
                                "Stap \(step.rawValue): \(step.question)"
                            }
                        } else {
                            a(href: ProjectPaths.step(view.m, view.p, step)) {
                                "Stap \(step.rawValue): \(step.question)"
                            }
                        }
                        " (\(count(view, step)))"
                    }
                }
            }
        }
    }

    private static func count(_ view: ProjectPageView, _ step: ProjectStep) -> String {
        switch step {
        case .problems: "\(view.problems.count) gemeld"
        case .priorities: "\(view.tally.ballots) gestemd"
        case .currentApproach: "\(view.currentMeasures.count) maatregelen"
        case .objectives: "\(view.objectives.count) doelen"
        case .measures:
            "\(view.measures.filter(\.adopted).count) vastgesteld, \(view.measures.filter { !$0.adopted }.count) voorgesteld"
        case .monitoring: "\(view.measures.filter { $0.adopted && $0.status == .completed }.count) afgerond"
        }
    }
}
