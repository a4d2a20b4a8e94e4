import Foundation
import RegiekamerViews

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. A test checks that its paths and
/// methods are exactly the API's routes.
enum OpenAPIDocument {
    /// Path (OpenAPI spelling) → method → (summary, parameters besides the path's, request body schema, response schema).
    static let operations: [(path: String, method: String, summary: String, query: [String], body: String?, response: String)] = [
        ("/api/v1/catalogus", "get", "De kennisbank van de methode (openbaar, zonder sleutel)", [], nil, "Catalogue"),
        ("/api/v1/gemeenten/{municipalityID}/trajecten", "get", "Trajecten van de gemeente, nieuwste eerst", ["pagina", "per_pagina"], nil, "TrajectoryPage"),
        ("/api/v1/gemeenten/{municipalityID}/trajecten/{trajectoryID}/plan", "get", "Prioriteiten en overige thema's met effectindicatoren, hun reeks en koers", ["jaar"], nil, "Plan"),
        ("/api/v1/gemeenten/{municipalityID}/trajecten/{trajectoryID}/maatregelen", "get", "Maatregelen met hun voortgangsupdates", ["jaar", "pagina", "per_pagina"], nil, "MeasurePage"),
        ("/api/v1/gemeenten/{municipalityID}/trajecten/{trajectoryID}/maatregelen/{measureID}/voortgang", "post", "Voortgang melden in het open kwartaal (sleutel met schrijfrechten)", [], "NewUpdate", "Measure"),
        ("/api/v1/gemeenten/{municipalityID}/cijfers/reeksen", "get", "Jaarreeksen van een gebied van de gemeente", ["gebied"], nil, "SeriesList"),
    ]

    static func json() throws -> Data {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            let names = operation.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
            var parameters: [[String: Any]] = names.map { ["name": $0, "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]] }
            parameters += operation.query.map { ["name": $0, "in": "query", "required": false, "schema": querySchema($0)] }
            var entry: [String: Any] = [
                "summary": operation.summary, "parameters": parameters,
                "responses": [
                    operation.method == "post" ? "201" : "200": ["description": "OK", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(operation.response)"]]]],
                    "400": ["$ref": "#/components/responses/Error"], "401": ["$ref": "#/components/responses/Error"],
                    "403": ["$ref": "#/components/responses/Error"], "404": ["$ref": "#/components/responses/Error"],
                ],
            ]
            if operation.path == "/api/v1/catalogus" { entry["security"] = [[String: [String]]]() }
            if let body = operation.body {
                entry["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]]
                (entry["responses"] as? [String: Any]).map { var responses = $0; responses["409"] = ["$ref": "#/components/responses/Error"]; entry["responses"] = responses }
            }
            paths[operation.path, default: [:]][operation.method] = entry
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": "Regiekamer API", "version": "1.0.0", "description": "De eigen gegevens van een gemeente: trajecten, plan, maatregelen met voortgang en cijferreeksen. Authenticatie met een API-sleutel van de beheerder (Authorization: Bearer rk_…)."],
            "servers": [["url": "/"]],
            "security": [["sleutel": [String]()]],
            "paths": paths,
            "components": ["securitySchemes": ["sleutel": ["type": "http", "scheme": "bearer"]], "responses": errorResponse, "schemas": schemas],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }

    /// The schema of a query parameter, with the bounds the handlers check.
    private static func querySchema(_ name: String) -> [String: Any] {
        switch name {
        case "gebied": ["type": "string"]
        case "pagina": ["type": "integer", "minimum": 1, "maximum": ApiController.maximumPage]
        case "per_pagina": ["type": "integer", "minimum": 1, "maximum": ApiController.maximumPerPage]
        default: ["type": "integer"]
        }
    }

    private static var errorResponse: [String: Any] {
        let schema: [String: Any] = ["type": "object", "required": ["fout"], "properties": ["fout": ["type": "string"]]]
        return ["Error": ["description": "Foutmelding in het Nederlands", "content": ["application/json": ["schema": schema]]]]
    }

    private static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }

    private static var string: [String: Any] { ["type": "string"] }
    private static var integer: [String: Any] { ["type": "integer"] }
    private static var number: [String: Any] { ["type": "number"] }
    private static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    private static func nullable(_ type: String) -> [String: Any] { ["type": [type, "null"]] }
    private static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    private static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }
    private static func page(_ item: String) -> [String: Any] {
        object(["items": array(ref(item)), "pagina": integer, "perPagina": integer, "totaal": integer], required: ["items", "pagina", "perPagina", "totaal"])
    }

    private static var schemas: [String: Any] {
        let value = object(["jaar": integer, "waarde": number], required: ["jaar", "waarde"])
        return [
            "Value": value,
            "Trajectory": object(["id": uuid, "naam": string, "beginjaar": integer, "eindjaar": integer, "stap": integer, "status": string], required: ["id", "naam", "beginjaar", "eindjaar", "stap", "status"]),
            "TrajectoryPage": page("Trajectory"),
            "Indicator": object([
                "id": uuid, "naam": string, "soort": string, "bron": string, "reeks": nullable("string"), "eenheid": string, "richting": string,
                "nulmeting": ["oneOf": [ref("Value"), ["type": "null"]]], "streefwaarde": ["oneOf": [ref("Value"), ["type": "null"]]],
                "reekswaarden": array(ref("Value")), "koers": string,
            ], required: ["id", "naam", "soort", "bron", "eenheid", "richting", "reekswaarden", "koers"]),
            "Subject": object(["sleutel": string, "titel": string, "soort": string, "themas": array(string), "indicatoren": array(ref("Indicator"))], required: ["sleutel", "titel", "soort", "themas", "indicatoren"]),
            "Plan": object(["traject": ref("Trajectory"), "onderwerpen": array(ref("Subject"))], required: ["traject", "onderwerpen"]),
            "Update": object(["kwartaal": string, "status": string, "gerealiseerd": string, "toelichting": string, "besteed": nullable("number")], required: ["kwartaal", "status", "gerealiseerd", "toelichting"]),
            "Measure": object([
                "id": uuid, "jaar": integer, "onderwerp": string, "actiepunt": string, "titel": string, "omschrijving": string,
                "prestatieIndicator": string, "prestatieNorm": string, "bestuurlijkTrekker": string, "ambtelijkTrekker": string,
                "partijen": array(string), "kwartalen": array(integer), "budget": nullable("number"), "dekking": nullable("string"),
                "status": string, "methode": nullable("string"), "updates": array(ref("Update")),
            ], required: ["id", "jaar", "onderwerp", "actiepunt", "titel", "status", "updates"]),
            "MeasurePage": page("Measure"),
            "NewUpdate": object(["kwartaal": ["type": "string", "pattern": "^[0-9]{4}-K[1-4]$"], "status": ["type": "string", "enum": ["niet-gestart", "loopt", "vertraagd", "afgerond", "gestopt"]], "gerealiseerd": string, "toelichting": string, "besteed": ["type": "number", "minimum": 0]], required: ["kwartaal", "status"]),
            "Series": object(["bron": string, "code": string, "eenheid": string, "jaren": array(ref("Value"))], required: ["bron", "code", "eenheid", "jaren"]),
            "SeriesList": array(ref("Series")),
            "Catalogue": ["type": "object", "description": "Velden, thema's, strategische thema's, werkgroepgids, methoden en soorten cijfers; zie docs/CATALOGUE.md."],
        ]
    }
}
