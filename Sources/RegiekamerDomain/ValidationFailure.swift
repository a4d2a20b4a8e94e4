/// A rejected input: which field was wrong and a Dutch message that says why.
public struct ValidationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Several rejected inputs at once, so a form can show every problem beside its field.
public struct ValidationFailures: Error, Equatable, Sendable {
    public let all: [ValidationFailure]

    public init(_ all: [ValidationFailure]) {
        self.all = all
    }
}
