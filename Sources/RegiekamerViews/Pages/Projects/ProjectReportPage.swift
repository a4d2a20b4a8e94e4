import Foundation
import RegiekamerDocuments

/// The project report as a web page: the same sections as the Word document.
package enum ProjectReportPage {
    package static func render(_ view: ProjectPageView, report: ProjectReport, context: PageContext) -> String {
        PageLayout.render(
            title: report.title, section: .workspace, context: context, breadcrumbs: ProjectComponents.breadcrumbs(view)
        ) {
            h1 { report.title }
            p { Components.documentDownloads("Dit rapport", docx: ProjectPaths.reportDocx(view.m, view.p)) }
            for section in report.sections {
                h2 { section.title }
                for paragraph in section.paragraphs { p { paragraph } }
                if !section.rows.isEmpty {
                    Components.dataTable(
                        caption: section.title, headers: section.headers, rows: section.rows.map { $0.map(HTML.text) })
                } else if section.paragraphs.isEmpty {
                    p(.class("empty")) { "Nog niets vastgelegd." }
                }
            }
        }
    }
}
