import Foundation

/// Keeps one active trajectory per municipality: activating one completes the one that was active before.
public enum TrajectoryActivation {
    /// The status changes needed to make `activating` the active trajectory among `current` (id → status).
    /// Earlier active trajectories become completed; history is kept, nothing is removed.
    public static func changes(activating: UUID, current: [UUID: TrajectoryStatus]) -> [UUID: TrajectoryStatus] {
        var changes: [UUID: TrajectoryStatus] = [:]
        for (id, status) in current where id != activating && status == .active {
            changes[id] = .completed
        }
        if current[activating] != .active { changes[activating] = .active }
        return changes
    }

    /// Whether a set of statuses obeys the rule (at most one active).
    public static func isConsistent(_ statuses: [TrajectoryStatus]) -> Bool {
        statuses.filter { $0 == .active }.count <= 1
    }
}
