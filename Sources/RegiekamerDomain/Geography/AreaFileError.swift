/// Why an area file was refused: a Dutch message naming the feature (its position in the file, counted from 1,
/// and its code when known). Nothing of the file is kept when this is thrown.
public struct AreaFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The feature's position in the file (1 is the first), nil for the file as a whole.
    public let feature: Int?
    public let code: String?
    public let message: String

    public init(feature: Int? = nil, code: String? = nil, message: String) {
        self.feature = feature
        self.code = code
        self.message = message
    }

    public var description: String {
        var place = ""
        if let feature { place = " bij gebied \(feature)" + (code.map { " (\($0))" } ?? "") }
        return "Import afgebroken\(place): \(message) Er is niets opgeslagen."
    }
}
