/// The colour of a status tag. Colour is never the only carrier: the tag's text says the status.
package enum TagTone: String, CaseIterable, Sendable {
    case grey, blue, green, yellow, red

    package var cssClass: String { "status-tag status-tag--\(rawValue)" }
}

extension Components {
    /// A status in a few words ("Gereed", "Vertraagd"), coloured by `tone` and readable without the colour.
    package static func tag(_ text: String, _ tone: TagTone) -> HTML {
        element("strong", [.class(tone.cssClass)]) { text }
    }
}
