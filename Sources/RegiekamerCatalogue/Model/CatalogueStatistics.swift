/// Counts over the catalogue, for `regiekamer catalogue check` and reports.
public struct CatalogueStatistics: Equatable, Sendable {
    public let fields: Int
    public let themes: Int
    public let aspects: Int
    public let strategicThemes: Int
    public let listedLinks: Int
    public let connections: Int
    public let measures: Int
    public let laws: Int
    public let distinctPartners: Int
    public let effectIndicators: Int
    public let instruments: Int
    public let methods: Int

    public init(_ catalogue: Catalogue) {
        let themes = catalogue.themes
        let aspects = catalogue.aspects
        fields = catalogue.fields.count
        self.themes = themes.count
        self.aspects = aspects.count
        strategicThemes = catalogue.strategicThemes.count
        listedLinks = catalogue.linkGraph.listedLinkCount
        connections = catalogue.linkGraph.connectionCount
        measures = themes.map(\.measures.count).reduce(0, +) + aspects.map(\.measures.count).reduce(0, +)
        laws = themes.map(\.laws.count).reduce(0, +) + aspects.map(\.laws.count).reduce(0, +)
        let partnerNames = themes.flatMap { $0.partners.internal + $0.partners.external }
            + aspects.flatMap { $0.partners.internal + $0.partners.external }
        distinctPartners = Set(partnerNames.map { $0.lowercased() }).count
        effectIndicators = themes.map(\.effectIndicators.count).reduce(0, +)
        instruments = themes.map(\.instruments.count).reduce(0, +) + aspects.map(\.instruments.count).reduce(0, +)
        methods = catalogue.methods.count
    }

    /// One line per count, Dutch labels.
    public var summary: String {
        """
        Catalogus in orde.
        velden: \(fields)
        thema's: \(themes)
        aspecten (veld 1): \(aspects)
        strategische thema's: \(strategicThemes)
        raakvlakken (zoals vermeld): \(listedLinks)
        verbindingen (ongericht): \(connections)
        maatregelen: \(measures)
        wetten en regels (vermeldingen): \(laws)
        verschillende partners: \(distinctPartners)
        effectindicatoren: \(effectIndicators)
        instrumenten: \(instruments)
        methoden: \(methods)
        """
    }
}
