/// The report of a priority session for participants and the working group: format, result, chosen
/// priorities, clusters of other strategic themes, and the Driehoek's view.
public enum SessionReportDocument {
    /// What the report shows, gathered by the web layer.
    public struct Content: Sendable {
        public let municipalityName: String
        public let trajectoryName: String
        /// Label and value pairs describing the session's format.
        public let format: [(String, String)]
        /// Place, candidate, score, supporters.
        public let result: [[String]]
        public let ballots: Int
        public let remarks: [String]
        public let priorities: [(title: String, themes: String)]
        public let motivation: String
        public let clusters: [(name: String, themes: String)]
        public let excluded: [(theme: String, reason: String)]
        public let driehoekView: String

        public init(
            municipalityName: String, trajectoryName: String, format: [(String, String)], result: [[String]], ballots: Int,
            remarks: [String], priorities: [(title: String, themes: String)], motivation: String, clusters: [(name: String, themes: String)],
            excluded: [(theme: String, reason: String)], driehoekView: String
        ) {
            self.municipalityName = municipalityName
            self.trajectoryName = trajectoryName
            self.format = format
            self.result = result
            self.ballots = ballots
            self.remarks = remarks
            self.priorities = priorities
            self.motivation = motivation
            self.clusters = clusters
            self.excluded = excluded
            self.driehoekView = driehoekView
        }
    }

    public static func make(_ content: Content) -> WordDocument {
        var document = WordDocument(title: "Verslag prioriteringssessie \(content.trajectoryName)", headerText: content.municipalityName)
        document.append(.title("Verslag prioriteringssessie \(content.trajectoryName)"))
        document.append(.heading(level: 1, text: "Opzet van de sessie"))
        document.append(.table(.init(headers: ["Onderdeel", "Invulling"], rows: content.format.map { [$0.0, $0.1] }, columnWeights: [1, 2.5])))
        document.append(.heading(level: 1, text: "Uitslag"))
        document.append(.paragraph([.init("Aantal uitgebrachte stemmen: \(content.ballots).")]))
        document.append(.table(.init(headers: ["Plaats", "Kandidaat", "Score", "Stemmers"], rows: content.result, columnWeights: [0.6, 3, 0.8, 0.8])))
        if !content.remarks.isEmpty {
            document.append(.heading(level: 2, text: "Opmerkingen van deelnemers"))
            document.append(.bulletList(content.remarks))
        }
        document.append(.heading(level: 1, text: "Gekozen prioriteiten"))
        if content.priorities.isEmpty {
            document.append(.paragraph([.init("Nog niet vastgesteld.", italic: true)]))
        } else {
            document.append(.numberedList(content.priorities.map { $0.themes.isEmpty ? $0.title : "\($0.title) (\($0.themes))" }))
        }
        if !content.motivation.isEmpty { document.appendText(content.motivation) }
        document.append(.heading(level: 1, text: "Overige strategische thema's"))
        document.append(.table(.init(headers: ["Cluster", "Thema's"], rows: content.clusters.map { [$0.name, $0.themes] }, columnWeights: [1.2, 3])))
        if !content.excluded.isEmpty {
            document.append(.heading(level: 2, text: "Niet opgenomen"))
            document.append(.bulletList(content.excluded.map { "\($0.theme): \($0.reason)" }))
        }
        document.append(.heading(level: 1, text: "Zienswijze van de Driehoek"))
        if content.driehoekView.isEmpty {
            document.append(.paragraph([.init("Nog niet vastgelegd.", italic: true)]))
        } else {
            document.appendText(content.driehoekView)
        }
        return document
    }
}
