import Foundation

/// Which rows of one table belong to a municipality, for its archive. Tables are listed parents first, so an
/// import inserts them in this order without breaking a foreign key.
public struct ArchiveTableScope: Sendable {
    public let table: String
    /// SQL condition selecting the municipality's rows; `$M` is the municipality's id, `$C` its CBS code.
    let condition: String
    /// Rows that may already exist in the receiving instance (shared between municipalities): skipped there
    /// when identical, refused when different.
    let sharedKey: String?

    init(_ table: String, _ condition: String, sharedKey: String? = nil) {
        self.table = table
        self.condition = condition
        self.sharedKey = sharedKey
    }

    private static let trajectories = "trajectory_id IN (SELECT id FROM trajectories WHERE municipality_id = $M)"
    private static let projects = "project_id IN (SELECT id FROM projects WHERE municipality_id = $M)"

    /// Everything a municipality owns, in insertion order.
    public static let all: [ArchiveTableScope] = [
        ArchiveTableScope("municipalities", "id = $M"),
        ArchiveTableScope("users", """
            id IN (SELECT user_id FROM memberships WHERE municipality_id = $M)
            OR id IN (SELECT user_id FROM analysis_assignments WHERE \(trajectories))
            OR id IN (SELECT author_id FROM comments WHERE \(trajectories))
            OR id IN (SELECT lead_user_id FROM plan_measures WHERE \(trajectories))
            OR id IN (SELECT user_id FROM session_participants WHERE session_id IN (SELECT id FROM priority_sessions WHERE \(trajectories)))
            OR id IN (SELECT user_id FROM ballots WHERE session_id IN (SELECT id FROM priority_sessions WHERE \(trajectories)))
            OR id IN (SELECT user_id FROM project_participants WHERE \(projects))
            OR id IN (SELECT user_id FROM project_ballots WHERE \(projects))
            """, sharedKey: "id"),
        ArchiveTableScope("memberships", "municipality_id = $M"),
        ArchiveTableScope("api_tokens", "municipality_id = $M"),
        ArchiveTableScope("trajectories", "municipality_id = $M"),
        ArchiveTableScope("start_note_sections", trajectories),
        ArchiveTableScope("start_note_decisions", trajectories),
        ArchiveTableScope("plannings", trajectories),
        ArchiveTableScope("skipped_steps", trajectories),
        ArchiveTableScope("milestones", "planning_id IN (SELECT id FROM plannings WHERE \(trajectories))"),
        ArchiveTableScope("working_group_members", trajectories),
        ArchiveTableScope("covered_fields", trajectories),
        ArchiveTableScope("checklist_items", trajectories),
        ArchiveTableScope("comments", trajectories),
        ArchiveTableScope("analysis_cells", trajectories),
        ArchiveTableScope("analysis_assignments", trajectories),
        ArchiveTableScope("analysis_figures", trajectories),
        ArchiveTableScope("analysis_summaries", trajectories),
        ArchiveTableScope("candidate_priorities", trajectories),
        ArchiveTableScope("priority_sessions", trajectories),
        ArchiveTableScope("session_participants", "session_id IN (SELECT id FROM priority_sessions WHERE \(trajectories))"),
        ArchiveTableScope("ballots", "session_id IN (SELECT id FROM priority_sessions WHERE \(trajectories))"),
        ArchiveTableScope("priority_outcomes", trajectories),
        ArchiveTableScope("theme_placements", trajectories),
        ArchiveTableScope("plan_texts", trajectories),
        ArchiveTableScope("plan_indicators", trajectories),
        ArchiveTableScope("plan_measures", trajectories),
        ArchiveTableScope("plan_decisions", trajectories),
        ArchiveTableScope("action_plans", trajectories),
        ArchiveTableScope("plan_publications", trajectories),
        ArchiveTableScope("progress_quarters", trajectories),
        ArchiveTableScope("measure_updates", "measure_id IN (SELECT id FROM plan_measures WHERE \(trajectories))"),
        ArchiveTableScope("projects", "municipality_id = $M"),
        ArchiveTableScope("project_participants", projects),
        ArchiveTableScope("project_problems", projects),
        ArchiveTableScope("project_ballots", projects),
        ArchiveTableScope("project_current_measures", projects),
        ArchiveTableScope("project_objectives", projects),
        ArchiveTableScope("project_measures", projects),
        ArchiveTableScope("project_matrix_cells", projects),
        ArchiveTableScope("project_minutes", projects),
        ArchiveTableScope("figure_mapping_overrides", "municipality_id = $M"),
        ArchiveTableScope("figure_imports", "municipality_id = $M"),
        ArchiveTableScope("figure_series_names", "owner_code = $C"),
        ArchiveTableScope("figure_observations", "owner_code = $C"),
        ArchiveTableScope("figure_margins", "owner_code = $C"),
        ArchiveTableScope("figure_area_names", "area_code IN (SELECT area_code FROM figure_observations WHERE owner_code = $C)", sharedKey: "area_code"),
        ArchiveTableScope("area_boundaries", "municipality_code = $C", sharedKey: "area_key"),
        ArchiveTableScope("audit_entries", "municipality_id = $M"),
    ]

    /// Tables that belong to the instance, not to a municipality, and why they stay out of the archive.
    public static let instanceTables: [String: String] = [
        "_fluent_migrations": "het schema van deze installatie",
        "auth_sessions": "inlogsessies gelden alleen op deze installatie",
        "login_attempts": "de inlogrem hoort bij deze installatie",
        "one_time_links": "eenmalige links wijzen naar het adres van deze installatie",
        "pending_memberships":
            "een uitnodiging wacht op de toestemming van de persoon op deze installatie; het archief zou "
            + "anders het account van iemand buiten de gemeente meenemen",
        "joint_groups": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "joint_members": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "joint_coordinators": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "joint_decisions": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "joint_sections": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "joint_local_paragraphs": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "joint_measures": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "regional_themes": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "regional_team_members": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "regional_milestones": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
        "regional_results": "een samenwerking hoort bij alle deelnemende gemeenten samen, niet bij één",
    ]
}
