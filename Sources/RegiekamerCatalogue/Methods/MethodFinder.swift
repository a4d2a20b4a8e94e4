import RegiekamerDomain

/// What a coordinator looks for in the method finder. Every set filter must match; the partners at hand rank
/// the remaining methods.
public struct MethodQuery: Equatable, Sendable {
    public var problem: MethodProblem?
    public var field: Int?
    public var theme: ThemeCode?
    public var object: MethodObject?
    public var cooperation: CooperationType?
    public var role: MunicipalRole?
    /// Partners available for the approach; methods needing fewer absent partners rank higher.
    public var partnersAtHand: Set<Party>

    public init(
        problem: MethodProblem? = nil, field: Int? = nil, theme: ThemeCode? = nil, object: MethodObject? = nil,
        cooperation: CooperationType? = nil, role: MunicipalRole? = nil, partnersAtHand: Set<Party> = []
    ) {
        self.problem = problem
        self.field = field
        self.theme = theme
        self.object = object
        self.cooperation = cooperation
        self.role = role
        self.partnersAtHand = partnersAtHand
    }
}

/// Filters and ranks methods for a query.
public enum MethodFinder {
    /// One ranked method with the partners it needs that are not at hand.
    public struct Result: Equatable, Sendable {
        public let method: SafetyMethod
        public let missingPartners: [Party]
    }

    public static func find(_ query: MethodQuery, in methods: [SafetyMethod]) -> [Result] {
        let matching = methods.filter { method in
            (query.problem.map(method.problems.contains) ?? true)
                && (query.field.map(method.fields.contains) ?? true)
                && (query.theme.map(method.themes.contains) ?? true)
                && (query.object.map { method.object == $0 } ?? true)
                && (query.cooperation.map(method.cooperation.contains) ?? true)
                && (query.role.map(method.roles.contains) ?? true)
        }
        let results = matching.map { method in
            Result(
                method: method,
                missingPartners: query.partnersAtHand.isEmpty ? [] : method.parties.filter { !query.partnersAtHand.contains($0) })
        }
        return results.sorted { lhs, rhs in
            if lhs.missingPartners.count != rhs.missingPartners.count { return lhs.missingPartners.count < rhs.missingPartners.count }
            if lhs.method.source != rhs.method.source { return lhs.method.source == .quickScan }
            return lhs.method.name.localizedCaseInsensitiveCompare(rhs.method.name) == .orderedAscending
        }
    }

    /// Methods that serve a theme, for the analysis and the implementation plan.
    public static func methods(serving theme: ThemeCode, in methods: [SafetyMethod]) -> [SafetyMethod] {
        methods.filter { $0.themes.contains(theme) }.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
    }
}
