import Fluent
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Step 3 through HTTP: session set-up, voting rules, the outcome rules, and 40 participants at once.
final class PrioritisationWebTests: TrajectoryTestCase {
    private var candidates: [UUID] = []

    override func setUp() async throws {
        try await super.setUp()
        for (title, theme) in [("Woninginbraak", "1.3"), ("Jeugdoverlast", "3.1"), ("Ondermijning", "5.2"), ("Verkeer", "4.1")] {
            try await AnalysisStore.addCandidate(
                .init(field: Int(theme.prefix(1))!, title: title, motivation: "Motivering \(title)", themes: [ThemeCode(theme)!]),
                trajectoryID: t, municipalityID: m, actor: .system, on: app.db)
        }
        candidates = try await AnalysisStore.candidates(of: t, on: app.db).map { $0.id! }
    }

    private func configure(participants: [UserModel], budget: Int = 10) async throws {
        let session = try await PrioritisationStore.session(of: t, on: app.db)
        let reply = try await post(PrioritisationPaths.settings(m, t), [("versie", "\(session.version)"),
            ("gremium", "Gemeenteraad"), ("soort", "Beeldvormende raadssessie"), ("status", "consulterend"), ("methode", "punten"),
            ("punten", "\(budget)"), ("rollen", "Voorzitter: burgemeester"), ("materialen", "Analyserapport"),
        ] + participants.map { ("deelnemers[]", $0.id!.uuidString) }, as: coordinator)
        XCTAssertEqual(reply.status, .seeOther)
    }

    private func vote(_ points: [Int], as browser: Browser) async throws -> Reply {
        try await post(PrioritisationPaths.vote(m, t), zip(candidates, points).map { ("kandidaat_\($0.uuidString)", "\($1)") }, as: browser)
    }

    func testVotingRulesKeepTheTallyExact() async throws {
        let raad = try await makeUser("raad@een.nl", roles: [.councilMember], in: municipality)
        let outsider = try await signIn(try await makeUser("ander@een.nl", roles: [.councilMember], in: municipality))
        let raadBrowser = try await signIn(raad)
        try await configure(participants: [raad])

        let early = try await vote([10, 0, 0, 0], as: raadBrowser)
        XCTAssertEqual(early.status, .conflict)
        XCTAssertTrue(early.body.contains("niet geopend"))

        let opened = try await post(PrioritisationPaths.open(m, t), as: coordinator)
        XCTAssertEqual(opened.status, .seeOther)
        let tooMany = try await vote([8, 4, 0, 0], as: raadBrowser)
        XCTAssertEqual(tooMany.status, .badRequest)
        XCTAssertTrue(tooMany.body.contains("U heeft 12 punten verdeeld; u heeft er 10."))
        let notInvited = try await vote([10, 0, 0, 0], as: outsider)
        XCTAssertEqual(notInvited.status, .forbidden)
        XCTAssertTrue(notInvited.body.contains("niet uitgenodigd"))

        let accepted = try await vote([6, 4, 0, 0], as: raadBrowser)
        XCTAssertEqual(accepted.status, .seeOther)
        let stored = try await send(.GET, PrioritisationPaths.vote(m, t), as: raadBrowser)
        XCTAssertTrue(stored.body.contains("U heeft gestemd. Uw stem is bewaard."))
        XCTAssertTrue(stored.body.contains("<h2>Uw stem</h2>"), "a receipt of the points given")
        XCTAssertTrue(stored.body.contains("6 punten") && stored.body.contains("4 punten"), stored.body)
        let twice = try await vote([0, 0, 10, 0], as: raadBrowser)
        XCTAssertEqual(twice.status, .conflict)
        XCTAssertTrue(twice.body.contains("U heeft al gestemd"))

        let closed = try await post(PrioritisationPaths.close(m, t), as: coordinator)
        XCTAssertEqual(closed.status, .seeOther)
        let late = try await vote([0, 0, 10, 0], as: outsider)
        XCTAssertEqual(late.status, .conflict)

        let json = try await send(.GET, PrioritisationPaths.resultsJSON(m, t), as: coordinator)
        let document = try JSONDecoder().decode(PrioritisationController.ResultsDocument.self, from: Data(json.body.utf8))
        XCTAssertEqual(document.ballots, 1)
        XCTAssertEqual(document.rows.map(\.score), [6, 4, 0, 0])
        XCTAssertEqual(document.rows.first?.title, "Woninginbraak")

        let councilResults = try await send(.GET, PrioritisationPaths.results(m, t), as: raadBrowser)
        XCTAssertEqual(councilResults.status, .forbidden, "the live result is for the chair")
    }

