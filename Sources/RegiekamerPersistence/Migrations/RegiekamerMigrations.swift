import Fluent

/// The ordered list of all migrations; the same list runs on SQLite and PostgreSQL.
public enum RegiekamerMigrations {
    public static var all: [any Migration] {
        [
            CreateMunicipalities(),
            CreateTrajectories(),
            CreateAccounts(),
            CreateAuditEntries(),
            CreateStartUp(),
            CreateAnalysis(),
            CreatePrioritisation(),
            CreateFigures(),
            CreatePlanning(),
            CreateApiTokens(),
            CreateProjects(),
            CreateJointPlans(),
            CreateRegionalStrategies(),
            CreatePendingMemberships(),
            AddMunicipalityBrandColour(),
            CreateSkippedSteps(),
            AddFigureImportLayoutNote(),
            CreateFigureMargins(),
            CreateAreaBoundaries(),
        ]
    }

    /// Registers every migration with `migrations`.
    public static func register(on migrations: Migrations) {
        for migration in all { migrations.add(migration) }
    }
}
