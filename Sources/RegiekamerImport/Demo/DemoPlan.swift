import Fluent
import Foundation
import RegiekamerCatalogue
import RegiekamerDomain
import RegiekamerPersistence

/// Fills the demo trajectory's steps 3 to 5 for demonstrations and benchmarks (`regiekamer demo --with-plan`):
/// the outcome of the priority session (3 priorities, 6 clusters of other themes), the IVP's texts, 12 effect
/// indicators on the demo figures and 60 measures for the first plan year. The browser suite does not use it:
/// it runs step 3 itself on the plain demo.
public enum DemoPlan {
    static let priorityTitles = [
        "Woninginbraak en high impact crime", "Jeugdoverlast en doorgroei naar criminaliteit", "Ondermijning op bedrijventerrein en in de haven",
    ]
    static let clusters: [(String, [String])] = [
        ("Leefbare wijken", ["1.1", "1.2"]), ("Veilig centrum", ["2.1", "2.3", "2.4"]), ("Jeugd, alcohol en drugs", ["3.3", "3.4"]),
        ("Verkeersveiligheid", ["4.1"]), ("Brand- en omgevingsveiligheid", ["4.2", "4.3"]), ("Weerbaar bestuur", ["5.1", "5.3", "5.4", "5.5"]),
    ]
    static let priorityThemes = [["1.3", "1.4"], ["3.1", "3.2"], ["5.2", "2.2", "2.5"]]

    public enum Outcome: Equatable, Sendable {
        case created
        /// The demo trajectory already has an outcome of step 3; nothing was changed.
        case alreadyPresent
        case noDemo
    }

    public static func load(catalogue: Catalogue, on database: any Database) async throws -> Outcome {
        guard let municipality = try await MunicipalityModel.query(on: database).filter(\.$cbsCode == DemoWorkspace.cbsCode).first(),
              let trajectory = try await TrajectoryModel.query(on: database).filter(\.$municipality.$id == municipality.id!).filter(\.$startYear == 2027).first()
        else { return .noDemo }
        let m = try municipality.requireID(), t = try trajectory.requireID()
        if try await PrioritisationStore.outcome(of: t, on: database) != nil { return .alreadyPresent }
        let candidates = try await AnalysisStore.candidates(of: t, on: database)
        let chosen = priorityTitles.compactMap { title in candidates.first { $0.title == title }?.id }
        var placements: [ThemeCode: ThemePlacement] = [:]
        for (index, themes) in priorityThemes.enumerated() { for code in themes { placements[ThemeCode(code)!] = .priority(index: index) } }
        for (name, themes) in clusters { for code in themes { placements[ThemeCode(code)!] = .cluster(name: name) } }
        placements[ThemeCode("4.4")!] = .excluded(reason: "Regionaal belegd bij de Veiligheidsregio.")
        try await PrioritisationStore.saveOutcome(
            priorities: chosen, motivation: "De raad koos drie prioriteiten; de andere thema's lopen door als overige thema's.",
            driehoek: "De Driehoek steunt de keuze.", placements: placements, trajectoryID: t, municipalityID: m, actor: .system, on: database)
        try await texts(t, m, on: database)
        try await indicators(catalogue: catalogue, t, m, on: database)
        try await measures(catalogue: catalogue, t, m, on: database)
        return .created
    }

    private static func texts(_ t: UUID, _ m: UUID, on database: any Database) async throws {
        let texts: [(String, String)] = [
            ("h2", "Voorbeeldstad wil een gemeente zijn waar inwoners zich thuis en veilig voelen, ondernemers zonder criminele inmenging werken en jongeren kansen krijgen. Over vier jaar is de geregistreerde criminaliteit gedaald en voelen minder inwoners zich onveilig."),
            ("h3", "We werken informatiegestuurd en wijkgericht, verbinden zorg en veiligheid in één aanpak voor mensen met complexe problemen, en betrekken inwoners en ondernemers bij wat we doen."),
            ("h6", "De regie ligt bij de coördinator integrale veiligheid. De werkgroep blijft bestaan en bespreekt elk kwartaal de voortgang; jaarlijks volgt een jaarbeeld dat het volgende uitvoeringsplan voedt. De Driehoek bespreekt de prioriteiten twee keer per jaar."),
            ("h7", "De uitvoering wordt betaald uit het bestaande budget integrale veiligheid, aangevuld met nieuw budget voor de aanpak van ondermijning."),
            ("h7.budget", "450000"),
            ("up2027.hoofdlijn", "Het eerste uitvoeringsplan bij het IVP 2027–2030 zet de aanpak van de drie prioriteiten in gang en zet het lopende werk op de overige thema's voort."),
        ]
        var all = texts
        for (index, title) in priorityTitles.enumerated() {
            let key = "p\(index + 1)"
            all += [
                ("\(key).waarom", "De analyse laat zien dat \(title.lowercased()) in Voorbeeldstad boven het gemiddelde van vergelijkbare gemeenten ligt en inwoners er last van hebben."),
                ("\(key).aanpak", "We combineren preventie, toezicht en handhaving en zorg, met een vaste overlegtafel van gemeente, politie en partners."),
                ("\(key).flankerend", "Het beleid sluit aan op het sociaal domein, de woonvisie en het regionale veiligheidsplan."),
                ("\(key).missie", "Over vier jaar is het probleem zichtbaar kleiner en weten inwoners en ondernemers waar ze terechtkunnen."),
            ]
        }
        for (key, text) in all {
            _ = try await PlanStore.saveText(key, text: text, expectedVersion: 0, trajectoryID: t, municipalityID: m, actor: .system, on: database)
        }
    }