    func testOutcomeNeedsEveryThemePlacedAndFeedsTheOutline() async throws {
        var fields: [(String, String)] =
            [("versie", "0")] + candidates.prefix(3).map { ("prioriteiten[]", $0.uuidString) }
        let missing = try await post(PrioritisationPaths.outcome(m, t), fields, as: coordinator)
        XCTAssertEqual(missing.status, .badRequest)
        XCTAssertTrue(missing.body.contains("Nog niet geplaatst: 1.1"))

        for theme in MethodBackbone.themeCodes {
            switch theme.description {
            case "1.3": fields += [("plaats_\(theme)", "prioriteit-\(candidates[0].uuidString)"), ("toelichting_\(theme)", "")]
            case "4.1": fields += [("plaats_\(theme)", "prioriteit-\(candidates[3].uuidString)"), ("toelichting_\(theme)", "")]
            case "4.4": fields += [("plaats_\(theme)", "niet-opgenomen"), ("toelichting_\(theme)", "")]
            case let code where code.hasPrefix("1") || code.hasPrefix("3"): fields += [("plaats_\(theme)", "cluster"), ("toelichting_\(theme)", "Veilige wijken en jeugd")]
            default: fields += [("plaats_\(theme)", "cluster"), ("toelichting_\(theme)", "Veilig ondernemen en integriteit")]
            }
        }
        let noReason = try await post(PrioritisationPaths.outcome(m, t), fields, as: coordinator)
        XCTAssertEqual(noReason.status, .badRequest)
        XCTAssertTrue(noReason.body.contains("Geef een reden waarom thema 4.4 niet wordt opgenomen."))
        XCTAssertTrue(noReason.body.contains("Thema 4.1 verwijst naar een prioriteit die niet gekozen is."), "4.1 points at the unchosen fourth candidate")

        fields = fields.map { $0.0 == "toelichting_4.4" ? ($0.0, "Regionaal belegd bij de Veiligheidsregio.") : $0 }
        fields = fields.map { $0.0 == "plaats_4.1" ? ($0.0, "cluster") : $0 }
        fields = fields.map { $0.0 == "toelichting_4.1" ? ($0.0, "Veilig ondernemen en integriteit") : $0 }
        let saved = try await post(PrioritisationPaths.outcome(m, t), fields, as: coordinator)
        XCTAssertEqual(saved.status, .seeOther)
        let outline = try await send(.GET, PrioritisationPaths.outline(m, t), as: coordinator)
        XCTAssertTrue(outline.body.contains("Woninginbraak"))
        XCTAssertTrue(outline.body.contains("Veilige wijken en jeugd"))
        XCTAssertTrue(outline.body.contains("Regionaal belegd bij de Veiligheidsregio."))
        let placements = try await PrioritisationStore.placements(of: t, on: app.db)
        XCTAssertEqual(placements.count, 22)

        let report = try await send(.GET, PrioritisationPaths.report(m, t), as: coordinator)
        XCTAssertEqual(report.status, .ok)
    }

    /// Ten points per participant, spread differently by participant so the totals differ per candidate.
    static func points(for index: Int) -> [Int] {
        [[5, 2, 2, 1], [1, 6, 2, 1], [2, 2, 5, 1], [3, 3, 3, 1]][index % 4]
    }

