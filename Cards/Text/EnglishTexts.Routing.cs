namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string HelpIntro => "DanVan commands:";
    public override string HelpOutro => "Vietnamese commands work with or without diacritics.";
    public override string HelpSharedNote =>
        "In a channel or group chat, DanVan answers in your personal chat with DanVan; no unit's figures are shown here.";

    public override string SuggestionsIntro => "Did you mean:";
    public override string DeadlinesTitle(int year) => $"Deadlines of the {year} plan";

    public override string CommandButton(string route, string word) => route switch
    {
        YearCards.ListVerb => "**years** (or **status year 2024**, **summary year 2024**) — the plan years, and an earlier year's figures",
        YearCards.StartVerb => "**new year** — Văn phòng Sở chooses the next year's plan file, checks and confirms it; the \"Dân vận khéo\" models carry over",
        RouteNames.Help => "Help",
        RouteNames.Deadlines => "Deadlines",
        RouteNames.Standing => "Standing",
        RouteNames.History => "History",
        RouteNames.Summary => "Summary",
        RouteNames.Export => "Export",
        RouteNames.Roster => "Roster",
        RouteNames.Models => "Models",
        RouteNames.Training => "Training",
        RouteNames.UnitPlan => "Unit plan",
        RouteNames.Report => "Results report",
        _ => base.CommandButton(route, word),
    };

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
        FileCards.LinksVerb => "**files** (tệp) — download the files units sent (plans, reports, evidence) as .zip",
        FileCards.ReceivedRoute when !senior => "**send a file** — drop a PDF, Word or JPG/PNG file into this chat to hand in the signed plan, results report or model evidence",
        RouteNames.Roster => "**roster** (danh bạ) — units, unit heads, office and leader members; the office adds, renames and deactivates units, assigns or removes unit heads, and promotes office and leader members",
        RouteNames.ReviewQueue => "**review queue** — the unit plans and results reports units sent, awaiting the office's acceptance or return (oldest first)",
        RouteNames.RemindersPreview => "**reminders preview**, **reminders send** — preview or send the due reminders now",
        RouteNames.DepartmentReport => "**department report** (báo cáo sở) — the office writes its parts and makes the department's annual report (.docx, Decree 30/2020/NĐ-CP format)",
        RouteNames.UnitDraft when !senior => "**draft report** (dự thảo báo cáo) — a draft of the unit's results report (.docx) from its figures, to finish and sign",
        RouteNames.Nudge => "**remind overdue** — the department office picks a deadline, sees the overdue units and who will get the message, and reminds them now (each unit at most once a day, in office hours)",
        RouteNames.DepartmentChannelSet => "**department channel** (typed in a team channel) — DanVan posts the department picture there every week; **stop department channel** to end it",
        RouteNames.Help => "**help** (trợ giúp) — show this list",
        RouteNames.Deadlines => "**deadlines** (hạn nộp) — the plan's deadlines and how far away they are",
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
