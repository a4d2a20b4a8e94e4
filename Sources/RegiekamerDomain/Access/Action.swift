/// Everything a route can ask permission for. Each route names exactly one action (or is public).
public enum Action: String, CaseIterable, Sendable {
    /// See the municipality's workspace: its trajectories and their current step.
    case viewMunicipality
    /// Invite users, change their roles, reset their passwords.
    case manageUsers
    /// Read a trajectory and its documents.
    case viewTrajectory
    /// Create trajectories, change their name, period, step, status and description.
    case editTrajectory
    /// Write along in the analysis (the cell itself decides, through `AnalysisAccess`, which cells).
    case contribute
    /// Comment on drafts such as the start note's sections.
    case comment
    /// Record an administrative decision, such as the adoption of the start note.
    case recordDecision
    /// Read the audit trail of a trajectory.
    case viewAuditTrail
    /// See the municipality's figures: open data and its own registrations.
    case viewFigures
    /// Import figure files for the municipality and export them.
    case importFigures
    /// Change which themes the municipality's figure series count towards.
    case editFigureMapping
    /// Create municipalities and appoint their first administrator (instance level).
    case manageInstance
}
