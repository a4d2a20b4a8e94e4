import Fluent
import RegiekamerDomain
@testable import RegiekamerPersistence
import XCTest

final class ProjectStoreTests: PersistenceTestCase {
    private var m: UUID!

    override func setUp() async throws {
        try await super.setUp()
        let municipality = MunicipalityModel(name: "Gemeente Een", cbsCode: "GM0001")
        try await municipality.create(on: app.db)
        m = try municipality.requireID()
    }

    private func settings(_ name: String, area: String = "Station") throws -> ProjectSettings {
        try ProjectRules.validate(ProjectDraft(name: name, kind: "lokaal", focus: "plek", area: area, themes: "2.3")).get()
    }

    func testTwoSavesOfTheSameVersionLeaveExactlyOneAndAuditIt() async throws {
        let project = try await ProjectStore.create(try settings("Stationsgebied"), trajectoryID: nil, municipalityID: m, creator: nil, actor: .system, on: app.db)
        let context = ProjectStore.Context(projectID: try project.requireID(), municipalityID: m, actor: .system)
        let first = try await ProjectStore.update(try settings("Stationsgebied Oost"), trajectoryID: nil, expectedVersion: 1, context: context, on: app.db)
        let second = try await ProjectStore.update(try settings("Stationsplein"), trajectoryID: nil, expectedVersion: 1, context: context, on: app.db)
        XCTAssertTrue(first)
        XCTAssertFalse(second)
        let stored = try await ProjectModel.find(project.id, on: app.db)
        XCTAssertEqual(stored?.name, "Stationsgebied Oost")
        XCTAssertEqual(stored?.version, 2)
        let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entityType == "project").all()
        XCTAssertEqual(audit.count, 2, "create and the one successful update")
    }

    func testAMeasureIsAdoptedOnceAndItsProgressIsVersioned() async throws {
        let project = try await ProjectStore.create(try settings("Winkelcentrum"), trajectoryID: nil, municipalityID: m, creator: nil, actor: .system, on: app.db)
        let context = ProjectStore.Context(projectID: try project.requireID(), municipalityID: m, actor: .system)
        try await ProjectStore.addMeasure(.init(title: "Winkelstraatcoach", owner: "", partners: "Ondernemers", planning: "2027", cost: 5_000), adopt: false, context: context, on: app.db)
        let measureFound = try await ProjectStore.measures(of: [project.requireID()], on: app.db).first
        let measure = try XCTUnwrap(measureFound)
        let adopted = try await ProjectStore.adopt(try measure.requireID(), owner: "Gemeente", expectedVersion: 1, context: context, on: app.db)
        XCTAssertTrue(adopted)
        let progress = ProjectStore.Progress(status: .running, indicator: "Winkeldiefstallen", value: "12", note: "")
        let stale = try await ProjectStore.recordProgress(progress, measureID: try measure.requireID(), expectedVersion: 1, context: context, on: app.db)
        XCTAssertFalse(stale, "the adoption raised the version")
        let saved = try await ProjectStore.recordProgress(progress, measureID: try measure.requireID(), expectedVersion: 2, context: context, on: app.db)
        XCTAssertTrue(saved)
        let storedFound = try await ProjectMeasureModel.find(measure.id, on: app.db)
        let stored = try XCTUnwrap(storedFound)
        XCTAssertEqual(stored.status, .running)
        XCTAssertEqual(stored.owner, "Gemeente")
        XCTAssertTrue(stored.adopted)
        XCTAssertEqual(stored.indicatorValue, "12")
    }

    func testBallotsAreReplacedAndTheMatrixIsReplacedWhole() async throws {
        let owner = try await AccountStore.createUser(
            email: "p@een.nl", name: "P", passwordHash: "x", isInstanceAdministrator: false, memberships: [(m, .partner)], actor: .system, on: app.db)
        let project = try await ProjectStore.create(try settings("Jeugd"), trajectoryID: nil, municipalityID: m, creator: try owner.requireID(), actor: .system, on: app.db)
        let p = try project.requireID()
        let context = ProjectStore.Context(projectID: p, municipalityID: m, actor: .system)
        let participates = try await ProjectStore.isParticipant(try owner.requireID(), in: p, on: app.db)
        XCTAssertTrue(participates)
        let ownProjects = try await ProjectStore.projects(of: m, participant: try owner.requireID(), on: app.db).count
        XCTAssertEqual(ownProjects, 1)
        let strangersProjects = try await ProjectStore.projects(of: m, participant: UUID(), on: app.db).count
        XCTAssertEqual(strangersProjects, 0)
        let problem = UUID()
        try await ProjectStore.saveBallot([problem: 3], userID: try owner.requireID(), context: context, on: app.db)
        try await ProjectStore.saveBallot([problem: 7], userID: try owner.requireID(), context: context, on: app.db)
        let ballots = try await ProjectStore.ballots(of: p, on: app.db)
        XCTAssertEqual(ballots.count, 1)
        XCTAssertEqual(ballots.first?.points, [problem: 7])
        try await ProjectStore.saveMatrix(["Preventie": ["Politie": .leads, "Gemeente": .none]], context: context, on: app.db)
        try await ProjectStore.saveMatrix(["Zorg": ["Gemeente": .contributes]], context: context, on: app.db)
        let cells = try await ProjectStore.matrixCells(of: p, on: app.db)
        XCTAssertEqual(cells.map { "\($0.part)|\($0.partner)|\($0.responsibility.rawValue)" }, ["Zorg|Gemeente|bijdrage"])
    }
}
