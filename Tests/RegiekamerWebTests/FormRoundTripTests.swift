import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// The round-trip sweep: every form discovered on the pages of municipality A is posted as a browser would
/// (CRLF in every textarea, a marker in every text field, one invalid number or date where the form has one).
/// A form that refuses must show itself again with every typed value; a bare error page instead fails.
final class FormRoundTripTests: TwoMunicipalitiesTestCase {
    func testARefusedFormComesBackWithEverythingTyped() async throws {
        let coordinator = try await signInCoordinatorOfEverything()
        var seen: Set<String> = []
        var refused = 0
        for route in routes where route.method == .GET {
            guard let path = try? pathForA(route) else { continue }
            let page = try await send(.GET, path, as: coordinator)
            guard page.status == .ok, page.headers.contentType?.subType == "html" else { continue }
            for form in HTMLForm.forms(in: page.body) where form.isWorkspaceForm {
                let key = form.actionPattern + " " + form.fields.map(\.name).sorted().joined(separator: ",")
                guard seen.insert(key).inserted else { continue }
                var markers: [String: String] = [:]
                var invalid: String?
                let fields = form.fields.enumerated().map { index, field -> (String, String) in
                    switch field.type {
                    case "textarea":
                        let marker = "Regel\(index)a\r\nRegel\(index)b"
                        markers[field.name] = "Regel\(index)a\nRegel\(index)b"
                        return (field.name, marker)
                    case "text", "email", "search", "url":
                        let marker = "Getypt\(index)x"
                        markers[field.name] = marker
                        return (field.name, marker)
                    case "number" where invalid == nil:
                        invalid = field.name
                        return (field.name, "geen-getal")
                    case "date" where invalid == nil:
                        invalid = field.name
                        return (field.name, "2027-13-45")
                    default: return (field.name, field.value)
                    }
                }.filter { $0.0 != "_csrf" }
                let reply = try await post(form.action, fields, as: coordinator)
                let lost = markers.filter { !reply.body.contains(HTML.escape($0.value)) }.map(\.key).sorted()
                let pattern = form.actionPattern
                guard [400, 409, 413, 422].contains(reply.status.code) else { continue }
                let showsItself = HTMLForm.forms(in: reply.body).contains {
                    $0.action.split(separator: "?")[0] == form.action.split(separator: "?")[0]
                }
                XCTAssertTrue(
                    showsItself, "\(pattern): refused (\(reply.status.code)) with a bare page instead of the form")
                XCTAssertEqual(
                    lost, [], "\(pattern): refused (\(reply.status.code)) and lost what was typed in \(lost)")
                XCTAssertTrue(
                    reply.body.contains("<title>Fout: "), "\(pattern): the title of a refused form starts with ‘Fout:’")
                if reply.body.contains(#"id="foutmeldingen""#) {
                    XCTAssertTrue(
                        reply.body.contains(#"id="foutmeldingen" tabindex="-1""#),
                        "\(pattern): the error summary can take focus")
                }
                refused += 1
            }
        }
        print("form round trip: \(seen.count) forms posted, \(refused) refused and shown again with every typed value")
        XCTAssertGreaterThan(refused, 10)
    }
}
