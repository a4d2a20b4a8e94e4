/// The living style guide at `/stijlgids`: every component of `Components` with a working example, its name and
/// when to use it (the longer guidance is in `docs/DESIGN.md`). Rendered by the same functions as the pages, so
/// what it shows is what the pages get.
package enum StyleGuidePage {
    package static func render(context: PageContext) -> String {
        PageLayout.render(title: "Stijlgids", section: nil, context: context) {
            h1 { "Stijlgids" }
            p(.class("lead")) {
                "De bouwstenen van de schermen van Regiekamer, naar de patronen van het NL Design System en het GOV.UK "
                "Design System. Elk voorbeeld hieronder is met dezelfde code gemaakt als de schermen zelf."
            }
            nav(.aria("label", "Onderdelen van de stijlgids")) {
                ul {
                    for (id, title) in sections { li { a(href: "#\(id)") { title } } }
                }
            }
            buttons
            tags
            summaries
            tasks
            banners
            formParts
            tables
        }
    }

    package static let sections = [
        ("knoppen", "Knoppen"), ("statuslabels", "Statuslabels"), ("samenvattingen", "Samenvattingslijst en -kaart"),
        ("takenlijst", "Takenlijst"), ("meldingen", "Meldingen"), ("formulieren", "Formulieronderdelen"),
        ("tabellen", "Tabellen en uitklapblokken"),
    ]

    private static var buttons: HTML {
        section(.id("knoppen"), .aria("labelledby", "knoppen-titel")) {
            h2(.id("knoppen-titel")) { "Knoppen" }
            p {
                "Eén primaire knop per formulier; secundair voor een alternatief, subtiel voor kleine acties in een "
                "lijst, waarschuwing alleen op de bevestigingspagina van iets dat verdwijnt."
            }
            div(.class("button-group")) {
                for kind in ButtonKind.allCases {
                    element("button", [.type("button"), .class(kind.cssClass)]) { label(of: kind) }
                }
            }
        }
    }

    private static func label(of kind: ButtonKind) -> String {
        switch kind {
        case .primary: "Opslaan"
        case .secondary: "Concept bewaren"
        case .subtle: "Nog een jaar toevoegen"
        case .warning: "Maatregel verwijderen"
        }
    }

    private static var tags: HTML {
        section(.id("statuslabels"), .aria("labelledby", "statuslabels-titel")) {
            h2(.id("statuslabels-titel")) { "Statuslabels" }
            p {
                "De status van een stap, maatregel of indicator in één of twee woorden. De tekst draagt de "
                "betekenis; de kleur helpt alleen."
            }
            ul(.class("tag-examples")) {
                li { Components.tag("Nog niet gestart", .grey) }
                li { Components.tag("Loopt", .blue) }
                li { Components.tag("Gereed", .green) }
                li { Components.tag("Aandacht nodig", .yellow) }
                li { Components.tag("Vertraagd", .red) }
            }
        }
    }

    private static var summaries: HTML {
        section(.id("samenvattingen"), .aria("labelledby", "samenvattingen-titel")) {
            h2(.id("samenvattingen-titel")) { "Samenvattingslijst en -kaart" }
            p {
                "Kenmerken van één record als paren van naam en waarde; een kaart zet er een titel en acties boven "
                "wanneer er meerdere records onder elkaar staan."
            }
            Components.summaryList([
                SummaryRow("Looptijd", "2027–2030", change: (href: "#samenvattingen", hidden: "looptijd")),
                SummaryRow("Stap", "Veiligheidsanalyse"),
                SummaryRow("Omschrijving", ""),
            ])
            Components.summaryCard(
                title: "Buurtpreventie-app", headingLevel: 3,
                actions: [(text: "Wijzigen", href: "#samenvattingen")],
                rows: [
                    SummaryRow("Trekker", "Politie, wijkagent"),
                    SummaryRow("Budget 2027", "€ 85.000"),
                    SummaryRow("Status", html: Components.tag("Loopt", .blue)),
                ])
        }
    }

    private static var tasks: HTML {
        section(.id("takenlijst"), .aria("labelledby", "takenlijst-titel")) {
            h2(.id("takenlijst-titel")) { "Takenlijst" }
            p {
                "De stappen van een traject of een formulier in delen, elk met een status die uit de gegevens "
                "volgt, nooit met de hand gezet."
            }
            Components.taskList(
                [
                    TaskItem(title: "Startnotitie", href: "#takenlijst", status: "Gereed", tone: .green),
                    TaskItem(
                        title: "Veiligheidsanalyse", href: "#takenlijst", hint: "18 van 28 onderdelen ingevuld",
                        status: "Bezig", tone: .blue),
                    TaskItem(
                        title: "Prioriteiten kiezen", href: nil, hint: "Kan na de veiligheidsanalyse",
                        status: "Kan nog niet", tone: .grey),
                ], id: "voorbeeld-taken")
        }
    }

    private static var banners: HTML {
        section(.id("meldingen"), .aria("labelledby", "meldingen-titel")) {
            h2(.id("meldingen-titel")) { "Meldingen" }
            p {
                "Een melding bovenaan zegt wat er net gebeurd is of wat iemand moet weten. Een geweigerd formulier "
                "krijgt geen melding maar een foutoverzicht."
            }
            Components.banner(.important, title: "Het tweede kwartaal staat open tot 15 juli.") {
                p { "Trekkers van maatregelen kunnen hun voortgang nu bijwerken." }
            }
        }
    }

    private static var formParts: HTML {
        section(.id("formulieren"), .aria("labelledby", "formulieren-titel")) {
            h2(.id("formulieren-titel")) { "Formulieronderdelen" }
            p {
                "Bij een fout komt alles wat getypt is terug, met het foutoverzicht bovenaan (het krijgt de focus) "
                "en de melding bij het veld."
            }
            FormComponents.errorSummary(
                [.init(field: "budget", message: "Vul het budget in als bedrag, bijvoorbeeld € 85.000.")],
                fieldIDs: ["budget": "voorbeeld-budget"], id: "voorbeeld-foutmeldingen")
            form(.class("styleguide-form"), .init("action", "#formulieren"), .init("method", "get")) {
                Components.input(
                    id: "voorbeeld-titel", name: "titel", label: "Titel van de maatregel",
                    value: "Buurtpreventie-app", hint: "Kort en herkenbaar, zoals in het Uitvoeringsplan.")
                Components.input(
                    id: "voorbeeld-budget", name: "budget", label: "Budget", value: "vijftigduizend",
                    width: .w10, error: "Vul het budget in als bedrag, bijvoorbeeld € 85.000.",
                    inputMode: "decimal")
                Components.input(
                    id: "voorbeeld-datum", name: "datum", label: "Datum van het raadsbesluit",
                    value: "2027-03-14", width: .w10, type: "date")
                Components.choices(
                    id: "voorbeeld-kwartalen", name: "kwartalen", legend: "In welke kwartalen loopt de maatregel?",
                    options: (1...4).map { ChoiceOption(value: "K\($0)", label: "Kwartaal \($0)") },
                    selected: ["K1", "K2"], multiple: true, hint: "Kies alle kwartalen die van toepassing zijn.")
                Components.choices(
                    id: "voorbeeld-richting", name: "richting", legend: "Wat is beter?",
                    options: [
                        ChoiceOption(value: "lager", label: "Lager", hint: "Zoals het aantal woninginbraken"),
                        ChoiceOption(value: "hoger", label: "Hoger", hint: "Zoals het veiligheidsgevoel"),
                    ], selected: ["lager"], multiple: false)
                Components.addAnother(
                    id: "voorbeeld-reeks", legend: "Gemeten waarden", keyName: "jaar", keyLabel: "Jaar",
                    valueName: "waarde", valueLabel: "Waarde", rows: [("2023", "312"), ("2024", "298")])
            }
        }
    }

    private static var tables: HTML {
        section(.id("tabellen"), .aria("labelledby", "tabellen-titel")) {
            h2(.id("tabellen-titel")) { "Tabellen en uitklapblokken" }
            p {
                "Een brede tabel schuift binnen haar eigen gebied, dat een naam heeft en met het toetsenbord te "
                "bereiken is; de pagina zelf schuift nooit opzij. Lange lijsten gaan in een uitklapblok."
            }
            Components.tableRegion(
                id: "voorbeeld-tabel", caption: "Geregistreerde woninginbraken per jaar",
                headers: ["Gebied", "2021", "2022", "2023", "2024"], numeric: [1, 2, 3, 4],
                rows: [
                    ["Centrum", "41", "38", "35", "29"].map { HTML.text($0) },
                    ["Noord", "22", "25", "19", "21"].map { HTML.text($0) },
                ])
            Components.details("Alle 12 maatregelen zonder update") {
                ul { for index in 1...12 { li { "Maatregel \(index)" } } }
            }
        }
    }
}
