/// Every theme's registered-crime figures for one area, as the figures overview and the plan's baselines read them.
public struct ThemeOverview: Sendable {
    public let area: String
    public let themes: [(theme: ThemeCode, figures: SeriesFigures)]
    /// All registered crime (`0.0.0`), the method's overarching indicator.
    public let total: SeriesFigures
    public let population: [Int: Double]
    /// The area's observations per series, for the theme pages' detail.
    public let observations: [SeriesKey: [PackedObservation]]

    public init(
        area: String, themes: [(theme: ThemeCode, figures: SeriesFigures)], total: SeriesFigures,
        population: [Int: Double], observations: [SeriesKey: [PackedObservation]]
    ) {
        self.area = area
        self.themes = themes
        self.total = total
        self.population = population
        self.observations = observations
    }
}
