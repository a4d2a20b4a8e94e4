import Foundation

/// Reads a GeoJSON FeatureCollection of area boundaries (Polygon and MultiPolygon) in WGS84 or RD New, detects
/// the code and name properties, the level and the year, converts to RD New and simplifies once
/// (Douglas–Peucker, by default 50 m for municipalities, 10 m for districts, 5 m for neighbourhoods).
public enum GeoJSONAreaReader {
    /// Code properties tried in this order, each with the name property that goes with it.
    static let knownProperties: [(code: String, name: String)] = [
        ("statcode", "statnaam"), ("buurtcode", "buurtnaam"), ("wijkcode", "wijknaam"),
        ("gemeentecode", "gemeentenaam"),
        ("cbsCode", "naam"), ("cbscode", "naam"), ("CBS_CODE", "NAAM"), ("c", "n"),
    ]
    static let fallbackNames = ["naam", "name", "statnaam", "n"]

    /// Reads the file's bytes.
    public static func read(_ data: Data, options: AreaFileOptions = AreaFileOptions()) throws -> AreaFile {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw AreaFileError(message: "Het bestand is geen GeoJSON (geen geldige JSON).")
        }
        guard let collection = root as? [String: Any], collection["type"] as? String == "FeatureCollection",
            let features = collection["features"] as? [Any]
        else {
            throw AreaFileError(message: "Het bestand is geen GeoJSON-FeatureCollection met 'features'.")
        }
        guard !features.isEmpty else { throw AreaFileError(message: "Het bestand bevat geen gebieden.") }
        let objects = try features.enumerated().map { index, feature in
            guard let object = feature as? [String: Any], object["type"] as? String == "Feature" else {
                throw AreaFileError(feature: index + 1, message: "Dit is geen GeoJSON-Feature.")
            }
            return object
        }
        let firstProperties = objects[0]["properties"] as? [String: Any] ?? [:]
        let codeProperty = try options.codeProperty ?? detectCodeProperty(firstProperties)
        let nameProperty = options.nameProperty ?? detectNameProperty(firstProperties, code: codeProperty)
        let (projection, evidence) = try detectProjection(collection, objects)
        let year = try options.year ?? detectYear(collection, firstProperties)

