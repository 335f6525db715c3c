namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string HelpIntro => "DanVan commands:";
    public override string HelpOutro => "Vietnamese commands work with or without diacritics.";
    public override string HelpSharedNote =>
        "In a channel or group chat, DanVan answers in your personal chat with DanVan; no unit's figures are shown here.";

    public override string? HelpLine(string route, bool senior) => route switch
    {
        RouteNames.Training when !senior => "**training** (tập huấn) — enter the unit's training figures (target 1)",
        RouteNames.UnitPlan when !senior => "**plan** (kế hoạch) — the unit's own plan: number, date issued, date sent to the department office (target 2)",
        RouteNames.Models when !senior => "**models** (mô hình) — register, update and list the unit's “Dân vận khéo” models",
        RouteNames.Report when !senior => "**report** (báo cáo) — send the results report: democracy, administrative reform, self-assessment (targets 3, 4, 5)",
        RouteNames.Standing when !senior => "**standing** (tình hình) — the unit's completion of each target and its rank",
        RouteNames.History => senior ? "**history** (lịch sử) — roster changes and refused attempts" : "**history** (lịch sử) — the unit's recent changes",
        RouteNames.Summary => "**summary** (tổng hợp) — the department's figures per target and the units not done, with days overdue",
        RouteNames.Export => "**export** (xuất báo cáo) — download the department report as Excel (.xlsx) or CSV",
        RouteNames.Roster => "**roster** (danh bạ) — units, unit heads, office and leader members; the office adds, renames and deactivates units, assigns or removes unit heads, and promotes office and leader members",
        RouteNames.RemindersPreview => "**reminders preview**, **reminders send** — preview or send the due reminders now",
        RouteNames.DepartmentChannelSet => "**department channel** (typed in a team channel) — DanVan posts the department picture there every week; **stop department channel** to end it",
        RouteNames.Help => "**help** (trợ giúp) — show this list",
        _ => null,
    };

    public override string TeamWelcome =>
        "Hello! DanVan helps the department's units report on their civil-affairs work. Figures, forms and reminders are sent " +
        "to each person in their personal chat with DanVan only: open DanVan from Apps, or type \"help\" to see the commands.";
    public override string SentToPersonalChat => "DanVan has sent the answer to your personal chat with DanVan.";
    public override string PersonalChatUnreachable =>
        "DanVan could not post the answer to your personal chat. Open your personal chat with DanVan (Apps → DanVan) and type the command there.";
    public override string UsePersonalChat =>
        "This can only be done in your personal chat with DanVan; nothing was saved. Open your personal chat with DanVan to go on.";

    public override string TooManyTurns(int seconds) =>
        $"You are sending too fast. DanVan is holding further actions for now; please wait about {seconds} seconds and try again.";
}
