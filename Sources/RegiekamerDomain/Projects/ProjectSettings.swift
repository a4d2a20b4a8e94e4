import Foundation

/// A project's settings as entered, before validation.
public struct ProjectDraft: Equatable, Sendable {
    public var name: String
    public var kind: String
    public var focus: String
    public var area: String
    public var themes: String
    public var subject: String
    public var methodCode: String
    public var description: String

    public init(name: String, kind: String, focus: String, area: String, themes: String, subject: String = "", methodCode: String = "", description: String = "") {
        self.name = name
        self.kind = kind
        self.focus = focus
        self.area = area
        self.themes = themes
        self.subject = subject
        self.methodCode = methodCode
        self.description = description
    }
}

/// A validated project's settings.
public struct ProjectSettings: Equatable, Sendable, Codable {
    public let name: String
    public let kind: ProjectKind
    public let focus: ProjectFocus
    public let area: String
    public let themes: [ThemeCode]
    public let subject: String
    public let methodCode: String
    public let description: String

    public var themesText: String { themes.map(\.description).joined(separator: ", ") }
}