        var level = options.level
        var order: [String] = []
        var byCode: [String: AreaFeature] = [:]
        var merged = 0
        var pointsRead = 0
        var pointsKept = 0
        var tolerance = options.toleranceMetres ?? level?.toleranceMetres
        for (index, object) in objects.enumerated() {
            let properties = object["properties"] as? [String: Any] ?? [:]
            guard let code = areaCode(properties[codeProperty]), !code.isEmpty else {
                throw AreaFileError(
                    feature: index + 1, message: "Het gebied heeft geen code in eigenschap '\(codeProperty)'.")
            }
            guard let codeLevel = AreaLevel(code: code) else {
                throw AreaFileError(
                    feature: index + 1, code: code,
                    message: "'\(code)' is geen gemeente-, wijk- of buurtcode (GM…, WK…, BU…).")
            }
            if level == nil { level = codeLevel }
            guard codeLevel == level else {
                throw AreaFileError(
                    feature: index + 1, code: code,
                    message:
                        "Het bestand mengt niveaus: dit is een \(codeLevel.rawValue), het bestand heeft "
                        + "\(level!.plural)."
                )
            }
            if tolerance == nil { tolerance = codeLevel.toleranceMetres }
            let name = nameProperty.flatMap { codeText(properties[$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? code
            let polygons = try readGeometry(object["geometry"], projection: projection, feature: index + 1, code: code)
            let geometry = AreaGeometry(polygons: polygons)
            pointsRead += geometry.pointCount
            let simple = RingSimplification.simplify(geometry, tolerance: tolerance!)
            pointsKept += simple.pointCount
            if var existing = byCode[code] {
                existing.geometry.polygons += simple.polygons
                byCode[code] = existing
                merged += 1
            } else {
                order.append(code)
                byCode[code] = AreaFeature(code: code, name: name, geometry: simple)
            }
        }
        return AreaFile(
            features: order.map { byCode[$0]! }, level: level!, year: year, projection: projection,
            projectionEvidence: evidence, codeProperty: codeProperty, nameProperty: nameProperty,
            toleranceMetres: tolerance!, pointsRead: pointsRead, pointsKept: pointsKept, mergedFeatures: merged)
    }

    /// A trimmed, upper-case code; four digits alone are a municipality number (`0014` → `GM0014`).
    static func areaCode(_ value: Any?) -> String? {
        guard let text = codeText(value)?.uppercased() else { return nil }
        if text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { return "GM" + text }
        return text
    }

    /// A trimmed text of a string or number property.
    static func codeText(_ value: Any?) -> String? {
        let text: String
        switch value {
        case let string as String: text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        case let number as NSNumber: text = number.stringValue
        default: return nil
        }
        return text
    }

    static func detectCodeProperty(_ properties: [String: Any]) throws -> String {
        for candidate in knownProperties where properties[candidate.code] != nil { return candidate.code }
        let keys = properties.keys.sorted().prefix(12).joined(separator: ", ")
        throw AreaFileError(
            feature: 1,
            message:
                "Geen eigenschap met de gebiedscode gevonden (gezocht: statcode, buurtcode, wijkcode, gemeentecode, "
                + "cbsCode, c; "
                + "aanwezig: \(keys)). Noem haar met --code-property.")
    }

    static func detectNameProperty(_ properties: [String: Any], code: String) -> String? {
        if let pair = knownProperties.first(where: { $0.code == code }), properties[pair.name] != nil {
            return pair.name
        }
        return fallbackNames.first { properties[$0] != nil }
    }

    static func detectYear(_ collection: [String: Any], _ properties: [String: Any]) throws -> Int {
        if let metadata = collection["metadata"] as? [String: Any], let year = yearValue(metadata["year"]) {
            return year
        }
        for key in ["jaar", "year", "jrstatcode"] {
            if let year = yearValue(properties[key]) { return year }
        }
        throw AreaFileError(
            message: "Het jaar van de gebiedsindeling staat niet in het bestand; geef het op met --year.")
    }

    static func yearValue(_ value: Any?) -> Int? {
        let text: String
        switch value {
        case let number as NSNumber: text = number.stringValue
        case let string as String: text = string
        default: return nil
        }
        guard let year = Int(text.prefix(4)), (1900...2100).contains(year) else { return nil }
        return year
    }

    static func detectProjection(_ collection: [String: Any], _ objects: [[String: Any]]) throws -> (
        AreaProjection, String
    ) {
        var crs = collection["crs"]
        if crs == nil { crs = (objects.first?["geometry"] as? [String: Any])?["crs"] }
        if let name = ((crs as? [String: Any])?["properties"] as? [String: Any])?["name"] as? String {
            if name.contains("28992") { return (.rdNew, "crs") }
            if name.contains("CRS84") || name.contains("4326") { return (.wgs84, "crs") }
            throw AreaFileError(
                message: "Onbekend coördinatenstelsel '\(name)'; lees WGS84 (EPSG:4326) of RD New (EPSG:28992) in.")
        }
        for (index, object) in objects.enumerated() {
            guard let point = firstPosition((object["geometry"] as? [String: Any])?["coordinates"]) else { continue }
            if abs(point.x) <= 180, abs(point.y) <= 90 { return (.wgs84, "coördinaten") }
            if (-10_000...300_000).contains(point.x), (280_000...650_000).contains(point.y) {
                return (.rdNew, "coördinaten")
            }
            throw AreaFileError(
                feature: index + 1,
                message: "De coördinaten (\(point.x), \(point.y)) zijn geen WGS84 en geen RD New binnen Nederland.")
        }
        throw AreaFileError(message: "Het bestand bevat geen coördinaten.")
    }

    static func firstPosition(_ value: Any?) -> PlanePoint? {
        var current = value
        while let array = current as? [Any], let first = array.first {
            if let x = (first as? NSNumber)?.doubleValue, array.count >= 2,
                let y = (array[1] as? NSNumber)?.doubleValue
            {
                return PlanePoint(x: x, y: y)
            }
            current = first
        }
        return nil
    }

    static func readGeometry(_ value: Any?, projection: AreaProjection, feature: Int, code: String) throws
        -> [[[PlanePoint]]]
    {
        guard let geometry = value as? [String: Any], let type = geometry["type"] as? String else {
            throw AreaFileError(feature: feature, code: code, message: "Het gebied heeft geen geometrie.")
        }
        guard let coordinates = geometry["coordinates"] as? [Any] else {
            throw AreaFileError(feature: feature, code: code, message: "De geometrie heeft geen coördinaten.")
        }
        switch type {
        case "Polygon":
            return [try readPolygon(coordinates, projection: projection, feature: feature, code: code, polygon: nil)]
        case "MultiPolygon":
            return try coordinates.enumerated().map { index, polygon in
                guard let rings = polygon as? [Any] else {
                    throw AreaFileError(
                        feature: feature, code: code, message: "Polygoon \(index + 1) is geen lijst van ringen.")
                }
                return try readPolygon(rings, projection: projection, feature: feature, code: code, polygon: index + 1)
            }
        default:
            throw AreaFileError(
                feature: feature, code: code,
                message: "Geometrie '\(type)' wordt niet gelezen; alleen Polygon en MultiPolygon.")
        }
    }

    static func readPolygon(_ rings: [Any], projection: AreaProjection, feature: Int, code: String, polygon: Int?)
        throws -> [[PlanePoint]]
    {
        guard !rings.isEmpty else {
            let which = polygon.map { "Polygoon \($0)" } ?? "De polygoon"
            throw AreaFileError(feature: feature, code: code, message: "\(which) heeft geen ringen.")
        }
        return try rings.enumerated().map { ringIndex, ring in
            let which = (polygon.map { "Polygoon \($0), ring" } ?? "Ring") + " \(ringIndex + 1)"
            guard let positions = ring as? [Any], positions.count >= 4 else {
                throw AreaFileError(feature: feature, code: code, message: "\(which) heeft minder dan vier posities.")
            }
            var points: [PlanePoint] = []
            points.reserveCapacity(positions.count)
            for position in positions {
                guard let pair = position as? [Any], pair.count >= 2, let x = (pair[0] as? NSNumber)?.doubleValue,
                    let y = (pair[1] as? NSNumber)?.doubleValue, x.isFinite, y.isFinite
                else {
                    throw AreaFileError(
                        feature: feature, code: code, message: "\(which) bevat een onleesbare positie.")
                }
                points.append(PlanePoint(x: x, y: y))
            }
            guard points.first == points.last else {
                throw AreaFileError(
                    feature: feature, code: code,
                    message: "\(which) is niet gesloten: de laatste positie is niet gelijk aan de eerste.")
            }
            points.removeLast()
            if projection == .wgs84 { return points.map(RDNewProjection.rd(fromWGS84:)) }
            return points
        }
    }
}
