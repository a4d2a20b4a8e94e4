import Foundation
import RegiekamerCatalogue
import RegiekamerDomain

/// What the step-3 pages show of a candidate priority.
package struct CandidateView {
    package let id: UUID
    package let title: String
    package let motivation: String
    package let themes: [String]
    package let figures: [[String]]

    /// The memberwise initializer, visible to the web target.
    package init(id: UUID, title: String, motivation: String, themes: [String], figures: [[String]]) {
        self.id = id
        self.title = title
        self.motivation = motivation
        self.themes = themes
        self.figures = figures
    }
}

/// Step 3 overview: the candidates from the analysis, the session's format, participants and state.
package enum PrioritisationPage {
    /// The session's format as the form shows it: stored, or as typed when a save was refused.
    package struct Settings {
        package var gremium: String
        package var meetingType: String
        package var decisionStatus: String
        package var method: String
        package var points: String
        package var named: Bool
        package var roles: String
        package var materials: String
        package var participants: Set<UUID>
        package var version: Int

        package init(_ session: PrioritySessionView, participants: Set<UUID>) {
            self.init(
                gremium: session.gremium, meetingType: session.meetingType, decisionStatus: session.decisionStatus,
                method: session.method.rawValue, points: String(session.pointsBudget), named: session.named,
                roles: session.roles,
                materials: session.materials, participants: participants, version: session.version)
        }

        package init(
            gremium: String, meetingType: String, decisionStatus: String, method: String, points: String, named: Bool,
            roles: String,
            materials: String, participants: Set<UUID>, version: Int
        ) {
            self.gremium = gremium
            self.meetingType = meetingType
            self.decisionStatus = decisionStatus
            self.method = method
            self.points = points
            self.named = named
            self.roles = roles
            self.materials = materials
            self.participants = participants
            self.version = version
        }
    }

    package static func render(
        municipalityID m: UUID, municipalityName: String, trajectory: TrajectoryItem, session: PrioritySessionView,
        candidates: [CandidateView], members: [(id: UUID, name: String, roles: String)], participants: Set<UUID>,
        ballots: Int,
        isCoordinator: Bool, canChair: Bool, failures: [ValidationFailure], typed: Settings? = nil, notice: String?,
        context: PageContext
    ) -> String {
        let t = trajectory.id
        let values = typed ?? Settings(session, participants: participants)
        return PageLayout.render(
            title: "Prioritering \(trajectory.name)", section: .workspace, context: context,
            breadcrumbs: StartUpNavigation.breadcrumbs(
                municipalityID: m, municipalityName: municipalityName, trajectory: trajectory)
        ) {
            h1 { "Prioritering \(trajectory.name)" }
            Components.notice(notice.map { Notice($0) })
            FormComponents.errorSummary(
                failures,
                fieldIDs: ["gremium": "gremium", "punten": "punten", "deelnemers": "deelnemers", "sessie": "gremium"])
            p {
                "Van de breedte van de analyse naar drie à vier prioriteiten voor het plan; de overige thema's worden geclusterd tot overige strategische thema's."
            }
            p {
                strong { "Sessie: " }
                "\(session.state.label) · \(session.gremium), \(session.meetingType), \(session.decisionStatus) · \(session.method.label)\(session.method == .points ? " (\(session.pointsBudget) punten)" : "") · \(participants.count) deelnemers · \(ballots) stemmen"
            }
            ul {
                li { a(href: PrioritisationPaths.vote(m, t)) { "Stemmen (deelnemers)" } }
                if !candidates.isEmpty {
                    li {
                        a(href: PrioritisationPaths.presentation(m, t, 1)) { "Presentatie: één kandidaat per scherm" }
                    }
                }
                if canChair {
                    li { a(href: PrioritisationPaths.results(m, t)) { "Uitslag voor de voorzitter (live)" } }
                }
                li { a(href: PrioritisationPaths.outcome(m, t)) { "Uitkomst: prioriteiten en clusters" } }
                li { a(href: PrioritisationPaths.outline(m, t)) { "Opzet van het IVP (hoofdstuk 4 en 5)" } }
                li { Components.documentDownloads("Sessieverslag", docx: PrioritisationPaths.report(m, t)) }
            }
            h2 { "Kandidaat-prioriteiten uit de analyse (\(candidates.count))" }
            if candidates.isEmpty {
                p(.class("empty")) { "Nog geen kandidaten; benoem ze per veld in de veiligheidsanalyse." }
            }
            ol {
                for candidate in candidates {
                    li {
                        strong { candidate.title }
                        ": \(candidate.motivation)"
                    }
                }
            }
            if isCoordinator {
                if session.state == .preparing {
                    h2 { "Opzet van de sessie" }
                    form(
                        .class("stacked"), .init("method", "post"), .init("action", PrioritisationPaths.settings(m, t))
                    ) {
                        context.csrfField
                        input(.type("hidden"), .name("versie"), .value("\(values.version)"))
                        FormComponents.select(
                            id: "gremium", name: "gremium", label: "Gremium",
                            options: ["Gemeenteraad", "College", "Gemengde groep"].map { ($0, $0) },
                            selected: values.gremium, error: FormComponents.error(for: "gremium", in: failures))
                        FormComponents.select(
                            id: "soort", name: "soort", label: "Soort bijeenkomst",
                            options: [
                                "Beeldvormende raadssessie", "Oordeelsvormende raadssessie", "Collegevergadering",
                                "Werksessie",
                            ].map { ($0, $0) }, selected: values.meetingType, error: nil)
                        FormComponents.select(
                            id: "status", name: "status", label: "Status van de uitkomst",
                            options: [("consulterend", "Consulterend"), ("besluitvormend", "Besluitvormend")],
                            selected: values.decisionStatus, error: nil)
                        FormComponents.select(
                            id: "methode", name: "methode", label: "Werkwijze",
                            options: VotingMethod.allCases.map { ($0.rawValue, $0.label) }, selected: values.method,
                            error: nil)
                        FormComponents.textField(
                            id: "punten", name: "punten", label: "Punten per deelnemer", value: values.points,
                            error: FormComponents.error(for: "punten", in: failures), type: "number")
                        div(.class("field")) {
                            if values.named {
                                input(.type("checkbox"), .id("naam"), .name("naam"), .value("ja"), .flag("checked"))
                            } else {
                                input(.type("checkbox"), .id("naam"), .name("naam"), .value("ja"))
                            }
                            label(.for("naam")) { " Stemmen op naam (alleen de coördinator ziet wie wat stemde)" }
                        }
                        FormComponents.textArea(
                            id: "rollen", name: "rollen", label: "Rollen (voorzitter, presentatie, Driehoek)",
                            value: values.roles, error: nil)
                        FormComponents.textArea(
                            id: "materialen", name: "materialen", label: "Vooraf toegezonden materiaal",
                            value: values.materials, error: nil)
                        element("fieldset", [.id("deelnemers")]) {
                            element("legend") { "Deelnemers" }
                            for member in members {
                                div {
                                    if values.participants.contains(member.id) {
                                        input(
                                            .type("checkbox"), .id("deelnemer-\(member.id.uuidString)"),
                                            .name("deelnemers[]"), .value(member.id.uuidString), .flag("checked"))
                                    } else {
                                        input(
                                            .type("checkbox"), .id("deelnemer-\(member.id.uuidString)"),
                                            .name("deelnemers[]"), .value(member.id.uuidString))
                                    }
                                    label(.for("deelnemer-\(member.id.uuidString)")) {
                                        " \(member.name) (\(member.roles))"
                                    }
                                }
                            }
                        }
                        button(.type("submit")) { "Opzet opslaan" }
                    }
                    form(.init("method", "post"), .init("action", PrioritisationPaths.open(m, t))) {
                        context.csrfField
                        button(.type("submit"), .class("secondary")) { "Stemming openen" }
                    }
                } else if session.state == .open {
                    form(.init("method", "post"), .init("action", PrioritisationPaths.close(m, t))) {
                        context.csrfField
                        button(.type("submit"), .class("secondary")) { "Stemming sluiten" }
                    }
                }
            }
        }
    }
}

