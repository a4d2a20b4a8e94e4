/// The policy cycle of a trajectory drawn as a calendar: the season's activities of every plan year. The method's
/// default is a four-year IVP with a yearly Uitvoeringsplan; the Amersfoort note describes a two-year rhythm
/// (analyse, prioritise and plan in the first year, act, and evaluate at the end of the second).
public enum PolicyCycle {
    public enum Rhythm: String, CaseIterable, Sendable {
        case yearly = "jaarlijks"
        case twoYearly = "tweejaarlijks"

        public var label: String { self == .yearly ? "Jaarlijks uitvoeringsplan (standaard)" : "Tweejarig ritme (analyseren, prioriteren, uitvoeren, evalueren)" }
    }

    /// What happens in the cycle.
    public enum Kind: String, Sendable {
        case figures = "cijfers verzamelen"
        case analysis = "analyse en evaluatie"
        case decision = "besluitvorming"
        case planning = "uitvoeringsplan opstellen"
        case execution = "uitvoering"
        case progress = "voortgangsoverleg"
    }

    /// One activity, from the first day of `startMonth` to the last day of `endMonth` of `year`.
    public struct Activity: Hashable, Sendable {
        public let year: Int
        public let startMonth: Int
        public let endMonth: Int
        public let kind: Kind
        public let title: String
    }

    public static func activities(period: PlanPeriod, rhythm: Rhythm) -> [Activity] {
        var result: [Activity] = []
        for year in period.startYear...period.endYear {
            let index = year - period.startYear
            result.append(Activity(year: year, startMonth: 1, endMonth: 12, kind: .execution, title: "Uitvoering van de maatregelen \(year)"))
            for (number, month) in [(1, 3), (2, 6), (3, 9), (4, 12)] {
                result.append(Activity(year: year, startMonth: month, endMonth: month, kind: .progress, title: "Voortgangsoverleg \(number)e kwartaal \(year)"))
            }
            let evaluationYear = rhythm == .yearly || index % 2 == 1
            if evaluationYear || year == period.endYear {
                result.append(Activity(year: year, startMonth: 1, endMonth: 2, kind: .figures, title: "Cijfers verzamelen: politie, CBS en eigen registraties over \(year - 1)"))
                result.append(Activity(year: year, startMonth: 3, endMonth: 4, kind: .analysis, title: rhythm == .yearly ? "Jaarbeeld \(year - 1) en tussentijdse evaluatie" : "Evaluatie van de afgelopen twee jaar en nieuwe analyse"))
            }
            if rhythm == .yearly || index % 2 == 0 {
                result.append(Activity(year: year, startMonth: 5, endMonth: 6, kind: .decision, title: rhythm == .yearly ? "Voorjaarsnota: bijsturen op prioriteiten en budget" : "Prioriteiten voor de komende twee jaar vaststellen"))
            }
            if year < period.endYear && (rhythm == .yearly || index % 2 == 1) {
                result.append(Activity(year: year, startMonth: 9, endMonth: 11, kind: .planning, title: "Uitvoeringsplan \(year + 1) opstellen en door het college laten vaststellen"))
            }
        }
        return result.sorted { ($0.year, $0.startMonth, $0.kind.rawValue) < ($1.year, $1.startMonth, $1.kind.rawValue) }
    }
}
