import Foundation
import RegiekamerDomain

/// The IVP's own chapters (1, 2, 3, 6 and 7 with the yearly budget) as one form with one save: each field's
/// key, name, label and hint are written here once and read by the page and the handler alike.
package struct IVPChaptersForm {
    /// One text of the form and how it is asked.
    package struct Field {
        /// The plan text it writes (`h1`, `h7.budget`).
        package let key: String
        package let label: String
        package var hint: String? = nil
        /// A single amount in euros instead of running text.
        package var isAmount = false

        /// The form field's name and id; the check page links to `#blok-<name>`.
        package var name: String { "tekst-" + key.replacingOccurrences(of: ".", with: "-") }
        /// The hidden field carrying the version the text was read at.
        package var versionName: String { "versie-" + name }
    }

    /// The chapter each field belongs to, in the order of the page.
    package static let fields: [Field] = [
        Field(
            key: "h1", label: IVPChapter.startingPoint.title,
            hint: "Voorgevuld met de samenvatting van de veiligheidsanalyse; pas aan waar nodig."),
        Field(key: "h2", label: "Visie en doelstelling"),
        Field(
            key: "h3", label: IVPChapter.strategicPrinciples.title,
            hint: "Bijvoorbeeld burgerparticipatie, de verbinding tussen zorg en veiligheid, wijkgericht en "
                + "informatiegestuurd werken."),
        Field(key: "h6", label: IVPChapter.coordination.title),
        Field(key: "h7", label: IVPChapter.budget.title),
        Field(
            key: "h7.budget", label: "Beschikbaar budget per jaar",
            hint: "Een bedrag in euro's, bijvoorbeeld € 250.000.", isAmount: true),
    ]

    /// The longest text a chapter may hold.
    package static let maximumLength = 60_000

    /// The text of each field as shown: typed, or stored.
    package var values: [String: String]
    /// The version each text was read at.
    package var versions: [String: Int]
    package var failures: [ValidationFailure] = []
    /// Texts someone else saved after this form was read, by key: shown beside the typed text.
    package var newer: [String: String] = [:]

    package init(values: [String: String], versions: [String: Int], failures: [ValidationFailure] = []) {
        self.values = values
        self.versions = versions
        self.failures = failures
    }

    /// The form as read from the stored plan; chapter 1 starts from the analysis summary while it is empty.
    package init(plan: PlanView, analysisSummary: String) {
        var values: [String: String] = [:]
        var versions: [String: Int] = [:]
        for field in Self.fields {
            let stored = plan.text(field.key)
            values[field.key] = stored.isEmpty && field.key == "h1" ? analysisSummary : stored
            versions[field.key] = plan.version(field.key)
        }
        self.init(values: values, versions: versions)
    }

    /// The form as posted: `value(name)` reads a posted field. A missing text is empty; a missing version 0.
    package init(posted value: (String) -> String?) {
        var values: [String: String] = [:]
        var versions: [String: Int] = [:]
        for field in Self.fields {
            let text = value(field.name) ?? ""
            values[field.key] = field.isAmount ? text.trimmingCharacters(in: .whitespaces) : text
            versions[field.key] = value(field.versionName).flatMap { Int($0) } ?? 0
        }
        self.init(values: values, versions: versions)
    }

    /// What is wrong with the typed values, each at its field.
    package func validate() -> [ValidationFailure] {
        Self.fields.compactMap { field in
            let text = values[field.key] ?? ""
            if text.count > Self.maximumLength {
                return ValidationFailure(
                    field: field.name, message: "\(field.label): de tekst is langer dan 60.000 tekens.")
            }
            if field.isAmount, !text.isEmpty, DutchNumberText.amount(text) == nil {
                return ValidationFailure(
                    field: field.name,
                    message: "\(field.label): vul een bedrag in euro's in, bijvoorbeeld € 250.000 of 250000.")
            }
            return nil
        }
    }

    /// The texts that differ from what is stored, with the version each was read at: only these are saved.
    package func changes(against plan: PlanView) -> [(key: String, text: String, version: Int)] {
        Self.fields.compactMap { field in
            let text = values[field.key] ?? ""
            guard text != plan.text(field.key) else { return nil }
            return (field.key, text, versions[field.key] ?? 0)
        }
    }

    /// The error at a field, if it was refused.
    package func error(_ field: Field) -> String? { FormComponents.error(for: field.name, in: failures) }
}
