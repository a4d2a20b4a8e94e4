import XCTVapor

@testable import RegiekamerWeb
import RegiekamerViews

/// The form scan that runs before any decoder: it finds the CSRF token, counts fields and refuses bodies
/// shaped to make decoding expensive. The time bound is measured over real HTTP in the robustness suite
/// (`Tests/robustness/formbomb.py`); here its rules, and the refusal over real HTTP without signing in.
final class FormBodyScanTests: WebTestCase {
    func testTheTokenIsFoundWithoutDecodingTheForm() throws {
        let scan = try FormBodyScan.urlEncoded(Array("naam=Piet+Jansen&_csrf=ab%2Dc_d&tekst=%3D%26".utf8))
        XCTAssertEqual(scan.token, "ab-c_d")
        XCTAssertEqual(scan.fields, 3)
        XCTAssertNil(try FormBodyScan.urlEncoded(Array("x_csrf=1&_csrfx=2".utf8)).token)
        XCTAssertEqual(try FormBodyScan.urlEncoded([]).fields, 0)
        XCTAssertEqual(try FormBodyScan.urlEncoded(Array("&&a=1&&".utf8)).fields, 1)
    }

    func testLimitsOnFieldsKeyLengthAndDepth() throws {
        let fields = (0..<FormBodyScan.maximumFields).map { "f\($0)=1" }.joined(separator: "&")
        XCTAssertEqual(try FormBodyScan.urlEncoded(Array(fields.utf8)).fields, FormBodyScan.maximumFields)
        XCTAssertThrowsError(try FormBodyScan.urlEncoded(Array((fields + "&een-te-veel=1").utf8))) {
            XCTAssertEqual($0 as? FormBodyScan.Violation, .tooManyFields)
        }
        XCTAssertThrowsError(try FormBodyScan.urlEncoded(Array((String(repeating: "k", count: 201) + "=1").utf8))) {
            XCTAssertEqual($0 as? FormBodyScan.Violation, .keyTooLong)
        }
        XCTAssertThrowsError(try FormBodyScan.urlEncoded(Array(String(repeating: "k", count: 5_000).utf8))) {
            XCTAssertEqual($0 as? FormBodyScan.Violation, .keyTooLong, "a key without a value counts too")
        }
        XCTAssertNoThrow(
            try FormBodyScan.urlEncoded(Array("rollen[]=a&x[a][b]=1&y=[[[[".utf8)), "brackets in values do not count")
        XCTAssertThrowsError(try FormBodyScan.urlEncoded(Array("a[a][a][a][a]=1".utf8))) {
            XCTAssertEqual($0 as? FormBodyScan.Violation, .keyTooDeep)
        }
        XCTAssertThrowsError(try FormBodyScan.urlEncoded(Array("a%5Ba%5d%5B%5B%5b=1".utf8))) {
            XCTAssertEqual($0 as? FormBodyScan.Violation, .keyTooDeep)
        }
    }

    func testMultipartPartsAreCountedAndTheTokenRead() throws {
        func body(_ parts: [(String, String)]) -> [UInt8] {
            Array(
                (parts.map { "--grens\r\nContent-Disposition: form-data; name=\"\($0.0)\"\r\n\r\n\($0.1)\r\n" }.joined()
                    + "--grens--\r\n").utf8)
        }
        let scan = try FormBodyScan.multipart(
            body([("naam", "Regel 1\r\n--grensloos"), ("_csrf", "token-1"), ("versie", "3")]), boundary: "grens")
        XCTAssertEqual(scan.fields, 3)
        XCTAssertEqual(scan.token, "token-1")
        let many = body((0...FormBodyScan.maximumFields).map { ("x[]", "\($0)") })
        XCTAssertThrowsError(try FormBodyScan.multipart(many, boundary: "grens")) {
            XCTAssertEqual($0 as? FormBodyScan.Violation, .tooManyFields)
        }
        XCTAssertThrowsError(try FormBodyScan.multipart(Array("geen multipart".utf8), boundary: "grens"))
    }

    /// Over real HTTP and without signing in: the bomb is refused in Dutch before the CSRF check, and the
    /// query string is held to the same limits.
    func testAFormBombIsRefusedBeforeAnythingElseOverHTTP() async throws {
        try await withRunningServer { port in
            let bomb = String(repeating: "x[]=1&", count: 32_000)
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let reply = try await app.client.post(URI(string: "http://127.0.0.1:\(port)/inloggen"), headers: headers) {
                $0.body = ByteBuffer(string: bomb)
            }
            XCTAssertEqual(reply.status, .payloadTooLarge)
            XCTAssertTrue((reply.body.map { String(buffer: $0) } ?? "").contains("te veel velden"))
            let query = try await app.client.get(
                URI(string: "http://127.0.0.1:\(port)/catalogus/zoeken?" + String(repeating: "q[]=1&", count: 1_200)))
            XCTAssertEqual(query.status, .payloadTooLarge)
            let deep = try await app.client.get(
                URI(string: "http://127.0.0.1:\(port)/catalogus/zoeken?q[a][b][c][d]=1"))
            XCTAssertEqual(deep.status, .badRequest)
        }
    }
}
