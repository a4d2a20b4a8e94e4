import Vapor

extension Request {
    /// A redirect after a form: to `path` with `?melding=notice` (or `&…`), placed before a `#fragment` so the page
    /// both shows the notice and scrolls to the fragment.
    func redirect(to path: String, notice: String) -> Response {
        let parts = path.split(separator: "#", maxSplits: 1).map(String.init)
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        return redirect(to: parts[0] + (parts[0].contains("?") ? "&" : "?") + "melding=\(notice)" + fragment, redirectType: .normal)
    }
}

/// Text typed in a form as it is stored: trimmed and at most `limit` characters.
enum FormText {
    static func clean(_ text: String?, _ limit: Int = 2_000) -> String {
        String((text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit))
    }
}
