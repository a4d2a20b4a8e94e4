/// Why an import stopped: a Dutch message, with the line number when a line is to blame. Nothing of the file
/// is kept when this is thrown.
public struct FigureImportError: Error, Equatable, CustomStringConvertible {
    public let line: Int?
    public let message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String {
        guard let line else { return "Import afgebroken: \(message) Er is niets opgeslagen." }
        return "Import afgebroken op regel \(line): \(message) Er is niets opgeslagen."
    }
}