    func testFortyParticipantsVoteAtOnceOverHTTP() async throws {
        var participants: [UserModel] = []
        for index in 1...40 { participants.append(try await makeUser("raadslid\(index)@een.nl", roles: [.councilMember], in: municipality)) }
        try await configure(participants: participants)
        let opened = try await post(PrioritisationPaths.open(m, t), as: coordinator)
        XCTAssertEqual(opened.status, .seeOther)
        var browsers: [Browser] = []
        for participant in participants { browsers.append(try await signIn(participant)) }

        app.http.client.configuration.redirectConfiguration = .disallow
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let port = try XCTUnwrap(app.http.server.shared.localAddress?.port)
        let candidateIDs = candidates
        let client = app.client
        let voteURL = "http://127.0.0.1:\(port)\(PrioritisationPaths.vote(m, t))"
        let resultsURL = "http://127.0.0.1:\(port)\(PrioritisationPaths.resultsJSON(m, t))"
        let chair = coordinator!
        // The chair's page polls the aggregate; measure that request while the 40 ballots arrive.
        let poller = Task { () -> [TimeInterval] in
            var durations: [TimeInterval] = []
            for _ in 0..<20 {
                let start = Date()
                _ = try? await client.get(URI(string: resultsURL)) { $0.headers.replaceOrAdd(name: .cookie, value: chair.cookieHeader) }
                durations.append(Date().timeIntervalSince(start))
            }
            return durations
        }
        let started = Date()
        var outcome: Result<[HTTPStatus], any Error>
        do {
            outcome = .success(try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, browser) in browsers.enumerated() {
                    group.addTask {
                        let points = Self.points(for: index)
                        var body = [("_csrf", browser.csrf)] + zip(candidateIDs, points).map { ("kandidaat_\($0.uuidString)", "\($1)") }
                        if index == 0 { body.append(("opmerking", "Eerste")) }
                        let response = try await client.post(URI(string: voteURL)) { request in
                            request.headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader)
                            request.headers.contentType = .urlEncodedForm
                            request.body = ByteBuffer(string: WebTestCase.encode(body))
                        }
                        return response.status
                    }
                }
                var all: [HTTPStatus] = []
                for try await status in group { all.append(status) }
                return all
            })
        } catch {
            outcome = .failure(error)
        }
        let elapsed = Date().timeIntervalSince(started)
        let polls = await poller.value.sorted()
        await app.server.shutdown()
        let statuses = try outcome.get()
        print(String(format: "result poll during voting: median %.1f ms, max %.1f ms over %d polls", polls[polls.count / 2] * 1000, polls.last! * 1000, polls.count))
        XCTAssertEqual(statuses.filter { $0 == .seeOther }.count, 40, "\(statuses)")
        print("40 concurrent ballots over HTTP in \(String(format: "%.3f", elapsed)) s")

        var expected = [0, 0, 0, 0]
        for index in 0..<40 {
            for (column, value) in Self.points(for: index).enumerated() { expected[column] += value }
        }
        let ballots = try await BallotModel.query(on: app.db).count()
        XCTAssertEqual(ballots, 40)
        let json = try await send(.GET, PrioritisationPaths.resultsJSON(m, t), as: coordinator)
        let document = try JSONDecoder().decode(PrioritisationController.ResultsDocument.self, from: Data(json.body.utf8))
        let scores = Dictionary(uniqueKeysWithValues: document.rows.map { ($0.title, $0.score) })
        XCTAssertEqual(scores["Woninginbraak"], expected[0])
        XCTAssertEqual(scores["Jeugdoverlast"], expected[1])
        XCTAssertEqual(scores["Ondermijning"], expected[2])
        XCTAssertEqual(scores["Verkeer"], expected[3])
        XCTAssertEqual(document.ballots, 40)
    }
}
