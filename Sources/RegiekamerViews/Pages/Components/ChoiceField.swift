import RegiekamerDomain

/// One option of a group of checkboxes or radios.
package struct ChoiceOption {
    package let value: String
    package let label: String
    package var hint: String? = nil

    /// The memberwise initializer, visible to the web target.
    package init(value: String, label: String, hint: String? = nil) {
        self.value = value
        self.label = label
        self.hint = hint
    }
}

/// The width of a text input, in characters it is made for (GOV.UK width classes): a year needs 4, a code 10.
package enum InputWidth: Int, CaseIterable, Sendable {
    case w4 = 4
    case w10 = 10
    case w20 = 20
    case full = 0

    package var cssClass: String { self == .full ? "input" : "input input--w\(rawValue)" }
}

extension Components {
    /// Checkboxes (`multiple`) or radios in a fieldset with a legend; each box is 44 px to touch, its label
    /// beside it, and the group's error at the legend. What was chosen stays chosen when the form comes back.
    package static func choices(
        id: String, name: String, legend: String, options: [ChoiceOption], selected: Set<String>,
        multiple: Bool, error: String? = nil, hint: String? = nil
    ) -> HTML {
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        var fieldset: [Attribute] = [.class(error == nil ? "choices" : "choices choices--error"), .id(id)]
        if !described.isEmpty { fieldset.append(.aria("describedby", described.joined(separator: " "))) }
        return element("fieldset", fieldset) {
            element("legend", [.class("choices__legend")]) { legend }
            if let hint { p(.class("hint"), .id("\(id)-hint")) { hint } }
            if let error { fieldError(id: id, error) }
            div(
                .class(multiple ? "choices__items choices__items--checkboxes" : "choices__items choices__items--radios")
            ) {
                for (index, option) in options.enumerated() {
                    let optionID = "\(id)-\(index + 1)"
                    div(.class("choices__item")) {
                        element(
                            "input",
                            choiceAttributes(
                                id: optionID, name: name, option: option, checked: selected.contains(option.value),
                                multiple: multiple))
                        label(.for(optionID), .class("choices__label")) { option.label }
                        if let hint = option.hint {
                            div(.class("hint choices__hint"), .id("\(optionID)-hint")) { hint }
                        }
                    }
                }
            }
        }
    }

    private static func choiceAttributes(
        id: String, name: String, option: ChoiceOption, checked: Bool, multiple: Bool
    ) -> [Attribute] {
        var attributes: [Attribute] = [
            .type(multiple ? "checkbox" : "radio"), .id(id), .name(name), .value(option.value),
            .class("choices__input"),
        ]
        if checked { attributes.append(.flag("checked")) }
        if option.hint != nil { attributes.append(.aria("describedby", "\(id)-hint")) }
        return attributes
    }

    /// A text input of a fitting width, with label, hint and error at the field (`aria-invalid`).
    package static func input(
        id: String, name: String, label labelText: String, value: String, width: InputWidth = .full,
        error: String? = nil, hint: String? = nil, inputMode: String? = nil, type: String = "text"
    ) -> HTML {
        var attributes: [Attribute] = [.type(type), .id(id), .name(name), .value(value), .class(width.cssClass)]
        if let inputMode { attributes.append(.init("inputmode", inputMode)) }
        attributes += describedBy(id: id, error: error, hint: hint)
        return div(.class(error == nil ? "form-group" : "form-group form-group--error")) {
            label(.for(id), .class("form-label")) { labelText }
            if let hint { p(.class("hint"), .id("\(id)-hint")) { hint } }
            if let error { fieldError(id: id, error) }
            element("input", attributes)
        }
    }

    /// `aria-describedby` naming a field's hint and error, and `aria-invalid` when the field was refused.
    package static func describedBy(id: String, error: String?, hint: String?) -> [Attribute] {
        let ids = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        var attributes: [Attribute] = []
        if !ids.isEmpty { attributes.append(.aria("describedby", ids.joined(separator: " "))) }
        if error != nil { attributes.append(.aria("invalid", "true")) }
        return attributes
    }

    /// The message at a refused field; the error summary links to the field it belongs to.
    package static func fieldError(id: String, _ message: String) -> HTML {
        p(.class("field-error"), .id("\(id)-error")) {
            span(.class("visually-hidden")) { "Fout: " }
            message
        }
    }

    /// "Add another": a list of values of one kind, one field pair per row (a year and its figure), the typed
    /// rows kept and `extraRows` empty rows more, so the list grows without JavaScript. An error for row `i`
    /// (from 0) sits at its first field.
    package static func addAnother(
        id: String, legend: String, keyName: String, keyLabel: String, valueName: String, valueLabel: String,
        rows: [(key: String, value: String)], errors: [Int: String] = [:], extraRows: Int = 1
    ) -> HTML {
        element("fieldset", [.class("add-another"), .id(id)]) {
            element("legend", [.class("choices__legend")]) { legend }
            for (index, row) in (rows + Array(repeating: ("", ""), count: max(0, extraRows))).enumerated() {
                let rowID = "\(id)-\(index + 1)"
                div(.class("add-another__row")) {
                    input(
                        id: "\(rowID)-sleutel", name: keyName, label: "\(keyLabel) \(index + 1)", value: row.key,
                        width: .w4, error: errors[index], inputMode: "numeric")
                    input(
                        id: "\(rowID)-waarde", name: valueName, label: "\(valueLabel) \(index + 1)", value: row.value,
                        width: .w10, inputMode: "decimal")
                }
            }
        }
    }
}
