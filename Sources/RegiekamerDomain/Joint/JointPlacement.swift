import Foundation

/// Where step 3a places a municipality's local choice: in the joint (supra-local) part, in the municipality's own
/// local part, or dropped with a reason.
public enum JointPlacement: Equatable, Sendable {
    case shared
    case local
    case dropped(reason: String)
}
