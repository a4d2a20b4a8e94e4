import RegiekamerDomain

/// Checks a decoded catalogue against the method's backbone and its own cross-references.
public enum CatalogueValidator {
    /// Every problem found; empty when the catalogue is sound.
    public static func problems(in catalogue: Catalogue) -> [CatalogueError] {
        var problems: [CatalogueError] = []
        let knownThemes = Set(catalogue.themes.map(\.code))

        for (position, field) in catalogue.fields.enumerated() {
            let file = "field-\(position + 1).json"
            if field.number != position + 1 {
                problems.append(.init(file: file, entry: "number", message: "veldnummer \(field.number) verwacht \(position + 1)."))
            }
            if field.name.isBlank {
                problems.append(.init(file: file, entry: "name", message: "het veld heeft geen naam."))
            }
            let expected = (1...(MethodBackbone.themesPerField[position + 1] ?? 0)).map { ThemeCode(field: position + 1, index: $0) }
            if field.themes.map(\.code) != expected {
                let found = field.themes.map(\.code.description).joined(separator: ", ")
                let wanted = expected.map(\.description).joined(separator: ", ")
                problems.append(.init(file: file, entry: "themes", message: "thema's \(wanted) verwacht, gevonden: \(found)."))
            }
            for theme in field.themes {
                let entry = "thema \(theme.code)"
                if theme.name.isBlank {
                    problems.append(.init(file: file, entry: entry, message: "het thema heeft geen naam."))
                }
                if theme.explanation.isBlank {
                    problems.append(.init(file: file, entry: entry, message: "de uitleg ontbreekt."))
                }
                problems += linkProblems(theme.links, from: theme.code, known: knownThemes, file: file, entry: entry)
                problems += urlProblems(theme.instruments, file: file, entry: entry)
            }
            let aspectsExpected = field.number == MethodBackbone.fieldWithApproachAspects
                ? MethodBackbone.approachAspectCodes : []
            if field.aspects.map(\.code) != aspectsExpected {
                let wanted = aspectsExpected.isEmpty ? "geen" : aspectsExpected.joined(separator: ", ")
                problems.append(.init(file: file, entry: "aspects", message: "aspecten verwacht: \(wanted)."))
            }
            for aspect in field.aspects {
                if aspect.name.isBlank || aspect.explanation.isBlank {
                    problems.append(.init(file: file, entry: "aspect \(aspect.code)", message: "naam of uitleg ontbreekt."))
                }
                problems += urlProblems(aspect.instruments, file: file, entry: "aspect \(aspect.code)")
            }
        }

        let strategicFile = CatalogueLoader.strategicThemesFile
        if catalogue.strategicThemes.map(\.code) != ["S1", "S2", "S3"] {
            problems.append(.init(file: strategicFile, entry: "strategicThemes", message: "de drie strategische thema's S1, S2 en S3 verwacht."))
        }
        for theme in catalogue.strategicThemes {
            problems += linkProblems(theme.links, from: nil, known: knownThemes, file: strategicFile, entry: "strategisch thema \(theme.code)")
        }

        let guide = catalogue.workingGroup
        let groupFile = CatalogueLoader.workingGroupFile
        for (kind, partners) in [("internalPartners", guide.internalPartners), ("externalPartners", guide.externalPartners)] {
            if partners.isEmpty {
                problems.append(.init(file: groupFile, entry: kind, message: "de lijst is leeg."))
            }
            for partner in partners where !partner.fields.allSatisfy(MethodBackbone.fieldNumbers.contains) {
                problems.append(.init(file: groupFile, entry: "\(kind) \(partner.name)", message: "onbekend veldnummer in \(partner.fields)."))
            }
        }
        if guide.size.recommendedMin > guide.size.recommendedMax {
            problems.append(.init(file: groupFile, entry: "size", message: "minimum is groter dan maximum."))
        }
        for member in guide.coreGroup where !["intern", "extern"].contains(member.kind) {
            problems.append(.init(file: groupFile, entry: "coreGroup \(member.name)", message: "soort moet 'intern' of 'extern' zijn."))
        }
        problems += methodProblems(catalogue.methods, known: knownThemes)
        problems += figureTypeProblems(catalogue.figureTypes, known: knownThemes, strategic: Set(catalogue.strategicThemes.map(\.code)))
        return problems
    }

