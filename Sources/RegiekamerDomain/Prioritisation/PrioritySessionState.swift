/// Whether the participants of a priority session can vote: being prepared, open, or closed. The raw values are
/// what the database stores.
public enum PrioritySessionState: String, Codable, Sendable {
    case preparing = "voorbereiding"
    case open = "open"
    case closed = "gesloten"

    public var label: String {
        switch self {
        case .preparing: "In voorbereiding"
        case .open: "Stemmen geopend"
        case .closed: "Gesloten"
        }
    }
}
