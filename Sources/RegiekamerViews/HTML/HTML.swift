/// A fragment of HTML that is safe to emit: text put in through the builder is escaped, markup is made only
/// by the element functions.
public struct HTML: Sendable, Equatable {
    public let rendered: String

    package init(unsafeRaw rendered: String) {
        self.rendered = rendered
    }

    public static let empty = HTML(unsafeRaw: "")

    /// Escaped text.
    public static func text(_ text: String) -> HTML {
        HTML(unsafeRaw: escape(text))
    }

    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// Combines fragments written inside element closures; plain strings become escaped text.
@resultBuilder
public enum HTMLBuilder {
    public static func buildExpression(_ expression: HTML) -> HTML { expression }
    public static func buildExpression(_ expression: String) -> HTML { .text(expression) }
    public static func buildBlock(_ parts: HTML...) -> HTML { join(parts) }
    public static func buildOptional(_ part: HTML?) -> HTML { part ?? .empty }
    public static func buildEither(first: HTML) -> HTML { first }
    public static func buildEither(second: HTML) -> HTML { second }
    public static func buildArray(_ parts: [HTML]) -> HTML { join(parts) }

    package static func join(_ parts: [HTML]) -> HTML {
        HTML(unsafeRaw: parts.map(\.rendered).joined())
    }
}
