import Foundation
import RegiekamerDomain

/// A lead's quarterly update of one measure as a form: its field names written once, its values as typed, so a
/// refused update comes back with everything in place.
package struct MeasureUpdateForm {
    package static let quarterName = "kwartaal"
    package static let statusName = "status"
    package static let realisedName = "gerealiseerd"
    package static let explanationName = "toelichting"
    package static let spentName = "besteed"

    package var quarter: String
    package var status: String
    package var realised: String
    package var explanation: String
    package var spent: String
    package var failures: [ValidationFailure] = []

    package init(
        quarter: String, status: String, realised: String = "", explanation: String = "", spent: String = "",
        failures: [ValidationFailure] = []
    ) {
        self.quarter = quarter
        self.status = status
        self.realised = realised
        self.explanation = explanation
        self.spent = spent
        self.failures = failures
    }

    /// An empty update for the open quarter, starting from the measure's current status.
    package init(quarter: Quarter, measure: PlanMeasure) {
        self.init(quarter: quarter.description, status: measure.status.rawValue)
    }

    /// The error at a field, if it was refused. A refusal about the quarter or the measure sits at the status.
    package func error(_ name: String) -> String? {
        failures.first {
            $0.field == name || (name == Self.statusName && ["kwartaal", "maatregel"].contains($0.field))
        }?.message
    }

    /// The error summary's links: each failure to the field it belongs to.
    package static let fieldIDs: [String: String] = [
        "status": "status", "kwartaal": "status", "maatregel": "status", "besteed": "besteed",
        "gerealiseerd": "gerealiseerd", "toelichting": "toelichting",
    ]
}
