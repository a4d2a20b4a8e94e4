/// The bodies whose decision on the IVP or an Uitvoeringsplan is recorded: the council adopts the IVP, the
/// College the yearly Uitvoeringsplan, and the mayor where the decision is one of her own powers.
public enum PlanDecisionBodies {
    public static let all = ["Gemeenteraad", "College van B en W", "Burgemeester"]

    /// Whether a recorded decision adopts the IVP: the council's decision on document `ivp`.
    public static func adoptsIVP(document: String, body: String) -> Bool {
        document == "ivp" && body == "Gemeenteraad"
    }
}
