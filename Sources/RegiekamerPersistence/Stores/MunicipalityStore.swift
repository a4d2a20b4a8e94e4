import Fluent
import Foundation
import RegiekamerDomain

/// Changes to a municipality's own settings (name, logo), with optimistic locking and an audit entry.
public enum MunicipalityStore {
    /// The municipality with this CBS code (any case, surrounding spaces allowed), or a Dutch refusal naming the code.
    public static func municipality(cbsCode text: String, on database: Database) async throws -> MunicipalityModel {
        guard let code = CBSCode(text),
            let municipality = try await MunicipalityModel.query(on: database).filter(\.$cbsCode == code.value).first()
        else {
            throw ValidationFailure(field: "gemeente", message: "Geen gemeente met CBS-code '\(text)' gevonden.")
        }
        return municipality
    }

    /// Saves name, logo and colour if the version is still `expectedVersion`; returns false on a conflict.
    public static func saveSettings(
        _ municipality: MunicipalityModel, name: String, logo: String?, brandColour: BrandColour? = nil,
        expectedVersion: Int, actor: Actor, on database: Database
    ) async throws -> Bool {
        try await database.transaction { db in
            let municipalityID = try municipality.requireID()
            let before = MunicipalitySnapshot(municipality)
            let hadLogo = municipality.logo != nil
            let colourChange =
                municipality.brandColour == brandColour?.hex
                ? "" : "; kleur \(brandColour?.hex ?? "verwijderd")"
            let saved = try await VersionedUpdate.apply(
                on: db, schema: MunicipalityModel.schema, id: municipalityID, expectedVersion: expectedVersion,
                values: [("name", name), ("logo", logo), ("brand_colour", brandColour?.hex), ("updated_at", Date())])
            guard saved, let after = try await MunicipalityModel.find(municipalityID, on: db) else { return false }
            let logoChange =
                hadLogo == (logo != nil)
                ? (logo == nil ? "" : "; logo vervangen") : (logo == nil ? "; logo verwijderd" : "; logo toegevoegd")
            try await AuditLog.record(
                on: db, actor: actor, municipalityID: municipalityID, change: .update, entityType: "gemeente",
                entityID: municipalityID, summary: "Gegevens van de gemeente gewijzigd\(logoChange)\(colourChange)",
                before: before, after: MunicipalitySnapshot(after))
            return true
        }
    }
}
