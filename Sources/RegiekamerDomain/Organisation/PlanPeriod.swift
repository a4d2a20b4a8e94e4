/// The years a trajectory's plan covers, e.g. 2027–2030.
public struct PlanPeriod: Hashable, Sendable, CustomStringConvertible {
    public let startYear: Int
    public let endYear: Int

    /// Plans usually run four years; the method allows other lengths, but not more than this.
    public static let maximumYears = 8

    /// Validates the period; the error message is Dutch and names the field.
    public static func validated(startYear: Int, endYear: Int) -> Result<PlanPeriod, ValidationFailure> {
        guard (2000...2100).contains(startYear) else {
            return .failure(ValidationFailure(field: "beginjaar", message: "Het beginjaar moet tussen 2000 en 2100 liggen."))
        }
        guard endYear >= startYear else {
            return .failure(ValidationFailure(field: "eindjaar", message: "Het eindjaar mag niet vóór het beginjaar liggen."))
        }
        guard endYear - startYear + 1 <= maximumYears else {
            return .failure(ValidationFailure(
                field: "eindjaar", message: "Een planperiode duurt hoogstens \(maximumYears) jaar."))
        }
        return .success(PlanPeriod(startYear: startYear, endYear: endYear))
    }

    private init(startYear: Int, endYear: Int) {
        self.startYear = startYear
        self.endYear = endYear
    }

    public var years: Int { endYear - startYear + 1 }

    public var description: String { "\(startYear)–\(endYear)" }
}
