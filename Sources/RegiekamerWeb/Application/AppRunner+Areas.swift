import Foundation
import RegiekamerDomain
import RegiekamerImport
import RegiekamerPersistence

extension AppRunner {
    /// Migrates, then imports a GeoJSON file of area boundaries for the whole instance (all or nothing).
    public static func importAreas(options: AppOptions, file: URL, areaOptions: AreaFileOptions) async throws
        -> AreaImportSummary
    {
        try await withApplication(options) { app in
            try await DatabaseSetup.migrate(app, target: options.database)
            return try await AreaImporter.run(file: file, options: areaOptions, on: app.db)
        }
    }
}
