/// What a route of a joint trajectory can ask permission for.
public enum JointAction: String, CaseIterable, Sendable {
    /// Read the joint trajectory: shared texts, the merge, the joint plan, shared local paragraphs, monitoring.
    case view
    /// Act for the whole group: shared start note and chapters, the step-3a decision, joint measures, the
    /// regional strategy. Only joint coordinators.
    case coordinate
    /// Act for one's own municipality inside the group (link a trajectory, share its outcome, write its local
    /// paragraphs). The handler still checks which municipality with `JointAccessPolicy.mayActLocally`.
    case actLocally
}
