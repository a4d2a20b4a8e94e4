/// The four kinds of button (after the NL Design System and GOV.UK button): one primary action per form,
/// secondary for alternatives, subtle for minor actions in lists, warning for an action that removes something.
package enum ButtonKind: String, CaseIterable, Sendable {
    case primary, secondary, subtle, warning

    /// The CSS class of the kind (`button--warning`).
    package var cssClass: String { "button button--\(rawValue)" }
}

extension Components {
    /// A submit button of `kind`; `hidden` adds words for screen readers only ("Verwijderen: Buurtpreventie").
    package static func button(
        _ text: String, kind: ButtonKind = .primary, name: String? = nil, value: String? = nil,
        hidden: String? = nil
    ) -> HTML {
        var attributes: [Attribute] = [.type("submit"), .class(kind.cssClass)]
        if let name { attributes.append(.name(name)) }
        if let value { attributes.append(.value(value)) }
        return element("button", attributes) {
            text
            if let hidden { span(.class("visually-hidden")) { hidden } }
        }
    }

    /// A link that looks like a button, for an action that opens a page (such as the confirmation of a removal);
    /// it stays a link for assistive technology, since it navigates.
    package static func buttonLink(_ text: String, href: String, kind: ButtonKind = .secondary, hidden: String? = nil)
        -> HTML
    {
        a(href: href, .class(kind.cssClass)) {
            text
            if let hidden { span(.class("visually-hidden")) { hidden } }
        }
    }
}