/// One candidate per screen, for the meeting room.
package enum PresentationPage {
    package static func render(
        municipalityID m: UUID, trajectory: TrajectoryItem, candidate: CandidateView, index: Int, count: Int,
        context: PageContext
    ) -> String {
        let t = trajectory.id
        return PageLayout.render(title: "Kandidaat \(index) van \(count)", section: nil, context: context) {
            div(.class("presentation")) {
                p { "Kandidaat-prioriteit \(index) van \(count)" }
                h1 { candidate.title }
                p(.class("lead")) { candidate.motivation }
                p { "Steunt op: \(candidate.themes.joined(separator: "; "))" }
                if !candidate.figures.isEmpty {
                    table {
                        element("caption") { "Kerncijfers" }
                        element("thead") {
                            tr {
                                th(.init("scope", "col")) { "Indicator" }
                                th(.init("scope", "col")) { "Bron" }
                                th(.init("scope", "col")) { "Waarden" }
                            }
                        }
                        element("tbody") {
                            for row in candidate.figures.prefix(6) {
                                tr {
                                    td { row[0] }
                                    td { row[1] }
                                    td { row[3] }
                                }
                            }
                        }
                    }
                }
                nav(.aria("label", "Kandidaten")) {
                    if index > 1 { a(href: PrioritisationPaths.presentation(m, t, index - 1)) { "Vorige" } }
                    " "
                    if index < count { a(href: PrioritisationPaths.presentation(m, t, index + 1)) { "Volgende" } }
                    " "
                    a(href: PrioritisationPaths.base(m, t)) { "Terug naar de prioritering" }
                }
            }
        }
    }
}

