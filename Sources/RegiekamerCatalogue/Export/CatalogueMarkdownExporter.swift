import RegiekamerDomain

/// Writes the catalogue as a readable Markdown summary of the handbook: fields, themes with all their
/// attributes, field 1's aspects, the strategic themes and the working-group guide.
public enum CatalogueMarkdownExporter {
    public static func export(_ catalogue: Catalogue) -> String {
        var out = MarkdownWriter()
        out.heading(1, "Kennisbank Kernbeleid Veiligheid")
        out.paragraph("""
            \(catalogue.fields.count) veiligheidsvelden, \(catalogue.themes.count) thema's, \
            \(catalogue.aspects.count) aspecten van de aanpak in veld 1 en \(catalogue.strategicThemes.count) strategische thema's.
            """)
        for field in catalogue.fields {
            out.heading(2, "Veld \(field.number): \(field.name)")
            out.paragraph(field.summary)
            for theme in field.themes { write(theme, to: &out, catalogue: catalogue) }
            for aspect in field.aspects { write(aspect, to: &out) }
        }
        out.heading(2, "Strategische thema's")
        for theme in catalogue.strategicThemes {
            out.heading(3, theme.name)
            out.paragraph(theme.explanation)
            out.list("Verschijningsvormen", theme.forms)
            out.list("Beleidsdoelen", theme.policyGoals)
            out.list("Aanpak", theme.approach)
            out.list("Plaats in het IVP", theme.inThePlan)
            out.list("Instrumenten", theme.instruments.map(describe))
            out.list("Verwante thema's", theme.links.map { title(of: $0, in: catalogue) })
        }
        out.heading(2, "Methoden")
        for method in catalogue.methods {
            out.heading(3, method.name)
            out.paragraph(method.goal)
            out.paragraph(method.approach)
            out.list("Stappen", method.steps)
            out.list("Kenmerken", [
                "Object: \(method.object.label)",
                "Samenwerking: \(method.cooperation.map(\.label).joined(separator: ", "))",
                "Rol gemeente: \(method.roles.map(\.label).joined(separator: ", "))",
                "Partijen: \(method.parties.map(\.label).joined(separator: ", "))",
            ])
            out.list("Dient de thema's", method.themes.map { title(of: $0, in: catalogue) })
        }
        let guide = catalogue.workingGroup
        out.heading(2, "Samenstelling van de werkgroep")
        out.paragraph("Aanbevolen omvang: \(guide.size.recommendedMin)–\(guide.size.recommendedMax) personen. \(guide.size.note)")
        out.list("Kerngroep", guide.coreGroup.map { "\($0.name) (\($0.kind)): \($0.reason)" })
        out.list("Interne partners", guide.internalPartners.map { "\($0.name) — velden \(fieldList($0.fields)): \($0.reason)" })
        out.list("Externe partners", guide.externalPartners.map { "\($0.name) — velden \(fieldList($0.fields)): \($0.reason)" })
        out.list("Aandachtspunten", guide.considerations)
        return out.text
    }

    private static func write(_ theme: SafetyTheme, to out: inout MarkdownWriter, catalogue: Catalogue) {
        out.heading(3, theme.title)
        out.paragraph(theme.explanation)
        out.list("Rol van de gemeente", theme.municipalityRole)
        out.list("Interne partners", theme.partners.internal)
        out.list("Externe partners", theme.partners.external)
        out.list("Wet- en regelgeving", theme.laws)
        out.list("Maatregelen", theme.measures.map(describe))
        out.list("Bronnen voor effectinformatie", theme.effectSources)
        out.list("Mogelijke effectindicatoren", theme.effectIndicators.map { "\($0.text) (\($0.source.label))" })
        out.list("Instrumenten", theme.instruments.map(describe))
        out.list("Raakvlakken", theme.links.map { title(of: $0, in: catalogue) })
        out.list("Belangrijke ontwikkelingen", theme.developments)
    }

    private static func write(_ aspect: ApproachAspect, to out: inout MarkdownWriter) {
        out.heading(3, "Aspect \(aspect.number): \(aspect.name)")
        out.paragraph(aspect.explanation)
        out.list("Rol van de gemeente", aspect.municipalityRole)
        out.list("Interne partners", aspect.partners.internal)
        out.list("Externe partners", aspect.partners.external)
        out.list("Wet- en regelgeving", aspect.laws)
        out.list("Maatregelen", aspect.measures.map(describe))
        out.list("Instrumenten", aspect.instruments.map(describe))
        out.list("Belangrijke ontwikkelingen", aspect.developments)
    }

    private static func describe(_ measure: Measure) -> String {
        measure.scope.map { "\(measure.text) (\($0.rawValue))" } ?? measure.text
    }

    private static func describe(_ instrument: Instrument) -> String {
        instrument.url.map { "[\(instrument.name)](\($0))" } ?? instrument.name
    }

    private static func title(of code: ThemeCode, in catalogue: Catalogue) -> String {
        catalogue.theme(code)?.title ?? code.description
    }

    private static func fieldList(_ fields: [Int]) -> String {
        fields.map(String.init).joined(separator: ", ")
    }
}

/// Accumulates Markdown text; lists with no items are left out, so empty handbook cells stay empty.
struct MarkdownWriter {
    private(set) var text = ""

    mutating func heading(_ level: Int, _ title: String) {
        text += "\(String(repeating: "#", count: level)) \(title)\n\n"
    }

    mutating func paragraph(_ body: String) {
        guard !body.isBlank else { return }
        text += "\(body)\n\n"
    }

    mutating func list(_ title: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        text += "**\(title)**\n\n" + items.map { "- \($0)\n" }.joined() + "\n"
    }
}
