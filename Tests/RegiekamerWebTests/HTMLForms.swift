import Foundation
import RegiekamerViews

/// The POST forms of a page as a browser would submit them: each field's name and the value it holds when the
/// page loads (text as typed in inputs and textareas, the selected option, checked boxes only). The app's
/// HTML builder writes double-quoted, escaped attributes, which is all this reader handles.
struct HTMLForm {
    struct Field {
        let name: String
        let type: String
        var value: String
        /// A visible field that shows content stored before (not a hidden field, not a button).
        var showsStoredContent: Bool {
            !value.isEmpty && ["text", "textarea", "number", "date", "email", "url", "month", "search"].contains(type)
        }
    }

    let action: String
    let fields: [Field]

    func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// The fields as a browser posts them.
    var pairs: [(String, String)] { fields.map { ($0.name, $0.value) } }

    /// The route pattern of the action (query left out, ids replaced by `:id`), for exception lists and messages.
    var actionPattern: String {
        action.split(separator: "?")[0].split(separator: "/")
            .map { UUID(uuidString: String($0)) == nil ? String($0) : ":id" }.joined(separator: "/")
    }

    /// A form of the workspace, not the sign-in or sign-out form of every page's header.
    var isWorkspaceForm: Bool { !action.hasPrefix("/inloggen") && action != "/uitloggen" }

    static func forms(in html: String) -> [HTMLForm] {
        matches(#"<form\b([^>]*)>(.*?)</form>"#, in: html).compactMap { groups in
            let attributes = groups[0]
            let body = groups[1]
            guard attribute("method", in: attributes)?.lowercased() == "post",
                let action = attribute("action", in: attributes)
            else {
                return nil
            }
            var fields: [Field] = []
            for input in matches(#"<input\b([^>]*)>"#, in: body) {
                let attributes = input[0]
                guard let name = attribute("name", in: attributes) else { continue }
                let type = attribute("type", in: attributes)?.lowercased() ?? "text"
                if ["checkbox", "radio"].contains(type), !hasFlag("checked", in: attributes) { continue }
                if ["submit", "button", "file", "image", "reset"].contains(type) { continue }
                fields.append(Field(name: name, type: type, value: unescape(attribute("value", in: attributes) ?? "")))
            }
            for area in matches(#"<textarea\b([^>]*)>(.*?)</textarea>"#, in: body) {
                guard let name = attribute("name", in: area[0]) else { continue }
                fields.append(Field(name: name, type: "textarea", value: unescape(area[1])))
            }
            for select in matches(#"<select\b([^>]*)>(.*?)</select>"#, in: body) {
                guard let name = attribute("name", in: select[0]) else { continue }
                let options = matches(#"<option\b([^>]*)>"#, in: select[1]).map(\.[0])
                let chosen = options.first { hasFlag("selected", in: $0) } ?? options.first
                fields.append(
                    Field(
                        name: name, type: "select", value: unescape(chosen.flatMap { attribute("value", in: $0) } ?? "")
                    ))
            }
            return HTMLForm(action: unescape(action), fields: fields)
        }
    }

    private static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard
            let regex = try? NSRegularExpression(
                pattern: pattern, options: [.dotMatchesLineSeparators, .caseInsensitive])
        else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    private static func attribute(_ name: String, in attributes: String) -> String? {
        matches(#"(?:^|\s)"# + name + #"="([^"]*)""#, in: attributes).first?.first
    }

    private static func hasFlag(_ name: String, in attributes: String) -> Bool {
        !matches(#"(?:^|\s)"# + name + #"(?:\s|$|=)"#, in: attributes).isEmpty
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
