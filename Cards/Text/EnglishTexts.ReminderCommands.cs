using DanVan.Cards.Reminders;

namespace DanVan.Cards.Text;

internal sealed partial class EnglishTexts
{
    public override string OfficeAndLeadersOnly => "This is for the department office and its leaders.";
    public override string RemindersNoneDue => "No reminders are due right now.";

    public override string RemindersPreview(DateTimeOffset local, IReadOnlyList<(ReminderSubject Item, int Units, int Recipients)> parts, int digests)
    {
        var pings = parts.Select(p => $"{Number(p.Units)} unit(s) without a {ReminderItemShort(p.Item)} ({Number(p.Recipients)} recipient(s))");
        var what = parts.Count == 0 ? "no unit would be reminded" : "would remind " + string.Join("; ", pings);
        return $"Reminder preview at {DateTime(local)}: {what}; {Number(digests)} digest(s). Nothing was sent; type \"reminders send\" to send now.";
    }

    public override string RemindersPreviewWho(IReadOnlyList<(ReminderSubject Item, IReadOnlyList<(string Unit, string Person)> Pings)> parts,
        IReadOnlyList<string> unreachable)
    {
        var lines = parts.Where(p => p.Pings.Count > 0)
            .Select(p => $"Reminding about {ReminderItemShort(p.Item)}: {string.Join("; ", p.Pings.Select(x => $"{Json.Markdown.Escape(x.Unit, inline: true)} — {Json.Markdown.Escape(x.Person, inline: true)}"))}.").ToList();
        if (unreachable.Count > 0)
            lines.Add($"{Number(unreachable.Count)} units cannot be reminded (no unit head, or the head has not opened or has blocked DanVan): {string.Join("; ", unreachable.Select(u => Json.Markdown.Escape(u, inline: true)))}.");
        return string.Join("\n\n", lines);
    }

    public override string RemindersStarted(int due) =>
        $"Sending {Number(due)} reminder(s). DanVan will report here when it is done.";

    public override string RemindersAlreadyRunning(DateTimeOffset localSince) =>
        $"The reminder send started at {DateTime(localSince)} is still running; DanVan will report when it is done.";

    public override string RemindersSendStopped =>
        "The reminder send stopped on an error. Unsent reminders go out with the next scheduled run; nobody is reminded twice.";

    public override string RemindersSent(int sent, int blocked, int failed, int alreadySent) =>
        $"Reminders sent: {Number(sent)} message(s), {Number(blocked)} blocked, {Number(failed)} failed; {Number(alreadySent)} sent before.";
}
