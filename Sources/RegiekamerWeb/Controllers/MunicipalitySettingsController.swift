import Fluent
import RegiekamerDomain
import RegiekamerPersistence
import RegiekamerViews
import Vapor

/// The municipality's name and logo, kept by its beheerder.
struct MunicipalitySettingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("gemeenten", ":municipalityID", "instellingen", access: .municipal(.manageUsers), use: show)
        routes.post("gemeenten", ":municipalityID", "instellingen", access: .municipal(.manageUsers), use: save)
    }

    struct SettingsForm: Content {
        var naam: String?
        var versie: String?
        var logo: File?
        var verwijderLogo: String?
        var kleur: String?
    }

    @Sendable
    func show(request: Request) async throws -> Response {
        let municipality = try await request.municipality()
        let notice: String? =
            (try? request.query.get(String.self, at: "melding")) == "opgeslagen" ? "De gegevens zijn opgeslagen." : nil
        return page(request, municipality, failures: [], conflict: false, notice: notice)
    }

    private func page(
        _ request: Request, _ municipality: MunicipalityModel, failures: [ValidationFailure], conflict: Bool,
        typedName: String? = nil, typedColour: String? = nil,
        notice: String?, status: HTTPStatus = .ok
    ) -> Response {
        HTMLResponse.page(
            MunicipalitySettingsPage.render(
                municipalityID: municipality.id!, name: municipality.name, cbsCode: municipality.cbsCode,
                logo: municipality.logo,
                colour: municipality.brandColour, version: municipality.version, failures: failures, conflict: conflict,
                typedName: typedName, typedColour: typedColour, notice: notice,
                context: request.pageContext), status: status)
    }

    @Sendable
    func save(request: Request) async throws -> Response {
        let user = try request.requireUser()
        let municipality = try await request.municipality()
        let form = try request.content.decode(SettingsForm.self)
        guard let version = form.versie.flatMap({ Int($0) }) else {
            throw Abort(.badRequest, reason: "Het formulier mist het versienummer.")
        }
        var failures: [ValidationFailure] = []
        let name = AccountRules.name(form.naam ?? "")
        if case .failure(let failure) = name { failures.append(failure) }
        var logo = municipality.logo
        if form.verwijderLogo == "ja" { logo = nil }
        if let file = form.logo, file.data.readableBytes > 0 {
            switch LogoRules.dataURL(for: Data(file.data.readableBytesView)) {
            case .success(let url): logo = url
            case .failure(let failure): failures.append(failure)
            }
        }
        let colour = BrandColour.validated(form.kleur ?? "")
        if case .failure(let failure) = colour { failures.append(failure) }
        guard failures.isEmpty, case .success(let validName) = name, case .success(let validColour) = colour else {
            return page(
                request, municipality, failures: failures, conflict: false, typedName: form.naam,
                typedColour: form.kleur, notice: nil, status: .badRequest)
        }
        let saved = try await MunicipalityStore.saveSettings(
            municipality, name: validName, logo: logo, brandColour: validColour, expectedVersion: version,
            actor: user.actor, on: request.db)
        guard saved else {
            let current = try await request.municipality()
            return page(
                request, current, failures: [], conflict: true, typedName: form.naam, typedColour: form.kleur,
                notice: nil, status: .conflict)
        }
        return request.redirect(
            to: WorkspacePaths.settings(try municipality.requireID()) + "?melding=opgeslagen", redirectType: .normal)
    }
}
