/// The fixed structure of Kernbeleid Veiligheid: five safety fields with a known number of themes each,
/// and six approach aspects for field 1. The catalogue is validated against this.
public enum MethodBackbone {
    /// Number of themes per field, as numbered in the handbook (1.1–1.4, 2.1–2.5, 3.1–3.4, 4.1–4.4, 5.1–5.5).
    public static let themesPerField: [Int: Int] = [1: 4, 2: 5, 3: 4, 4: 4, 5: 5]

    /// Field numbers in order.
    public static let fieldNumbers: [Int] = [1, 2, 3, 4, 5]

    /// Every theme code of the method, in handbook order (22 in total).
    public static var themeCodes: [ThemeCode] {
        fieldNumbers.flatMap { field in
            (1...themesPerField[field, default: 0]).map { ThemeCode(field: field, index: $0) }
        }
    }

    /// Number of approach aspects of field 1.
    public static let approachAspectCount = 6

    /// Codes of field 1's approach aspects (`A1` … `A6`).
    public static var approachAspectCodes: [String] {
        (1...approachAspectCount).map { "A\($0)" }
    }

    /// The field whose themes are analysed per theme for question 1 only, and per aspect for questions 2 and 3.
    public static let fieldWithApproachAspects = 1
}
