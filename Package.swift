// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Regiekamer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "regiekamer", targets: ["regiekamer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.7"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
    ],
    targets: [
        // Pure domain core: types and rules of the method. Foundation only.
        .target(name: "RegiekamerDomain"),
        // The method's knowledge catalogue: JSON data files and their typed, validated loader.
        .target(
            name: "RegiekamerCatalogue",
            dependencies: ["RegiekamerDomain"],
            resources: [.copy("Data")]
        ),
        // Fluent models, migrations and database configuration (SQLite default, PostgreSQL optional).
        .target(
            name: "RegiekamerPersistence",
            dependencies: [
                "RegiekamerDomain",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            resources: [.copy("DemoData")]
        ),
        // Importers of figure files (CBS/police crime, incidents, Veiligheidsmonitor, own registrations), streamed
        // into the database all-or-nothing, and the synthetic national data generator.
        .target(
            name: "RegiekamerImport",
            dependencies: ["RegiekamerDomain", "RegiekamerCatalogue", "RegiekamerPersistence", .product(name: "Fluent", package: "fluent")]
        ),
        // Documents: a small DOCX writer and an iCalendar writer, and the method's documents built on them.
        .target(
            name: "RegiekamerDocuments",
            dependencies: ["RegiekamerDomain", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Pages, components, the HTML builder (rendered by Plot) and the SVG charts: plain values in, HTML out. It cannot see the
        // database or Vapor, so the compiler keeps pages away from persistence.
        .target(
            name: "RegiekamerViews",
            dependencies: [
                "RegiekamerDomain", "RegiekamerCatalogue", "RegiekamerDocuments",
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        // Vapor application: routes and controllers, which turn models into the views target's view models.
        .target(
            name: "RegiekamerWeb",
            dependencies: [
                "RegiekamerViews",
                "RegiekamerDomain",
                "RegiekamerCatalogue",
                "RegiekamerPersistence",
                "RegiekamerImport",
                "RegiekamerDocuments",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // Thin command-line entry point.
        .executableTarget(
            name: "regiekamer",
            dependencies: [
                "RegiekamerWeb",
                "RegiekamerCatalogue",
                "RegiekamerPersistence",
                "RegiekamerImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Bounded fuzzing of the figure importers and the DOCX and iCalendar writers (robustness suite).
        .executableTarget(
            name: "RegiekamerFuzz",
            dependencies: ["RegiekamerImport", "RegiekamerDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Shared test helpers: a real database per test (temporary SQLite file, or PostgreSQL when
        // REGIEKAMER_TEST_DATABASE_URL is set).
        .target(
            name: "RegiekamerTestSupport",
            dependencies: ["RegiekamerPersistence", .product(name: "XCTVapor", package: "vapor")],
            path: "Tests/RegiekamerTestSupport"
        ),
        .testTarget(name: "RegiekamerDomainTests", dependencies: ["RegiekamerDomain"]),
        .testTarget(name: "RegiekamerCatalogueTests", dependencies: ["RegiekamerCatalogue"]),
        .testTarget(
            name: "RegiekamerDocumentsTests",
            dependencies: ["RegiekamerDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "RegiekamerPersistenceTests",
            dependencies: ["RegiekamerPersistence", "RegiekamerTestSupport", .product(name: "XCTVapor", package: "vapor")]
        ),
        .testTarget(name: "RegiekamerCLITests", dependencies: ["regiekamer"]),
        .testTarget(
            name: "RegiekamerImportTests",
            dependencies: ["RegiekamerImport", "RegiekamerCatalogue", "RegiekamerTestSupport", .product(name: "XCTVapor", package: "vapor")]
        ),
        .testTarget(
            name: "RegiekamerWebTests",
            dependencies: [
                "RegiekamerWeb", "RegiekamerViews", "RegiekamerImport", "RegiekamerTestSupport",
                .product(name: "XCTVapor", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ]
)
