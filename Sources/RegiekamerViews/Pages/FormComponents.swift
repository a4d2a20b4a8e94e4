import RegiekamerDomain

/// Accessible form fields: every input has a label, errors sit beside their field and are linked to it.
package enum FormComponents {
    /// The error for `field` among `failures`, if any.
    package static func error(for field: String, in failures: [ValidationFailure]) -> String? {
        failures.first { $0.field == field }?.message
    }

    /// A list of all problems at the top of a form, each linking to its field.
    /// `id` is the one the form script focuses on load; the style guide's example uses another.
    package static func errorSummary(
        _ failures: [ValidationFailure], fieldIDs: [String: String], id: String = "foutmeldingen"
    ) -> HTML {
        if failures.isEmpty { return .empty }
        return div(.class("alert"), .role("alert"), .id(id), .init("tabindex", "-1")) {
            h2 { failures.count == 1 ? "Er is 1 probleem" : "Er zijn \(failures.count) problemen" }
            ul {
                for failure in failures {
                    li { a(href: "#\(fieldIDs[failure.field] ?? id)") { failure.message } }
                }
            }
        }
    }

    package static func textField(
        id: String, name: String, label labelText: String, value: String, error: String?, type: String = "text",
        autocomplete: String? = nil, required: Bool = true, hint: String? = nil, list: String? = nil
    ) -> HTML {
        var attributes: [Attribute] = [.type(type), .id(id), .name(name), .value(value)]
        if required { attributes.append(.flag("required")) }
        if let list { attributes.append(.init("list", list)) }
        if let autocomplete { attributes.append(.init("autocomplete", autocomplete)) }
        attributes += Components.describedBy(id: id, error: error, hint: hint)
        return div(.class("field")) {
            label(.for(id)) { labelText }
            if let hint { p(.id("\(id)-hint")) { hint } }
            if let error { Components.fieldError(id: id, error) }
            element("input", attributes)
        }
    }

    package static func textArea(
        id: String, name: String, label labelText: String, value: String, error: String?, hint: String? = nil
    ) -> HTML {
        div(.class("field")) {
            label(.for(id)) { labelText }
            if let hint { p(.id("\(id)-hint")) { hint } }
            if let error { Components.fieldError(id: id, error) }
            element("textarea", [.id(id), .name(name)] + Components.describedBy(id: id, error: error, hint: hint)) {
                value
            }
        }
    }

    package static func select(
        id: String, name: String, label labelText: String, options: [(value: String, label: String)], selected: String,
        error: String?
    ) -> HTML {
        div(.class("field")) {
            label(.for(id)) { labelText }
            if let error { Components.fieldError(id: id, error) }
            element("select", [.id(id), .name(name)] + Components.describedBy(id: id, error: error, hint: nil)) {
                for option in options {
                    if option.value == selected {
                        element("option", [.value(option.value), .flag("selected")]) { option.label }
                    } else {
                        element("option", [.value(option.value)]) { option.label }
                    }
                }
            }
        }
    }
}
