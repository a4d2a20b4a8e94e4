import Foundation

/// A project's settings as entered, before validation.
public struct ProjectDraft: Equatable, Sendable {
    public var name: String
    public var kind: String
    public var focus: String
    public var area: String
    public var themes: String
    public var subject: String
    public var methodCode: String
    public var description: String

    public init(name: String, kind: String, focus: String, area: String, themes: String, subject: String = "", methodCode: String = "", description: String = "") {
        self.name = name
        self.kind = kind
        self.focus = focus
        self.area = area
        self.themes = themes
        self.subject = subject
        self.methodCode = methodCode
        self.description = description
    }
}

/// A validated project's settings.
public struct ProjectSettings: Equatable, Sendable, Codable {
    public let name: String
    public let kind: ProjectKind
    public let focus: ProjectFocus
    public let area: String
    public let themes: [ThemeCode]
    public let subject: String
    public let methodCode: String
    public let description: String

    public var themesText: String { themes.map(\.description).joined(separator: ", ") }
}

/// A problem a partner reports in step 1.
public struct ProjectProblem: Equatable, Sendable, Codable {
    public var title: String
    public var location: String
    public var timing: String
    public var affected: String
    public var evidence: String

    public init(title: String, location: String, timing: String, affected: String, evidence: String) {
        self.title = title
        self.location = location
        self.timing = timing
        self.affected = affected
        self.evidence = evidence
    }
}

/// Something a partner already does (step 3) and why it is not enough.
public struct CurrentMeasure: Equatable, Sendable, Codable {
    public var title: String
    public var partner: String
    public var shortfall: Shortfall
    public var explanation: String

    public init(title: String, partner: String, shortfall: Shortfall, explanation: String) {
        self.title = title
        self.partner = partner
        self.shortfall = shortfall
        self.explanation = explanation
    }
}

/// An objective of step 4: its text, the SMART answers and the three things that make it checkable.
public struct ProjectObjective: Equatable, Sendable, Codable {
    public var text: String
    public var smart: SmartAnswers
    /// How it is measured (indicator or source).
    public var measure: String
    /// The value that counts as success.
    public var norm: String
    /// When it must be reached.
    public var deadline: String

    public init(text: String, smart: SmartAnswers, measure: String, norm: String, deadline: String) {
        self.text = text
        self.smart = smart
        self.measure = measure
        self.norm = norm
        self.deadline = deadline
    }
}

/// A measure the group agrees in step 5.
public struct ProjectMeasureDraft: Equatable, Sendable, Codable {
    public var title: String
    public var owner: String
    public var partners: String
    public var planning: String
    public var cost: Double?

    public init(title: String, owner: String, partners: String, planning: String, cost: Double?) {
        self.title = title
        self.owner = owner
        self.partners = partners
        self.planning = planning
        self.cost = cost
    }
}

/// The rules of local safety projects. Messages are Dutch and name the field.
public enum ProjectRules {
    private static func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    private static func clean(_ text: String, _ limit: Int = 2_000) -> String {
        String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
    }

