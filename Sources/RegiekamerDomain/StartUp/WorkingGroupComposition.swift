import Foundation

/// A person in the working group as the coordinator enters them.
public struct WorkingGroupMember: Equatable, Sendable {
    /// Where the person comes from.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case `internal` = "intern"
        case external = "extern"
        case resident = "bewoner"

        public var label: String {
            switch self {
            case .internal: "Interne partner (gemeente)"
            case .external: "Externe partner"
            case .resident: "Bewoner of bewonersvertegenwoordiger"
            }
        }
    }

    /// The person's part in the group.
    public enum GroupRole: String, CaseIterable, Codable, Sendable {
        case lead = "trekker"
        case member = "lid"
        case adviser = "adviseur"

        public var label: String {
            switch self {
            case .lead: "Trekker (coördinator integrale veiligheid)"
            case .member: "Lid"
            case .adviser: "Adviseur op afroep"
            }
        }
    }

    public var name: String
    public var organisation: String
    public var function: String
    public var kind: Kind
    public var groupRole: GroupRole
    public var fields: Set<Int>

    public init(name: String, organisation: String, function: String, kind: Kind, groupRole: GroupRole, fields: Set<Int>) {
        self.name = name
        self.organisation = organisation
        self.function = function
        self.kind = kind
        self.groupRole = groupRole
        self.fields = fields
    }

    /// Police officers count for the "police present" check.
    public var isPolice: Bool {
        organisation.range(of: "politie", options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }
}

/// Advice on a working group's composition. It never blocks saving.
public enum CompositionAdvice: Equatable, Sendable {
    case tooLarge(count: Int)
    case fieldNotCovered(Int)
    case noPolice
    case noLead
    case residentsAsMembers(count: Int)

    /// Dutch explanation for the page.
    public func message(fieldName: (Int) -> String) -> String {
        switch self {
        case .tooLarge(let count):
            "De werkgroep telt \(count) leden; de methode adviseert hoogstens \(WorkingGroupComposition.recommendedMaximum). Overweeg een kleine kerngroep met subwerkgroepen per veiligheidsveld."
        case .fieldNotCovered(let field):
            "Veld \(field) (\(fieldName(field))) is door niemand in de werkgroep afgedekt."
        case .noPolice:
            "De politie ontbreekt; de methode raadt aan een vertegenwoordiger van de politie op te nemen."
        case .noLead:
            "Er is geen trekker. De coördinator integrale veiligheid leidt de werkgroep en is eindredacteur."
        case .residentsAsMembers(let count):
            "\(count == 1 ? "Er staat een bewoner" : "Er staan \(count) bewoners") in de werkgroep. De handreiking raadt aan bewoners niet als lid op te nemen maar hen apart te raadplegen, omdat de werkgroep beleid voorbereidt met professionele partners."
        }
    }
}

/// Checks a working group against the method's advice; also finds duplicates, which are refused.
public enum WorkingGroupComposition {
    /// The 2021 method keeps the working group at seven or eight people.
    public static let recommendedMaximum = 8

    /// Advice for `members` given the fields the plan covers.
    public static func advice(members: [WorkingGroupMember], coveredFields: Set<Int>) -> [CompositionAdvice] {
        var advice: [CompositionAdvice] = []
        let participants = members.filter { $0.groupRole != .adviser }
        if participants.count > recommendedMaximum { advice.append(.tooLarge(count: participants.count)) }
        let covered = Set(members.filter { $0.kind != .resident }.flatMap(\.fields))
        for field in coveredFields.sorted() where !covered.contains(field) { advice.append(.fieldNotCovered(field)) }
        if !members.contains(where: \.isPolice) { advice.append(.noPolice) }
        if !members.contains(where: { $0.groupRole == .lead }) { advice.append(.noLead) }
        let residents = members.filter { $0.kind == .resident }.count
        if residents > 0 { advice.append(.residentsAsMembers(count: residents)) }
        return advice
    }

    /// Validates a new or changed member against the others: a Dutch message at the field, or nil.
    public static func validate(_ member: WorkingGroupMember, others: [WorkingGroupMember]) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if case .failure(let failure) = AccountRules.name(member.name) { failures.append(failure) }
        if member.organisation.count > AccountRules.maximumNameLength {
            failures.append(.init(field: "organisatie", message: "De organisatie mag hoogstens \(AccountRules.maximumNameLength) tekens lang zijn."))
        }
        if member.function.count > AccountRules.maximumNameLength {
            failures.append(.init(field: "functie", message: "De functie mag hoogstens \(AccountRules.maximumNameLength) tekens lang zijn."))
        }
        if !member.fields.allSatisfy(MethodBackbone.fieldNumbers.contains) {
            failures.append(.init(field: "velden", message: "Kies velden uit 1 tot en met 5."))
        }
        let key = identity(member)
        if others.contains(where: { identity($0) == key }) {
            failures.append(.init(field: "naam", message: "\(member.name.trimmingCharacters(in: .whitespaces)) van \(member.organisation.isEmpty ? "deze organisatie" : member.organisation) staat al in de werkgroep."))
        }
        return failures
    }

    private static func identity(_ member: WorkingGroupMember) -> String {
        let fold = { (text: String) in
            text.trimmingCharacters(in: .whitespacesAndNewlines).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        return fold(member.name) + "|" + fold(member.organisation)
    }
}
