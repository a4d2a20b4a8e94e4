import Foundation
import RegiekamerDomain
import RegiekamerPersistence
import Vapor

/// The JSON shapes of the API (field names in Dutch, as in the exports). Documented in `OpenAPIDocument`.
enum ApiModels {
    struct Page<Item: Content>: Content {
        let items: [Item]
        let pagina: Int
        let perPagina: Int
        let totaal: Int
    }

    struct Trajectory: Content {
        let id: UUID
        let naam: String
        let beginjaar: Int
        let eindjaar: Int
        let stap: Int
        let status: String
    }

    struct Value: Content {
        let jaar: Int
        let waarde: Double
    }

    struct Indicator: Content {
        let id: UUID
        let naam: String
        let soort: String
        let bron: String
        let reeks: String?
        let eenheid: String
        let richting: String
        let nulmeting: Value?
        let streefwaarde: Value?
        let reekswaarden: [Value]
        let koers: String
    }

    struct Subject: Content {
        let sleutel: String
        let titel: String
        let soort: String
        let themas: [String]
        let indicatoren: [Indicator]
    }

    struct Plan: Content {
        let traject: Trajectory
        let onderwerpen: [Subject]
    }

    struct Update: Content {
        let kwartaal: String
        let status: String
        let gerealiseerd: String
        let toelichting: String
        let besteed: Double?
    }

    struct Measure: Content {
        let id: UUID
        let jaar: Int
        let onderwerp: String
        let actiepunt: String
        let titel: String
        let omschrijving: String
        let prestatieIndicator: String
        let prestatieNorm: String
        let bestuurlijkTrekker: String
        let ambtelijkTrekker: String
        let partijen: [String]
        let kwartalen: [Int]
        let budget: Double?
        let dekking: String?
        let status: String
        let methode: String?
        let updates: [Update]
    }

    struct Series: Content {
        let bron: String
        let code: String
        let eenheid: String
        let jaren: [Value]
    }

    struct NewUpdate: Content {
        let kwartaal: String
        let status: String
        let gerealiseerd: String?
        let toelichting: String?
        let besteed: Double?
    }

    /// A trajectory with the step it is in, derived from its data.
    static func trajectory(_ model: TrajectoryModel, step: MethodStep) -> Trajectory {
        Trajectory(
            id: model.id!, naam: model.name, beginjaar: model.startYear, eindjaar: model.endYear, stap: step.rawValue,
            status: model.status.rawValue)
    }

    static func measure(_ model: PlanMeasureModel, updates: [ProgressUpdate]) -> Measure {
        let value = model.measure
        return Measure(
            id: model.id!, jaar: model.planYear, onderwerp: value.subjectKey, actiepunt: value.item, titel: value.title, omschrijving: value.description,
            prestatieIndicator: value.performanceIndicator, prestatieNorm: value.performanceTarget, bestuurlijkTrekker: value.administrativeLead,
            ambtelijkTrekker: value.officialLead, partijen: value.parties, kwartalen: value.quarters, budget: value.budget,
            dekking: value.budgetSource?.rawValue, status: value.status.rawValue, methode: value.methodCode,
            updates: updates.map { Update(kwartaal: $0.quarter.description, status: $0.status.rawValue, gerealiseerd: $0.realised, toelichting: $0.explanation, besteed: $0.spent) })
    }
}