/// The participant's view, made for a phone: distribute points (with a live count of what is left) or rank the
/// candidates, each candidate short with its motivation to open; after voting, a receipt of what was given.
package enum VotePage {
    /// One line of the receipt: a candidate and what the participant gave it.
    package struct ReceiptLine {
        package let candidate: String
        package let given: String

        package init(candidate: String, given: String) {
            self.candidate = candidate
            self.given = given
        }
    }

    package static func render(
        municipalityID m: UUID, trajectory: TrajectoryItem, session: PrioritySessionView, candidates: [CandidateView],
        submitted: Bool, values: [UUID: String], remark: String, failures: [ValidationFailure], message: String?,
        receipt: [ReceiptLine] = [], context: PageContext
    ) -> String {
        let t = trajectory.id
        return PageLayout.render(title: "Stemmen: \(trajectory.name)", section: nil, context: context) {
            h1 { "Prioriteiten kiezen" }
            if let message { div(.class(submitted ? "success" : "alert"), .role("status")) { p { message } } }
            if submitted {
                if !receipt.isEmpty {
                    h2 { "Uw stem" }
                    Components.summaryList(receipt.map { SummaryRow($0.candidate, $0.given) })
                }
                p { "U kunt dit venster sluiten; de voorzitter ziet de uitslag." }
            } else if session.state != .open {
                p {
                    session.state == .preparing
                        ? "De stemming is nog niet geopend. Vernieuw deze pagina als de voorzitter de stemming opent."
                        : "De stemming is gesloten."
                }
            } else {
                FormComponents.errorSummary(
                    failures, fieldIDs: ["punten": "kandidaat-1", "rangorde": "kandidaat-1", "stem": "kandidaat-1"])
                p {
                    session.method == .points
                        ? "Verdeel hoogstens \(session.pointsBudget) punten over de kandidaten: meer punten betekent "
                            + "belangrijker."
                        : "Geef elke kandidaat een plaats: 1 is het belangrijkst."
                }
                form(.class("stacked vote"), .init("method", "post"), .init("action", PrioritisationPaths.vote(m, t))) {
                    context.csrfField
                    if let error = failures.first?.message { Components.fieldError(id: "kandidaat-1", error) }
                    for (index, candidate) in candidates.enumerated() {
                        candidateField(
                            candidate, id: "kandidaat-\(index + 1)", session: session, count: candidates.count,
                            value: values[candidate.id] ?? "", invalid: index == 0 && !failures.isEmpty)
                    }
                    if session.method == .points {
                        let given = values.values.compactMap { Int($0) }.filter { $0 > 0 }.reduce(0, +)
                        p(
                            .id("punten-over"), .class("counter"), .role("status"), .aria("live", "polite"),
                            .init("data-budget", "\(session.pointsBudget)")
                        ) { pointsLeft(session.pointsBudget - given) }
                    }
                    FormComponents.textArea(
                        id: "opmerking", name: "opmerking", label: "Opmerking (optioneel)", value: remark, error: nil)
                    Components.button("Stem uitbrengen")
                }
            }
        }
    }

    /// "Nog 7 punten over." — also written by the page script as numbers are typed.
    package static func pointsLeft(_ left: Int) -> String {
        left >= 0
            ? "Nog \(left) \(left == 1 ? "punt" : "punten") over."
            : "\(-left) \(left == -1 ? "punt" : "punten") te veel verdeeld."
    }

    /// A candidate: its title as label, a numeric field that opens the number keyboard on a phone, and its
    /// motivation behind a disclosure so the list stays short.
    private static func candidateField(
        _ candidate: CandidateView, id: String, session: PrioritySessionView, count: Int, value: String, invalid: Bool
    ) -> HTML {
        var attributes: [Attribute] = [
            .type("number"), .id(id), .name("kandidaat_\(candidate.id.uuidString)"), .value(value),
            .class("input input--w4"), .init("inputmode", "numeric"),
            .init("min", session.method == .points ? "0" : "1"),
            .init("max", session.method == .points ? "\(session.pointsBudget)" : "\(count)"),
        ]
        if session.method == .points { attributes.append(.init("data-punten", "")) }
        if session.method == .ranking { attributes.append(.flag("required")) }
        attributes += Components.describedBy(id: id, error: invalid ? "" : nil, hint: nil)
        return div(.class("form-group vote__candidate")) {
            label(.for(id), .class("form-label")) {
                candidate.title
                span(.class("visually-hidden")) { session.method == .points ? ", punten" : ", plaats" }
            }
            if !candidate.motivation.isEmpty {
                Components.details("Waarom deze kandidaat?") { p { candidate.motivation } }
            }
            element("input", attributes)
        }
    }
}

