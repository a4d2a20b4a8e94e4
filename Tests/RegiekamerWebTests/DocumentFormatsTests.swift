import Fluent
import Foundation
import RegiekamerDocuments
import RegiekamerDomain
import RegiekamerPersistence
@testable import RegiekamerWeb
import XCTVapor
import RegiekamerViews

/// Every document the app offers comes in three formats at sibling addresses with the same access rule, and the
/// DOCX and the ODT of each are valid packages of their standard holding the same text.
final class DocumentFormatsTests: TwoMunicipalitiesTestCase {
    /// The query some documents need to pick a council or year.
    private static let queries = ["raadsversie": "?gemeente=GM0001&versie=alle"]

    private var documentRoutes: [Route] {
        routes.filter { $0.method == .GET && ($0.path.last?.description.hasSuffix(".docx") ?? false) }
    }

    func testEveryDocumentHasAnODTAndAPDFAddressWithTheSameAccess() throws {
        XCTAssertGreaterThanOrEqual(documentRoutes.count, 12, "start note, letters, reports, IVP, plans, proposal, joint")
        for route in documentRoutes {
            let base = route.path.dropLast().map(\.description)
            let name = String(route.path.last!.description.dropLast(5))
            for format in ["odt", "pdf"] {
                let sibling = routes.first {
                    $0.method == .GET && $0.path.dropLast().map(\.description) == base
                        && $0.path.last?.description == "\(name).\(format)"
                }
                XCTAssertNotNil(sibling, "\(key(route)) has no .\(format) sibling")
                XCTAssertEqual(
                    sibling.flatMap { $0.userInfo[RouteAccess.userInfoKey] as? RouteAccess },
                    route.userInfo[RouteAccess.userInfoKey] as? RouteAccess, "\(key(route)) .\(format) access")
            }
        }
    }

    func testEveryDocumentIsAValidDOCXAndODTWithTheSameText() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        try await PrioritisationStore.saveOutcome(
            priorities: [try candidateA.requireID()], motivation: "Veel inbraken", driehoek: "",
            placements: [ThemeCode("1.3")!: .priority(index: 0)], trajectoryID: try trajectoryA.requireID(),
            municipalityID: try a.requireID(), actor: .system, on: app.db)
        for route in documentRoutes {
            let name = String(route.path.last!.description.dropLast(5))
            let docxPath = try pathForA(route) + (Self.queries[name] ?? "")
            let odtPath = Components.documentAddress(docxPath, .odt)
            let docxReply = try await send(.GET, docxPath, as: coordinator)
            let odtReply = try await send(.GET, odtPath, as: coordinator)
            XCTAssertEqual(docxReply.status, .ok, docxPath)
            XCTAssertEqual(odtReply.status, .ok, odtPath)
            guard docxReply.status == .ok, odtReply.status == .ok else { continue }
            XCTAssertEqual(odtReply.headers.contentType?.description, "application/vnd.oasis.opendocument.text")
            let docx = try OfficePackage(docxReply.bodyData)
            let odt = try OfficePackage(odtReply.bodyData)
            XCTAssertEqual(docx.malformedParts + docx.docxViolations, [], docxPath)
            XCTAssertEqual(odt.malformedParts + odt.odfViolations, [], odtPath)
            let words = docx.bodyWords
            XCTAssertGreaterThan(words.count, 5, "\(docxPath) has text")
            XCTAssertEqual(odt.bodyWords, words, "\(odtPath) reads as its DOCX")
        }
    }
}