    private static func indicators(catalogue: Catalogue, _ t: UUID, _ m: UUID, on database: any Database) async throws {
        let overview = try await ThemeOverviewQuery.load(
            area: DemoWorkspace.cbsCode, owners: FigureQueries.owners(for: DemoWorkspace.cbsCode), themes: catalogue.themes.map(\.code),
            mapping: catalogue.figureTypes.mapping, on: database)
        func latest(_ key: SeriesKey) -> YearValue? {
            if key.code.hasPrefix("thema:") {
                return overview.themes.first { $0.theme.description == key.code.dropFirst(6) }?.figures.yearly.last
            }
            return ThemeFigures.series(overview.observations[key] ?? [], summing: key.source.isCount, population: [:]).yearly.last
        }
        let plan: [(subject: String, key: SeriesKey, name: String, change: Double)] = [
            ("h2", SeriesKey(source: .cbs, code: "0.0.0"), "Geregistreerde misdrijven, totaal", -0.10),
            ("h2", SeriesKey(source: .monitor, code: "onveilig-algemeen"), "Voelt zich weleens onveilig", -0.08),
            ("p1", SeriesKey(source: .cbs, code: "thema:1.3"), "Misdrijven high impact crime en veelvoorkomende criminaliteit", -0.15),
            ("p1", SeriesKey(source: .monitor, code: "onveilig-buurt"), "Voelt zich weleens onveilig in de eigen buurt", -0.10),
            ("p2", SeriesKey(source: .incidents, code: "overlast-jeugd"), "Meldingen overlast jeugd", -0.15),
            ("p2", SeriesKey(source: .monitor, code: "sociale-overlast"), "Ervaren sociale overlast", -0.10),
            ("p3", SeriesKey(source: .cbs, code: "thema:5.2"), "Misdrijven ondermijning", -0.05),
            ("p3", SeriesKey(source: .cbs, code: "thema:2.2"), "Misdrijven op bedrijventerreinen", -0.10),
            ("c-leefbare-wijken", SeriesKey(source: .monitor, code: "fysieke-verloedering"), "Ervaren fysieke verloedering", -0.05),
            ("c-veilig-centrum", SeriesKey(source: .cbs, code: "thema:2.1"), "Misdrijven in het winkelgebied", -0.10),
            ("c-verkeersveiligheid", SeriesKey(source: .cbs, code: "thema:4.1"), "Verkeersmisdrijven", -0.05),
            ("c-weerbaar-bestuur", SeriesKey(source: .cbs, code: "thema:5.1"), "Misdrijven polarisatie en discriminatie", -0.05),
        ]
        for item in plan {
            let baseline = latest(item.key)
            let type = catalogue.figureTypes.type(item.key)
            let indicator = PlanIndicator(
                name: item.name, kind: item.key.source.indicatorKind, source: item.key.source.label, series: item.key,
                unit: type?.unit ?? "aantal", direction: type?.direction ?? .lowerIsBetter, baseline: baseline,
                target: baseline.map { YearValue(year: 2030, value: (($0.value * (1 + item.change)) * 10).rounded() / 10) })
            try await PlanStore.addIndicator(indicator, subjectKey: item.subject, trajectoryID: t, municipalityID: m, actor: .system, on: database)
        }
    }

    private static func measures(catalogue: Catalogue, _ t: UUID, _ m: UUID, on database: any Database) async throws {
        let subjects = priorityThemes.enumerated().map { ("p\($0.offset + 1)", $0.element, 10, ["Preventie", "Toezicht en handhaving", "Zorg en nazorg"]) }
            + clusters.map { ("c-" + PlanOutline.slug($0.0), $0.1, 5, ["Preventie", "Samenwerking"]) }
        let leads = ["1": "Burgemeester", "2": "Wethouder Economie", "3": "Wethouder Jeugd", "4": "Wethouder Verkeer", "5": "Burgemeester"]
        var counter = 0
        for (key, themes, count, items) in subjects {
            let codes = themes.compactMap { ThemeCode($0) }
            let texts = codes.flatMap { catalogue.theme($0)?.measures.map(\.text) ?? [] }
            let method = codes.flatMap { MethodFinder.methods(serving: $0, in: catalogue.methods) }.first
            let partners = codes.flatMap { catalogue.theme($0)?.partners.external ?? [] }
            for index in 0..<count {
                counter += 1
                let field = String(themes[0].prefix(1))
                let useMethod = index == 0 && method != nil
                let title = useMethod ? method!.name : (texts.isEmpty ? "Maatregel \(index + 1)" : String(texts[index % texts.count].prefix(160)))
                let measure = PlanMeasure(
                    subjectKey: key, item: useMethod ? "Aanpak met \(method!.name)" : items[index % items.count], title: title,
                    performanceIndicator: "Aantal uitgevoerde acties", performanceTarget: "\(4 + counter % 9)",
                    administrativeLead: leads[field] ?? "Burgemeester", officialLead: "Coördinator integrale veiligheid",
                    parties: Array(partners.dropFirst(index % 3).prefix(3)), quarters: Array(Set([1 + counter % 4, 1 + (counter + 1) % 4])).sorted(),
                    budget: Double(2_500 * (1 + counter % 8)), budgetSource: counter % 3 == 0 ? .new : .existing,
                    status: .notStarted, methodCode: useMethod ? method!.code : nil)
                try await PlanStore.addMeasure(measure, year: 2027, trajectoryID: t, municipalityID: m, actor: .system, on: database)
            }
        }
    }
}