/// The chair's live result: the aggregate only, updated by polling; names only for a named session and the
/// coordinator.
package enum ResultsPage {
    package static func render(
        municipalityID m: UUID, trajectory: TrajectoryItem, session: PrioritySessionView,
        rows: [(title: String, score: Int, place: Int, supporters: Int)],
        ballots: Int, participants: Int, named: [(name: String, vote: String, remark: String)]?, remarks: [String],
        context: PageContext
    ) -> String {
        PageLayout.render(title: "Uitslag \(trajectory.name)", section: nil, context: context) {
            h1 { "Uitslag prioriteringssessie" }
            p(.id("voortgang"), .role("status"), .aria("live", "polite")) {
                "\(ballots) van \(participants) deelnemers hebben gestemd · \(session.state.label)"
            }
            table(.id("uitslag"), .init("data-bron", PrioritisationPaths.resultsJSON(m, trajectory.id))) {
                element("caption") { "Stand per kandidaat" }
                element("thead") {
                    tr {
                        th(.init("scope", "col")) { "Plaats" }
                        th(.init("scope", "col")) { "Kandidaat" }
                        th(.init("scope", "col")) { session.method == .points ? "Punten" : "Score" }
                        th(.init("scope", "col")) { "Stemmers" }
                    }
                }
                element("tbody") {
                    for row in rows {
                        tr {
                            td { "\(row.place)" }
                            td { row.title }
                            td { "\(row.score)" }
                            td { "\(row.supporters)" }
                        }
                    }
                }
            }
            if !remarks.isEmpty {
                h2 { "Opmerkingen" }
                ul { for remark in remarks { li { remark } } }
            }
            if let named {
                h2 { "Stemmen op naam (alleen zichtbaar voor de coördinator)" }
                ul {
                    for vote in named {
                        li {
                            strong { vote.name }
                            ": \(vote.vote)"
                            vote.remark.isEmpty ? "" : " — \(vote.remark)"
                        }
                    }
                }
            }
            element("script", [.init("src", "/assets/live-uitslag.js"), .flag("defer")])
        }
    }
}

/// A priority session as the pages show it: its format, method and state.
package struct PrioritySessionView {
    package let gremium: String
    package let meetingType: String
    package let decisionStatus: String
    package let method: VotingMethod
    package let pointsBudget: Int
    package let named: Bool
    package let roles: String
    package let materials: String
    package let state: PrioritySessionState
    package let version: Int

    package init(
        gremium: String, meetingType: String, decisionStatus: String, method: VotingMethod, pointsBudget: Int,
        named: Bool, roles: String, materials: String, state: PrioritySessionState, version: Int
    ) {
        self.gremium = gremium
        self.meetingType = meetingType
        self.decisionStatus = decisionStatus
        self.method = method
        self.pointsBudget = pointsBudget
        self.named = named
        self.roles = roles
        self.materials = materials
        self.state = state
        self.version = version
    }
}
