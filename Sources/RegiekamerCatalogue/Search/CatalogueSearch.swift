import Foundation
import RegiekamerDomain

/// Where in the catalogue a search hit points.
public enum CatalogueLocation: Hashable, Sendable {
    case theme(ThemeCode)
    case aspect(String)
    case strategicTheme(String)
}

/// What kind of catalogue item matched a search.
public enum CatalogueHitKind: String, CaseIterable, Sendable {
    case theme, measure, law, partner, instrument, indicator

    /// Dutch heading for a group of hits.
    public var label: String {
        switch self {
        case .theme: "Thema's en aspecten"
        case .measure: "Maatregelen"
        case .law: "Wet- en regelgeving"
        case .partner: "Partners"
        case .instrument: "Instrumenten"
        case .indicator: "Effectindicatoren"
        }
    }
}

/// One match: the matched text and the theme, aspect or strategic theme it belongs to.
public struct CatalogueHit: Hashable, Sendable {
    public let kind: CatalogueHitKind
    public let text: String
    public let location: CatalogueLocation
    public let locationTitle: String
}

/// Case- and accent-insensitive search over the catalogue's themes, measures, laws, partners, instruments
/// and indicators. Every word of the query must occur in the matched text.
public struct CatalogueSearch: Sendable {
    private struct Entry: Sendable {
        let hit: CatalogueHit
        let folded: String
    }

    private let entries: [Entry]

    public init(catalogue: Catalogue) {
        var entries: [Entry] = []
        func add(_ kind: CatalogueHitKind, _ texts: [String], _ location: CatalogueLocation, _ title: String) {
            for text in texts {
                let hit = CatalogueHit(kind: kind, text: text, location: location, locationTitle: title)
                entries.append(Entry(hit: hit, folded: Self.fold(text)))
            }
        }
        for theme in catalogue.themes {
            let location = CatalogueLocation.theme(theme.code)
            add(.theme, ["\(theme.title) — \(theme.explanation)"], location, theme.title)
            add(.measure, theme.measures.map(\.text), location, theme.title)
            add(.law, theme.laws, location, theme.title)
            add(.partner, theme.partners.internal + theme.partners.external, location, theme.title)
            add(.instrument, theme.instruments.map(\.name), location, theme.title)
            add(.indicator, theme.effectIndicators.map(\.text), location, theme.title)
        }
        for aspect in catalogue.aspects {
            let location = CatalogueLocation.aspect(aspect.code)
            let title = "Aspect \(aspect.number) \(aspect.name)"
            add(.theme, ["\(title) — \(aspect.explanation)"], location, title)
            add(.measure, aspect.measures.map(\.text), location, title)
            add(.law, aspect.laws, location, title)
            add(.partner, aspect.partners.internal + aspect.partners.external, location, title)
            add(.instrument, aspect.instruments.map(\.name), location, title)
        }
        for strategic in catalogue.strategicThemes {
            let location = CatalogueLocation.strategicTheme(strategic.code)
            add(.theme, ["\(strategic.name) — \(strategic.explanation)"], location, strategic.name)
            add(.measure, strategic.approach, location, strategic.name)
            add(.instrument, strategic.instruments.map(\.name), location, strategic.name)
        }
        self.entries = entries
    }

    /// Hits for `query`, in catalogue order; empty for a blank query.
    public func search(_ query: String, limit: Int = 200) -> [CatalogueHit] {
        let words = Self.fold(query).split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return [] }
        return Array(entries.lazy.filter { entry in words.allSatisfy(entry.folded.contains) }.map(\.hit).prefix(limit))
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl_NL"))
    }
}
