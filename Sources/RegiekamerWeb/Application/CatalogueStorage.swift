import RegiekamerCatalogue
import Vapor

/// The loaded catalogue and its search index, kept on the application.
struct CatalogueStorageKey: StorageKey {
    typealias Value = LoadedCatalogue
}

/// The catalogue plus derived structures that are built once at start-up.
struct LoadedCatalogue: Sendable {
    let catalogue: Catalogue
    let search: CatalogueSearch
}

extension Application {
    var loadedCatalogue: LoadedCatalogue {
        get {
            guard let value = storage[CatalogueStorageKey.self] else {
                fatalError("The catalogue is set in configure(_:options:) before any route runs.")
            }
            return value
        }
        set { storage[CatalogueStorageKey.self] = newValue }
    }
}

extension Request {
    var catalogue: Catalogue { application.loadedCatalogue.catalogue }
    var catalogueSearch: CatalogueSearch { application.loadedCatalogue.search }
}
