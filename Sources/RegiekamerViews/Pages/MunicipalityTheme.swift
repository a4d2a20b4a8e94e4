/// A municipality's own look on the pages residents see: its name and logo in the header instead of Regiekamer's
/// navigation, and its colour through a small stylesheet that sets the colour tokens (`--accent`,
/// `--accent-dark`) the whole stylesheet uses.
package struct MunicipalityTheme: Sendable {
    package let name: String
    /// The logo as a data URL, when the municipality has one.
    package let logo: String?
    /// The path of the stylesheet with the municipality's colour tokens, when it has its own colour.
    package let stylesheet: String?

    package init(name: String, logo: String?, stylesheet: String?) {
        self.name = name
        self.logo = logo
        self.stylesheet = stylesheet
    }

    /// "Gemeente Amersfoort", or the name as it is when it already says so.
    package var displayName: String { name.lowercased().hasPrefix("gemeente") ? name : "Gemeente \(name)" }

    /// The colour tokens as CSS, for the stylesheet a theme links to.
    package static func tokens(accent: String, accentDark: String) -> String {
        ":root { --accent: \(accent); --accent-dark: \(accentDark); }\n"
    }
}
