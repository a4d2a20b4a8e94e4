import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// One priority or other theme of the IVP written together with its part of the Uitvoeringsplan: texts,
/// effect indicators with advice and realism, and the measures with suggestions from the catalogue.
package enum PlanSubjectPage {
    /// An indicator as shown: the stored record, the indicator with its baseline read from its series, the
    /// realism of its target, its figures and where they come from.
    package struct IndicatorRow {
        package let model: StoredIndicator
        package let indicator: PlanIndicator
        package let realism: RealismAssessment?
        package let series: [YearValue]
        package let provenance: String?

        package init(
            model: StoredIndicator, indicator: PlanIndicator? = nil, realism: RealismAssessment?,
            series: [YearValue] = [], provenance: String? = nil
        ) {
            self.model = model
            self.indicator = indicator ?? model.indicator
            self.realism = realism
            self.series = series
            self.provenance = provenance
        }
    }

    /// The tone of a realism verdict's tag.
    package static func tone(_ verdict: RealismAssessment.Verdict) -> TagTone {
        switch verdict {
        case .feasible: .green
        case .ambitious: .yellow
        case .outOfReach: .red
        case .noTrend: .grey
        }
    }

    package static func render(
        _ scope: PlanView, subject: PlanSubject, indicators: [IndicatorRow], advice: [String],
        choices: [(key: SeriesKey, label: String)],
        catalogue: Catalogue, failures: [ValidationFailure], message: String?,
        typedMeasure: (measure: PlanMeasure, budget: String)? = nil,
        context: PageContext
    ) -> String {
        let back = PlanPaths.subject(scope.m, scope.t, subject.key, year: scope.year)
        let chapter = subject.key == PlanSubject.overarching.key ? 2 : subject.chapter
        return PageLayout.render(
            title: "\(subject.title) · IVP", section: .workspace, context: context,
            breadcrumbs: PlanComponents.breadcrumbs(scope)
        ) {
            h1 { "Hoofdstuk \(chapter): \(subject.title)" }
            PlanComponents.navigation(scope, current: "")
            Components.notice(message.map { Notice($0) })
            FormComponents.errorSummary(
                failures, fieldIDs: Dictionary(uniqueKeysWithValues: failures.map { ($0.field, $0.field) }))
            if !subject.themes.isEmpty {
                p {
                    "Thema's: "
                    for (index, theme) in subject.themes.enumerated() {
                        if index > 0 { "; " }
                        a(href: FigurePaths.theme(scope.m, theme)) { "\(theme) \(catalogue.theme(theme)?.name ?? "")" }
                    }
                }
            }
            if subject.key != PlanSubject.overarching.key {
                h2 { "Tekst" }
                for (key, label) in textParts(subject) {
                    PlanComponents.textForm(
                        scope, key: "\(subject.key).\(key)", label: label, redirect: back, context: context)
                }
            }
            h2(.id("indicatoren")) { "Effectindicatoren" }
            if !advice.isEmpty {
                div(.class("alert"), .role("status"), .id("advies")) {
                    h3 { "Advies" }
                    ul { for line in advice { li { line } } }
                }
            }
            indicatorTable(scope, indicators, context: context)
            if scope.canEdit {
                indicatorForm(scope, subject: subject, choices: choices, catalogue: catalogue, context: context)
            }
            if subject.key != PlanSubject.overarching.key {
                h2(.id("maatregelen")) { "Maatregelen in het uitvoeringsplan \(scope.year)" }
                measureTable(scope, scope.measures(of: subject.key), catalogue: catalogue)
                if scope.canEdit {
                    measureForm(
                        scope, subject: subject, catalogue: catalogue, typed: typedMeasure, failures: failures,
                        context: context)
                    suggestions(scope, subject: subject, catalogue: catalogue, context: context)
                }
            }
        }
    }

    package static func textParts(_ subject: PlanSubject) -> [(String, String)] {
        subject.kind == .priority
            ? [
                ("waarom", "Waarom deze prioriteit"), ("aanpak", "Hoofdlijnen van de aanpak"),
                ("flankerend", "Flankerend beleid"), ("missie", "Kwalitatieve missie"),
            ]
            : [("waarom", "Waarom dit thema"), ("aanpak", "Hoofdlijnen van de aanpak")]
    }

    /// One summary card per indicator: its figures, the realism of its target as a tag with the reasoning, and a
    /// small chart of figures, trend and the path to the target.
    private static func indicatorTable(_ scope: PlanView, _ rows: [IndicatorRow], context: PageContext) -> HTML {
        guard !rows.isEmpty else { return p(.class("empty")) { "Nog geen effectindicatoren." } }
        return div(.id("indicatoren-lijst"), .class("indicator-cards")) {
            for row in rows {
                let indicator = row.indicator
                section(.class("summary-card indicator-card")) {
                    div(.class("summary-card__title-bar")) {
                        h3(.class("summary-card__title")) {
                            "\(indicator.name) "
                            if let realism = row.realism {
                                Components.tag(realism.verdict.rawValue, tone(realism.verdict))
                            }
                        }
                        if scope.canEdit {
                            Components.buttonLink(
                                "Verwijderen", href: PlanPaths.removeIndicator(scope.m, scope.t, row.model.id),
                                kind: .subtle, hidden: ": \(row.model.name)")
                        }
                    }
                    div(.class("summary-card__content indicator-card__content")) {
                        Components.summaryList([
                            SummaryRow(
                                "Soort", "\(indicator.kind.label); \(indicator.unit), \(indicator.direction.label)"),
                            SummaryRow("Bron", row.provenance ?? indicator.source),
                            SummaryRow("Nulmeting", indicator.text(indicator.baseline)),
                            SummaryRow("Streefwaarde", indicator.text(indicator.target)),
                            SummaryRow("Realisme", row.realism?.text ?? "Geen nulmeting of streefwaarde."),
                        ])
                        IndicatorCourseChart.figure(indicator, series: row.series)
                    }
                }
            }
        }
    }

    private static func indicatorForm(
        _ scope: PlanView, subject: PlanSubject, choices: [(key: SeriesKey, label: String)], catalogue: Catalogue,
        context: PageContext
    ) -> HTML {
        let suggested = subject.themes.flatMap { catalogue.theme($0)?.effectIndicators ?? [] }
        return form(
            .class("stacked"), .id("nieuwe-indicator"), .init("method", "post"),
            .init("action", PlanPaths.indicators(scope.m, scope.t, subject.key))
        ) {
            context.csrfField
            h3 { "Indicator toevoegen" }
            if !suggested.isEmpty {
                p {
                    "Suggesties uit de kennisbank: "
                        + suggested.prefix(8).map { "\($0.text) (\($0.source.label))" }.joined(separator: "; ") + "."
                }
            }
            div(.class("field")) {
                label(.for("reeks")) { "Cijferreeks (optioneel; vult naam, eenheid en nulmeting aan)" }
                element("select", [.id("reeks"), .name("reeks")]) {
                    element("option", [.value("")]) { "Geen ingelezen reeks" }
                    for choice in choices { element("option", [.value(choice.key.description)]) { choice.label } }
                }
            }
            FormComponents.textField(
                id: "naam", name: "naam", label: "Naam", value: "", error: nil, required: false,
                hint: "Leeg laten bij een gekozen reeks: dan wordt de naam van de reeks gebruikt.")
            div(.class("field")) {
                label(.for("soort")) { "Soort" }
                element("select", [.id("soort"), .name("soort")]) {
                    element("option", [.value(IndicatorKind.objective.rawValue)]) { IndicatorKind.objective.label }
                    element("option", [.value(IndicatorKind.subjective.rawValue)]) { IndicatorKind.subjective.label }
                }
            }
            FormComponents.textField(
                id: "bron", name: "bron", label: "Bron", value: "", error: nil, required: false,
                hint: "Bijvoorbeeld politie (CBS), Veiligheidsmonitor, eigen registratie.")
            FormComponents.textField(
                id: "eenheid", name: "eenheid", label: "Eenheid", value: "", error: nil, required: false)
            div(.class("field")) {
                label(.for("richting")) { "Richting" }
                element("select", [.id("richting"), .name("richting")]) {
                    for direction in IndicatorDirection.allCases {
                        element("option", [.value(direction.rawValue)]) { direction.label }
                    }
                }
            }
            FormComponents.textField(
                id: "nulmetingjaar", name: "nulmetingjaar", label: "Nulmeting: jaar", value: "", error: nil,
                type: "number", required: false)
            FormComponents.textField(
                id: "nulmeting", name: "nulmeting", label: "Nulmeting: waarde", value: "", error: nil, required: false)
            FormComponents.textField(
                id: "streefjaar", name: "streefjaar",
                label: "Streefwaarde: jaar (\(scope.period.startYear)–\(scope.period.endYear))",
                value: "\(scope.period.endYear)", error: nil, type: "number", required: false)
            FormComponents.textField(
                id: "streefwaarde", name: "streefwaarde", label: "Streefwaarde", value: "", error: nil, required: false)
            button(.type("submit")) { "Indicator toevoegen" }
        }
    }

    package static func measureTable(_ scope: PlanView, _ measures: [StoredMeasure], catalogue: Catalogue) -> HTML {
        HTMLBuilder.join(
            measures.isEmpty
                ? [p(.class("empty")) { "Nog geen maatregelen." }]
                : [
                    table(.class("measures")) {
                        element("caption") { "Maatregelen \(scope.year)" }
                        element("thead") {
                            tr {
                                for heading in ["Actiepunt", "Maatregel", "Trekkers", "Planning", "Budget", "Status"] {
                                    th(.init("scope", "col")) { heading }
                                }
                            }
                        }
                        element("tbody") {
                            for model in measures {
                                let measure = model.measure
                                tr(.id("maatregel-\(model.id.uuidString)")) {
                                    td { measure.item }
                                    th(.init("scope", "row")) {
                                        a(href: PlanPaths.measure(scope.m, scope.t, model.id)) { measure.title }
                                        if let code = measure.methodCode, let method = catalogue.method(code) {
                                            span(.class("hint")) { " · methode: \(method.name)" }
                                        }
                                    }
                                    td {
                                        "\(measure.administrativeLead.isEmpty ? "–" : measure.administrativeLead) / \(measure.officialLead.isEmpty ? "–" : measure.officialLead)"
                                    }
                                    td {
                                        measure.quarters.isEmpty
                                            ? "–" : measure.quarters.map { "K\($0)" }.joined(separator: ", ")
                                    }
                                    td(.class("number")) { PlanComponents.euro(measure.budget) }
                                    td { measure.status.label }
                                }
                            }
                        }
                    }
                ])
    }

    /// The full measure form; used here (new) and on the measure page (edit).
    /// `budgetText` is the budget as typed when a refused form comes back (an amount that could not be read
    /// is kept as typed); `failures` put each error at its field.
    package static func measureFields(
        _ measure: PlanMeasure?, budgetText: String? = nil, failures: [ValidationFailure] = [], subjects: [PlanSubject],
        catalogue: Catalogue,
        methods: [SafetyMethod]
    ) -> HTML {
        let value = measure ?? PlanMeasure(subjectKey: "", item: "", title: "")
        func error(_ field: String) -> String? { FormComponents.error(for: field, in: failures) }
        return HTMLBuilder.join([
            subjects.count > 1
                ? div(.class("field")) {
                    label(.for("onderwerp")) { "Prioriteit of thema" }
                    element("select", [.id("onderwerp"), .name("onderwerp")]) {
                        for subject in subjects {
                            element(
                                "option",
                                subject.key == value.subjectKey
                                    ? [.value(subject.key), .flag("selected")] : [.value(subject.key)]
                            ) { subject.title }
                        }
                    }
                } : input(.type("hidden"), .name("onderwerp"), .value(subjects.first?.key ?? "")),
            FormComponents.textField(
                id: "actiepunt", name: "actiepunt", label: "Actiepunt", value: value.item, error: error("actiepunt")),
            FormComponents.textField(
                id: "titel", name: "titel", label: "Maatregel", value: value.title, error: error("titel")),
            FormComponents.textArea(
                id: "omschrijving", name: "omschrijving", label: "Omschrijving", value: value.description,
                error: error("omschrijving")),
            FormComponents.textField(
                id: "prestatie", name: "prestatie", label: "Prestatie-indicator (output)",
                value: value.performanceIndicator, error: error("prestatie"), required: false),
            FormComponents.textField(
                id: "prestatienorm", name: "prestatienorm", label: "Streefwaarde van de prestatie",
                value: value.performanceTarget, error: error("prestatienorm"), required: false),
            FormComponents.textField(
                id: "bestuurlijk", name: "bestuurlijk", label: "Bestuurlijk trekker (portefeuillehouder)",
                value: value.administrativeLead, error: error("bestuurlijk"), required: false),
            FormComponents.textField(
                id: "ambtelijk", name: "ambtelijk", label: "Ambtelijk trekker", value: value.officialLead,
                error: error("ambtelijk"), required: false),
            FormComponents.textField(
                id: "partijen", name: "partijen", label: "Betrokken partijen (komma's ertussen)",
                value: value.parties.joined(separator: ", "), error: error("partijen"), required: false),
            element("fieldset", [.class("field")]) {
                element("legend") { "Planning: kwartalen" }
                for quarter in 1...4 {
                    span(.class("choice")) {
                        element(
                            "input",
                            value.quarters.contains(quarter)
                                ? [
                                    .type("checkbox"), .id("k\(quarter)"), .name("kwartalen[]"), .value("\(quarter)"),
                                    .flag("checked"),
                                ]
                                : [.type("checkbox"), .id("k\(quarter)"), .name("kwartalen[]"), .value("\(quarter)")])
                        label(.for("k\(quarter)")) { " K\(quarter) " }
                    }
                }
            },
            FormComponents.textField(
                id: "budget", name: "budget", label: "Budget in euro's",
                value: budgetText ?? value.budget.map { DutchNumberText.grouped(Int($0)) } ?? "",
                error: error("budget"), required: false, hint: "Bijvoorbeeld € 85.000 of 85.000,50."),
            FormComponents.select(
                id: "dekking", name: "dekking", label: "Dekking",
                options: [("", "Nog onbekend")] + BudgetSource.allCases.map { ($0.rawValue, $0.label) },
                selected: value.budgetSource?.rawValue ?? "", error: error("dekking")),
            FormComponents.select(
                id: "status", name: "status", label: "Status",
                options: MeasureStatus.allCases.map { ($0.rawValue, $0.label) }, selected: value.status.rawValue,
                error: error("status")),
            div(.class("field")) {
                label(.for("methode")) { "Methode uit de methodenbank (optioneel)" }
                element("select", [.id("methode"), .name("methode")]) {
                    element("option", [.value("")]) { "Geen" }
                    for method in methods {
                        element(
                            "option",
                            method.code == value.methodCode
                                ? [.value(method.code), .flag("selected")] : [.value(method.code)]
                        ) { method.name }
                    }
                }
            },
        ])
    }

    package static func methods(for subject: PlanSubject, catalogue: Catalogue) -> [SafetyMethod] {
        var seen: Set<String> = []
        return subject.themes.flatMap { MethodFinder.methods(serving: $0, in: catalogue.methods) }.filter {
            seen.insert($0.code).inserted
        }
    }

    private static func measureForm(
        _ scope: PlanView, subject: PlanSubject, catalogue: Catalogue, typed: (measure: PlanMeasure, budget: String)?,
        failures: [ValidationFailure],
        context: PageContext
    ) -> HTML {
        form(
            .class("stacked"), .id("nieuwe-maatregel"), .init("method", "post"),
            .init("action", PlanPaths.measures(scope.m, scope.t, subject.key) + "?jaar=\(scope.year)")
        ) {
            context.csrfField
            h3 { "Maatregel toevoegen" }
            measureFields(
                typed?.measure, budgetText: typed?.budget, failures: typed == nil ? [] : failures, subjects: [subject],
                catalogue: catalogue,
                methods: methods(for: subject, catalogue: catalogue))
            button(.type("submit")) { "Maatregel toevoegen" }
        }
    }

    /// The catalogue's measures and the methods serving the subject's themes, each addable in one click.
    private static func suggestions(_ scope: PlanView, subject: PlanSubject, catalogue: Catalogue, context: PageContext)
        -> HTML
    {
        let measures = subject.themes.flatMap { theme in
            (catalogue.theme(theme)?.measures ?? []).prefix(6).map { (theme, $0.text) }
        }
        let methods = methods(for: subject, catalogue: catalogue)
        return section(.aria("labelledby", "suggesties")) {
            h3(.id("suggesties")) { "Suggesties uit de kennisbank" }
            if !methods.isEmpty {
                h4 { "Methoden die deze thema's dienen" }
                ul {
                    for method in methods {
                        li {
                            a(href: "/catalogus/methoden/\(method.code)") { method.name }
                            form(
                                .class("inline"), .init("method", "post"),
                                .init(
                                    "action", PlanPaths.measures(scope.m, scope.t, subject.key) + "?jaar=\(scope.year)")
                            ) {
                                context.csrfField
                                input(.type("hidden"), .name("actiepunt"), .value("Aanpak met \(method.name)"))
                                input(.type("hidden"), .name("titel"), .value(method.name))
                                input(.type("hidden"), .name("methode"), .value(method.code))
                                input(.type("hidden"), .name("onderwerp"), .value(subject.key))
                                button(
                                    .type("submit"), .class(ButtonKind.subtle.cssClass),
                                    .aria("label", "\(method.name) als maatregel toevoegen")
                                ) { "Als maatregel toevoegen" }
                            }
                        }
                    }
                }
            }
            if !measures.isEmpty {
                h4 { "Maatregelen uit de handreiking" }
                ul {
                    for (theme, text) in measures {
                        li {
                            "\(theme): \(text) "
                            form(
                                .class("inline"), .init("method", "post"),
                                .init(
                                    "action", PlanPaths.measures(scope.m, scope.t, subject.key) + "?jaar=\(scope.year)")
                            ) {
                                context.csrfField
                                input(
                                    .type("hidden"), .name("actiepunt"),
                                    .value(catalogue.theme(theme)?.name ?? theme.description))
                                input(.type("hidden"), .name("titel"), .value(String(text.prefix(200))))
                                input(.type("hidden"), .name("onderwerp"), .value(subject.key))
                                button(
                                    .type("submit"), .class(ButtonKind.subtle.cssClass),
                                    .aria("label", "Toevoegen: \(String(text.prefix(60)))")
                                ) { "Toevoegen" }
                            }
                        }
                    }
                }
            }
        }
    }
}
