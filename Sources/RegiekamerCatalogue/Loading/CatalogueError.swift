/// A problem in the catalogue's data files, naming the file and the entry so an editor can fix it.
public struct CatalogueError: Error, Equatable, Sendable, CustomStringConvertible {
    /// File name within the catalogue directory, e.g. `field-2.json`.
    public let file: String
    /// The entry concerned, e.g. `thema 2.3` or `themes[2].links[0]`; empty for the file as a whole.
    public let entry: String
    /// Dutch description of the problem.
    public let message: String

    public init(file: String, entry: String, message: String) {
        self.file = file
        self.entry = entry
        self.message = message
    }

    public var description: String {
        let location = entry.isEmpty ? file : "\(file), \(entry)"
        return "Catalogus ongeldig in \(location): \(message) Herstel het gegevensbestand en start opnieuw."
    }
}

/// All problems found while loading the catalogue; its description is the first, with a count of the rest.
public struct CatalogueErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [CatalogueError]

    public var description: String {
        guard let first = errors.first else { return "Catalogus ongeldig." }
        let rest = errors.count - 1
        return rest == 0 ? first.description : "\(first.description) (en nog \(rest) andere fout(en))"
    }
}
