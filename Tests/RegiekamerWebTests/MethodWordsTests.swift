import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// The method's own words: the IVP's and the Uitvoeringsplan's chapter titles on the pages, in the step-3 outline
/// and in the documents are those of the one list in the domain (the handbook's), and the steps carry the
/// handbook's titles.
final class MethodWordsTests: TwoMunicipalitiesTestCase {
    private func setUpOutcome() async throws -> Browser {
        let coordinator = try await signInCoordinatorOfEverything()
        try await PrioritisationStore.saveOutcome(
            priorities: [try candidateA.requireID()], motivation: "Veel inbraken", driehoek: "",
            placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: try trajectoryA.requireID(),
            municipalityID: try a.requireID(), actor: .system, on: app.db)
        return coordinator
    }

    /// Page text with the entities an apostrophe may be written as turned back.
    private func text(_ html: String) -> String {
        html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'")
    }

    private func headings(_ path: String, as browser: Browser) async throws -> String {
        let reply = try await send(.GET, path, as: browser)
        XCTAssertEqual(reply.status, .ok, path)
        return try OfficePackage(reply.bodyData).bodyWords.joined(separator: " ")
    }

    func testTheChapterTitlesAreTheHandbooks() {
        XCTAssertEqual(IVPChapter.allCases.map(\.title), [
            "Uitgangssituatie", "Strategische doelstelling", "Strategische uitgangspunten", "Prioriteiten",
            "Overige strategische thema's", "Coördinatie, beleidscyclus", "Begroting",
        ])
        XCTAssertEqual(ImplementationPlanChapter.allCases.last?.title, "Begroting")
        XCTAssertEqual(MethodStep.safetyPlan.title, "Opstellen IVP")
        XCTAssertEqual(MethodStep.implementationPlan.title, "Opstellen Uitvoeringsplan")
    }

    func testPagesAndDocumentsUseTheOneListOfChapterTitles() async throws {
        let coordinator = try await setUpOutcome()
        let (m, t) = (try a.requireID(), try trajectoryA.requireID())

        let ivpPage = text(try await send(.GET, PlanPaths.ivp(m, t), as: coordinator).body)
        for chapter in IVPChapter.allCases {
            XCTAssertTrue(ivpPage.contains("<h2>\(chapter.numberedTitle)</h2>"), "IVP page: \(chapter.numberedTitle)")
        }
        let outline = text(try await send(.GET, PrioritisationPaths.outline(m, t), as: coordinator).body)
        for chapter in IVPChapter.allCases {
            XCTAssertTrue(outline.contains("<li>\(chapter.title)"), "step-3 outline: \(chapter.title)")
        }
        let ivp = try await headings(PlanPaths.ivpDocx(m, t), as: coordinator)
        for chapter in IVPChapter.allCases {
            XCTAssertTrue(ivp.contains("\(chapter.rawValue) \(chapter.title)"), "IVP document: \(chapter.title)")
        }
        let planPage = text(try await send(.GET, PlanPaths.implementationPlan(m, t, year: 2027), as: coordinator).body)
        let plan = try await headings(PlanPaths.implementationDocx(m, t, year: 2027), as: coordinator)
        for chapter in ImplementationPlanChapter.allCases {
            XCTAssertTrue(planPage.contains("<h2>\(chapter.numberedTitle)</h2>"), "plan page: \(chapter.title)")
            XCTAssertTrue(plan.contains("\(chapter.rawValue) \(chapter.title)"), "plan document: \(chapter.title)")
        }
        for page in [ivpPage, outline, ivp, planPage, plan] {
            XCTAssertFalse(page.contains("Beginsituatie"))
            XCTAssertFalse(page.contains("7. Budget") || page.contains("7 Budget"))
        }
        let trajectory = try await send(.GET, WorkspacePaths.trajectory(m, t), as: coordinator).body
        XCTAssertTrue(trajectory.contains("Stap 4: Opstellen IVP"))
        XCTAssertTrue(trajectory.contains("Stap 5: Opstellen Uitvoeringsplan"))
    }

    func testWithoutLibreOfficeAPDFDownloadIsADutch503() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        app.officeConverter = OfficeConverter(
            executable: nil, workDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("geen-office"))
        let reply = try await send(.GET, StartUpPaths.docx(try a.requireID(), try trajectoryA.requireID())
            .replacingOccurrences(of: ".docx", with: ".pdf"), as: coordinator)
        XCTAssertEqual(reply.status, .serviceUnavailable)
        XCTAssertTrue(reply.body.contains("LibreOffice is niet geïnstalleerd"))
        XCTAssertTrue(reply.body.contains("<html lang=\"nl\""))
    }
}
