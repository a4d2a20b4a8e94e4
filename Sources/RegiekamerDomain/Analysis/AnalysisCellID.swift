/// One cell of the safety analysis: a theme, or one of field 1's approach aspects.
public enum AnalysisCellID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case theme(ThemeCode)
    case aspect(Int)

    /// `2.1` for a theme, `A3` for an aspect; used in URLs and storage.
    public var key: String {
        switch self {
        case .theme(let code): code.description
        case .aspect(let number): "A\(number)"
        }
    }

    public init?(key: String) {
        if key.hasPrefix("A"), let number = Int(key.dropFirst()), (1...MethodBackbone.approachAspectCount).contains(number) {
            self = .aspect(number)
        } else if let code = ThemeCode(key), MethodBackbone.themeCodes.contains(code) {
            self = .theme(code)
        } else {
            return nil
        }
    }

    public var description: String { key }

    /// The field the cell belongs to.
    public var field: Int {
        switch self {
        case .theme(let code): code.field
        case .aspect: MethodBackbone.fieldWithApproachAspects
        }
    }

    /// Which of the three questions this cell answers: field 1's themes only the first, its aspects the
    /// second and third, every other theme all three.
    public var questions: [AnalysisQuestion] {
        switch self {
        case .theme(let code) where code.field == MethodBackbone.fieldWithApproachAspects: [.problems]
        case .theme: AnalysisQuestion.allCases
        case .aspect: [.approach, .additions]
        }
    }

    /// Every cell of the analysis in report order: field 1's themes, its aspects, then fields 2–5.
    public static var all: [AnalysisCellID] {
        let themes = MethodBackbone.themeCodes
        let fieldOne = themes.filter { $0.field == MethodBackbone.fieldWithApproachAspects }.map(AnalysisCellID.theme)
        let aspects = (1...MethodBackbone.approachAspectCount).map(AnalysisCellID.aspect)
        let others = themes.filter { $0.field != MethodBackbone.fieldWithApproachAspects }.map(AnalysisCellID.theme)
        return fieldOne + aspects + others
    }

    public static func < (lhs: AnalysisCellID, rhs: AnalysisCellID) -> Bool {
        let order = all
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

/// The three questions of the drieslag.
public enum AnalysisQuestion: Int, CaseIterable, Sendable {
    case problems = 1
    case approach = 2
    case additions = 3

    public var title: String {
        switch self {
        case .problems: "Problematiek"
        case .approach: "Huidige aanpak en knelpunten"
        case .additions: "Mogelijke aanvullingen"
        }
    }

    /// A prompt in our own words.
    public var prompt: String {
        switch self {
        case .problems: "Waar hebben inwoners last van? Beschrijf wat de cijfers laten zien en wat partners en bewoners signaleren."
        case .approach: "Wat doen gemeente en partners nu al, met welke kaders en maatregelen, en waar loopt het vast?"
        case .additions: "Wat zou de aanpak versterken? Denk aan nieuwe maatregelen, betere samenwerking of een andere inzet."
        }
    }

    /// Form field and storage name.
    public var fieldName: String {
        switch self {
        case .problems: "problematiek"
        case .approach: "aanpak"
        case .additions: "extra"
        }
    }
}