    /// Checks a project's settings: a name, a kind, what it aims at, the area or group, and valid theme codes.
    /// A neighbourhood safety plan must name a neighbourhood or district.
    public static func validate(_ draft: ProjectDraft) -> Result<ProjectSettings, ValidationFailures> {
        var failures: [ValidationFailure] = []
        if blank(draft.name) { failures.append(.init(field: "naam", message: "Naam: geef het project een naam.")) }
        let kind = ProjectKind(rawValue: draft.kind)
        if kind == nil { failures.append(.init(field: "soort", message: "Soort: kies lokaal project of wijkveiligheidsplan.")) }
        let focus = ProjectFocus(rawValue: draft.focus)
        if focus == nil { failures.append(.init(field: "richting", message: "Gericht op: kies buurt, wijk, plek of doelgroep.")) }
        if blank(draft.area) { failures.append(.init(field: "gebied", message: "Gebied of doelgroep: vul in waar of op wie het project zich richt.")) }
        if kind == .neighbourhoodPlan, let focus, focus != .neighbourhood && focus != .district {
            failures.append(.init(field: "richting", message: "Gericht op: een wijkveiligheidsplan gaat over een buurt of wijk."))
        }
        var themes: [ThemeCode] = []
        for part in draft.themes.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
            if let code = ThemeCode(String(part)) { themes.append(code) } else {
                failures.append(.init(field: "themas", message: "Thema's: '\(part)' is geen themacode zoals 2.3."))
            }
        }
        guard failures.isEmpty, let kind, let focus else { return .failure(ValidationFailures(failures)) }
        return .success(ProjectSettings(
            name: clean(draft.name, 200), kind: kind, focus: focus, area: clean(draft.area, 200), themes: Array(Set(themes)).sorted(),
            subject: clean(draft.subject, 200), methodCode: clean(draft.methodCode, 40), description: clean(draft.description, 10_000)))
    }

    /// A problem needs a description and at least where, when or who: otherwise the group cannot weigh it.
    public static func problems(_ problem: ProjectProblem) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if blank(problem.title) { failures.append(.init(field: "probleem", message: "Probleem: beschrijf wat er speelt.")) }
        if blank(problem.location) && blank(problem.timing) && blank(problem.affected) {
            failures.append(.init(field: "waar", message: "Waar: geef aan waar of wanneer het speelt, of wie er last van heeft."))
        }
        return failures
    }

    public static func problems(_ measure: CurrentMeasure) -> [ValidationFailure] {
        blank(measure.title) ? [.init(field: "maatregel", message: "Maatregel: beschrijf wat er al gebeurt.")] : []
    }

    /// What the SMART check flags on an objective: unanswered letters, and a missing measuring instrument, norm or
    /// deadline. Shown beside every objective; it does not block saving a draft.
    public static func flags(_ objective: ProjectObjective) -> [String] {
        var flags: [String] = []
        let missing = SmartCheck.missing(objective.smart)
        if !missing.isEmpty { flags.append("SMART-letter(s) \(missing.joined(separator: ", ")) nog niet beantwoord") }
        if blank(objective.measure) { flags.append("geen meetinstrument") }
        if blank(objective.norm) { flags.append("geen norm") }
        if blank(objective.deadline) { flags.append("geen termijn") }
        return flags
    }

    /// Refuses an objective without text, and one marked as SMART while a letter, its measure, norm or deadline is
    /// missing.
    public static func problems(_ objective: ProjectObjective, markedSmart: Bool) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if blank(objective.text) { failures.append(.init(field: "doel", message: "Doel: beschrijf wat u wilt bereiken.")) }
        guard markedSmart else { return failures }
        for letter in SmartCheck.missing(objective.smart) {
            let word = SmartCheck.letters.first { $0.letter == letter }?.word ?? letter
            failures.append(.init(field: "smart\(letter)", message: "\(letter) (\(word)): beantwoord deze letter voordat u het doel als SMART opslaat."))
        }
        if blank(objective.measure) { failures.append(.init(field: "meetinstrument", message: "Meetinstrument: een SMART doel zegt hoe het gemeten wordt.")) }
        if blank(objective.norm) { failures.append(.init(field: "norm", message: "Norm: een SMART doel noemt de waarde die als geslaagd telt.")) }
        if blank(objective.deadline) { failures.append(.init(field: "termijn", message: "Termijn: een SMART doel zegt wanneer het bereikt moet zijn.")) }
        return failures
    }

    /// A measure needs a title and, when it is adopted, an owner.
    public static func problems(_ measure: ProjectMeasureDraft, adopting: Bool) -> [ValidationFailure] {
        var failures: [ValidationFailure] = []
        if blank(measure.title) { failures.append(.init(field: "titel", message: "Maatregel: geef de maatregel een titel.")) }
        if let cost = measure.cost, cost < 0 { failures.append(.init(field: "kosten", message: "Kosten: kunnen niet negatief zijn.")) }
        if adopting && blank(measure.owner) {
            failures.append(.init(field: "eigenaar", message: "Eigenaar: een maatregel wordt pas vastgesteld als er een eigenaar is."))
        }
        return failures
    }

    /// An amount as Dutch people type it ("€ 12.500,50", "1500"); nil when it is not a number or beyond what
    /// `DutchNumberText` accepts.
    public static func amount(_ text: String) -> Double? {
        DutchNumberText.parse(text.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: ""), groupedThousands: true)
    }

    /// Whether the subject may open a project: the municipality's coordinators (and instance administrators) open
    /// every project; everyone else only projects they take part in.
    public static func canOpen(_ subject: Subject, municipality: UUID, isParticipant: Bool) -> Bool {
        guard AccessPolicy.canSee(subject, municipality: municipality) else { return false }
        return isParticipant || AccessPolicy.permits(subject, .editTrajectory, municipality: municipality)
    }
}
