/// Everything the analysis report shows, in report order, gathered by the web layer.
public struct AnalysisReportContent: Sendable {
    /// A theme or aspect with its answers and figures.
    public struct Cell: Sendable {
        public let title: String
        public let status: String
        /// Question title and answer, for the questions that apply to the cell.
        public let answers: [(question: String, text: String)]
        /// Rows of indicator, source, years, values.
        public let figures: [[String]]

        public init(title: String, status: String, answers: [(question: String, text: String)], figures: [[String]]) {
            self.title = title
            self.status = status
            self.answers = answers
            self.figures = figures
        }
    }

    /// A candidate priority as listed at the end of a field.
    public struct Candidate: Sendable {
        public let title: String
        public let motivation: String
        public let themes: [String]

        public init(title: String, motivation: String, themes: [String]) {
            self.title = title
            self.motivation = motivation
            self.themes = themes
        }
    }

    /// One field: its cells and its conclusion.
    public struct Field: Sendable {
        public let title: String
        public let cells: [Cell]
        public let candidates: [Candidate]

        public init(title: String, cells: [Cell], candidates: [Candidate]) {
            self.title = title
            self.cells = cells
            self.candidates = candidates
        }
    }

    public let municipalityName: String
    public let trajectoryName: String
    public let summary: String
    public let readyCells: Int
    public let totalCells: Int
    public let fields: [Field]

    public init(municipalityName: String, trajectoryName: String, summary: String, readyCells: Int, totalCells: Int, fields: [Field]) {
        self.municipalityName = municipalityName
        self.trajectoryName = trajectoryName
        self.summary = summary
        self.readyCells = readyCells
        self.totalCells = totalCells
        self.fields = fields
    }
}
