import Foundation
import RegiekamerDomain

/// Addresses of the figures pages of a municipality.
package enum FigurePaths {
    package static func overview(_ municipalityID: UUID, area: String? = nil) -> String {
        "/gemeenten/\(municipalityID.uuidString)/cijfers" + query(area)
    }

    package static func theme(_ municipalityID: UUID, _ theme: ThemeCode, area: String? = nil) -> String {
        "/gemeenten/\(municipalityID.uuidString)/cijfers/thema/\(theme)" + query(area)
    }

    package static func themeExport(_ municipalityID: UUID, _ theme: ThemeCode, format: String, area: String) -> String
    {
        "/gemeenten/\(municipalityID.uuidString)/cijfers/thema/\(theme)/reeks.\(format)" + query(area)
    }

    package static func rawExport(_ municipalityID: UUID, source: FigureSource, area: String) -> String {
        "/gemeenten/\(municipalityID.uuidString)/cijfers/export.csv?bron=\(source.rawValue)&gebied=\(area)"
    }

    package static func importing(_ municipalityID: UUID) -> String {
        "/gemeenten/\(municipalityID.uuidString)/cijfers/importeren"
    }

    package static func mapping(_ municipalityID: UUID) -> String {
        "/gemeenten/\(municipalityID.uuidString)/cijfers/koppeling"
    }

    private static func query(_ area: String?) -> String { area.map { "?gebied=\($0)" } ?? "" }
}
