import Foundation

/// One area of an imported boundary file: its trimmed CBS code, its name and its outline in RD New metres,
/// simplified for display.
public struct AreaFeature: Equatable, Sendable {
    public var code: String
    public var name: String
    public var geometry: AreaGeometry

    public init(code: String, name: String, geometry: AreaGeometry) {
        self.code = code
        self.name = name
        self.geometry = geometry
    }

    /// The municipality the area lies in.
    public var municipalityCode: String { AreaLevel.municipalityCode(of: code) }
}

/// The coordinate system of a boundary file.
public enum AreaProjection: String, Sendable, Equatable {
    case wgs84 = "WGS84 (EPSG:4326)"
    case rdNew = "RD New (EPSG:28992)"
}

/// What the reader may be told instead of detecting it.
public struct AreaFileOptions: Sendable, Equatable {
    public var codeProperty: String?
    public var nameProperty: String?
    public var year: Int?
    public var level: AreaLevel?
    /// Douglas–Peucker tolerance in metres; nil takes the level's (`AreaLevel.toleranceMetres`).
    public var toleranceMetres: Double?

    public init(
        codeProperty: String? = nil, nameProperty: String? = nil, year: Int? = nil, level: AreaLevel? = nil,
        toleranceMetres: Double? = nil
    ) {
        self.codeProperty = codeProperty
        self.nameProperty = nameProperty
        self.year = year
        self.level = level
        self.toleranceMetres = toleranceMetres
    }
}

/// A read boundary file: its areas and what was recognised.
public struct AreaFile: Sendable, Equatable {
    public var features: [AreaFeature]
    public var level: AreaLevel
    public var year: Int
    public var projection: AreaProjection
    /// Where the projection was read: "crs" or "coördinaten".
    public var projectionEvidence: String
    public var codeProperty: String
    public var nameProperty: String?
    public var toleranceMetres: Double
    public var pointsRead: Int
    public var pointsKept: Int
    /// Features whose code appeared before: their polygons were added to the earlier one.
    public var mergedFeatures: Int
}
