import Foundation
import RegiekamerDomain

/// What the figures pages show of a municipality: the chosen area, its districts and their names, the theme
/// mapping in force, and which figure actions the user may take.
package struct FiguresView {
    package let municipalityID: UUID
    package let municipalityName: String
    /// The municipality's CBS code (`GM0344`).
    package let code: String
    package let area: AreaCode
    package let districts: [String]
    package let areaNames: [String: String]
    package let mapping: FigureThemeMapping
    package let allowed: Set<Action>

    package init(
        municipalityID: UUID, municipalityName: String, code: String, area: AreaCode, districts: [String],
        areaNames: [String: String], mapping: FigureThemeMapping, allowed: Set<Action>
    ) {
        self.municipalityID = municipalityID
        self.municipalityName = municipalityName
        self.code = code
        self.area = area
        self.districts = districts
        self.areaNames = areaNames
        self.mapping = mapping
        self.allowed = allowed
    }

    package func may(_ action: Action) -> Bool { allowed.contains(action) }

    /// The municipality's name for its own code, otherwise "name (code)" or the bare code.
    package func areaLabel(_ code: String) -> String {
        if code == self.code { return municipalityName }
        return areaNames[code].map { "\($0) (\(code))" } ?? code
    }
}

/// One file import as the import page lists it.
package struct FigureImportItem {
    package let importedAt: Date
    package let source: String
    package let fileName: String
    package let rowCount: Int
    package let areaCount: Int
    package let periodCount: Int
    package let seriesCount: Int
    package let firstPeriod: String
    package let lastPeriod: String
    package let ownerCode: String
    package let actorName: String
    package let unmapped: String
    /// Which table and layout the importer recognised, and what it left out.
    package let layoutNote: String

    package init(
        importedAt: Date, source: String, fileName: String, rowCount: Int, areaCount: Int, periodCount: Int,
        seriesCount: Int, firstPeriod: String, lastPeriod: String, ownerCode: String, actorName: String,
        unmapped: String, layoutNote: String = ""
    ) {
        self.importedAt = importedAt
        self.source = source
        self.fileName = fileName
        self.rowCount = rowCount
        self.areaCount = areaCount
        self.periodCount = periodCount
        self.seriesCount = seriesCount
        self.firstPeriod = firstPeriod
        self.lastPeriod = lastPeriod
        self.ownerCode = ownerCode
        self.actorName = actorName
        self.unmapped = unmapped
        self.layoutNote = layoutNote
    }
}
