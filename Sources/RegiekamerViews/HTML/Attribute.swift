/// An HTML attribute; its value is escaped when rendered. A nil value renders as a bare boolean attribute.
public struct Attribute: Sendable, Equatable {
    package let name: String
    package let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    public static func `class`(_ value: String) -> Attribute { .init("class", value) }
    public static func id(_ value: String) -> Attribute { .init("id", value) }
    public static func href(_ value: String) -> Attribute { .init("href", value) }
    public static func aria(_ name: String, _ value: String) -> Attribute { .init("aria-\(name)", value) }
    public static func name(_ value: String) -> Attribute { .init("name", value) }
    public static func type(_ value: String) -> Attribute { .init("type", value) }
    public static func value(_ value: String) -> Attribute { .init("value", value) }
    public static func `for`(_ value: String) -> Attribute { .init("for", value) }
    public static func lang(_ value: String) -> Attribute { .init("lang", value) }
    public static func role(_ value: String) -> Attribute { .init("role", value) }
    public static func flag(_ name: String) -> Attribute { .init(name, nil) }

    package var rendered: String {
        value.map { " \(name)=\"\(HTML.escape($0))\"" } ?? " \(name)"
    }
}