    /// Every method: a unique code, a name, at least one field and one theme that exist, the municipality's
    /// roles and the parties involved.
    /// Every figure type has a unique code and a name, and maps only to themes that exist; only totals and
    /// the population series may be without themes.
    private static func figureTypeProblems(_ types: FigureTypeCatalogue, known: Set<ThemeCode>, strategic: Set<String>) -> [CatalogueError] {
        let file = CatalogueLoader.figureTypesFile
        var problems: [CatalogueError] = []
        for source in FigureSource.allCases {
            var seen: Set<String> = []
            for type in types.types(of: source) {
                let entry = "\(source.rawValue) \(type.code)"
                if !seen.insert(type.code).inserted { problems.append(.init(file: file, entry: entry, message: "de code komt dubbel voor.")) }
                if type.name.isBlank { problems.append(.init(file: file, entry: entry, message: "de naam ontbreekt.")) }
                if type.rationale.isBlank { problems.append(.init(file: file, entry: entry, message: "de onderbouwing ontbreekt.")) }
                for theme in type.themes where !known.contains(theme) {
                    problems.append(.init(file: file, entry: entry, message: "onbekend thema \(theme)."))
                }
                for code in type.strategicThemes where !strategic.contains(code) {
                    problems.append(.init(file: file, entry: entry, message: "onbekend strategisch thema \(code)."))
                }
                let exempt = type.isTotal || (source == .own && type.code == FigureTypeCatalogue.populationCode)
                if !exempt && type.themes.isEmpty && type.strategicThemes.isEmpty {
                    problems.append(.init(file: file, entry: entry, message: "het type is aan geen enkel thema gekoppeld."))
                }
                if source == .cbs && !FigureCodeRules.isCrimeTypeCode(type.code)
                    && !FigureCodeRules.isCrimeTypeCode83648(type.code)
                {
                    problems.append(
                        .init(file: file, entry: entry, message: "'\(type.code)' is geen code van de vorm 1.1.1 of 1010100."))
                }
            }
        }
        return problems
    }

    private static func methodProblems(_ methods: [SafetyMethod], known: Set<ThemeCode>) -> [CatalogueError] {
        let file = CatalogueLoader.methodsFile
        var problems: [CatalogueError] = []
        var seen: Set<String> = []
        for method in methods {
            let entry = "methode \(method.code)"
            if !seen.insert(method.code).inserted {
                problems.append(.init(file: file, entry: entry, message: "de code komt twee keer voor."))
            }
            if method.name.isBlank || method.goal.isBlank {
                problems.append(.init(file: file, entry: entry, message: "naam of doel ontbreekt."))
            }
            if method.fields.isEmpty || !method.fields.allSatisfy(MethodBackbone.fieldNumbers.contains) {
                problems.append(.init(file: file, entry: entry, message: "kies velden uit 1 tot en met 5."))
            }
            if method.roles.isEmpty { problems.append(.init(file: file, entry: entry, message: "de rol van de gemeente ontbreekt.")) }
            if method.parties.isEmpty { problems.append(.init(file: file, entry: entry, message: "de betrokken partijen ontbreken.")) }
            if method.themes.isEmpty { problems.append(.init(file: file, entry: entry, message: "het dient geen enkel thema.")) }
            for theme in method.themes where !known.contains(theme) {
                problems.append(.init(file: file, entry: entry, message: "verwijzing naar onbekend thema \(theme)."))
            }
        }
        return problems
    }

    private static func linkProblems(
        _ links: [ThemeCode], from source: ThemeCode?, known: Set<ThemeCode>, file: String, entry: String
    ) -> [CatalogueError] {
        var problems: [CatalogueError] = []
        for link in links where !known.contains(link) {
            problems.append(.init(file: file, entry: entry, message: "verwijzing naar onbekend thema \(link)."))
        }
        if let source, links.contains(source) {
            problems.append(.init(file: file, entry: entry, message: "het thema verwijst naar zichzelf."))
        }
        if Set(links).count != links.count {
            problems.append(.init(file: file, entry: entry, message: "een verwijzing staat er dubbel in."))
        }
        return problems
    }

    private static func urlProblems(_ instruments: [Instrument], file: String, entry: String) -> [CatalogueError] {
        instruments.compactMap { instrument in
            guard let url = instrument.url else { return nil }
            let valid = (url.hasPrefix("https://") || url.hasPrefix("http://")) && !url.contains(" ")
            return valid ? nil : .init(file: file, entry: entry, message: "ongeldige URL '\(url)' bij '\(instrument.name)'.")
        }
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
