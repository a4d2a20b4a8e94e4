import Foundation
import RegiekamerDomain

/// Reads the catalogue's JSON files from a directory and validates them.
public enum CatalogueLoader {
    /// File names, in the order they are read.
    public static let fieldFiles = MethodBackbone.fieldNumbers.map { "field-\($0).json" }
    public static let strategicThemesFile = "strategic-themes.json"
    public static let workingGroupFile = "working-group.json"
    public static let methodsFile = "methods.json"
    public static let figureTypesFile = "figure-types.json"

    /// The directory of the data files shipped with the package.
    public static var bundledDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Data", isDirectory: true)
    }

    /// Loads the bundled catalogue.
    public static func loadBundled() throws -> Catalogue {
        try load(from: bundledDirectory)
    }

    /// Loads and validates the catalogue in `directory`. Throws `CatalogueErrors` naming file and entry.
    public static func load(from directory: URL) throws -> Catalogue {
        var errors: [CatalogueError] = []
        var fields: [SafetyField] = []
        for file in fieldFiles {
            if let field = decode(SafetyField.self, file: file, in: directory, errors: &errors) {
                fields.append(field)
            }
        }
        let strategic = decode(StrategicThemesFile.self, file: strategicThemesFile, in: directory, errors: &errors)
        let workingGroup = decode(WorkingGroupGuide.self, file: workingGroupFile, in: directory, errors: &errors)
        let methods = decode(MethodsFile.self, file: methodsFile, in: directory, errors: &errors)
        let figureTypes = decode(FigureTypeCatalogue.self, file: figureTypesFile, in: directory, errors: &errors)
        guard errors.isEmpty, let strategic, let workingGroup, let methods, let figureTypes else { throw CatalogueErrors(errors: errors) }

        let catalogue = Catalogue(
            fields: fields, strategicThemes: strategic.strategicThemes, workingGroup: workingGroup, methods: methods.methods,
            figureTypes: figureTypes)
        let problems = CatalogueValidator.problems(in: catalogue)
        guard problems.isEmpty else { throw CatalogueErrors(errors: problems) }
        return catalogue
    }

    private static func decode<T: Decodable>(
        _ type: T.Type, file: String, in directory: URL, errors: inout [CatalogueError]
    ) -> T? {
        let url = directory.appendingPathComponent(file)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            errors.append(CatalogueError(file: file, entry: "", message: "het bestand ontbreekt of is niet leesbaar."))
            return nil
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            errors.append(describe(error, file: file))
        } catch {
            errors.append(CatalogueError(file: file, entry: "", message: "geen geldige JSON."))
        }
        return nil
    }

    private static func describe(_ error: DecodingError, file: String) -> CatalogueError {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
                .joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return CatalogueError(
                file: file, entry: path(context.codingPath + [key]), message: "verplicht veld '\(key.stringValue)' ontbreekt.")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return CatalogueError(file: file, entry: path(context.codingPath), message: "waarde heeft het verkeerde type.")
        case .dataCorrupted(let context):
            let detail = context.codingPath.isEmpty ? "geen geldige JSON." : "\(context.debugDescription)."
            return CatalogueError(file: file, entry: path(context.codingPath), message: detail)
        @unknown default:
            return CatalogueError(file: file, entry: "", message: "onleesbare inhoud.")
        }
    }
}
