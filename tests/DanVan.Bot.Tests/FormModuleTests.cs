using System.Text;
using DanVan.App;
using DanVan.Bot.Proactive;
using DanVan.Domain.Repositories;
using DanVan.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DanVan.Bot.Tests.OfficeDepartment;

namespace DanVan.Bot.Tests;

/// <summary>
/// A form is a module: a test-only form (<see cref="InspectionSpec"/>, declared in one file of this assembly and
/// registered with AddDanVanForm) shows up in the office's summary, in the export's columns and among the reminders'
/// items, with no other file touched. The plan is the 2024 one with one more deadline, the form's.
/// </summary>
public sealed class FormModuleTests : BotTest
{
    /// <summary>Monday 21/10/2024 09:00 in Vietnam: the inspection's deadline day, an hour after the reminders' send time.</summary>
    private static readonly DateTimeOffset Monday = new(2024, 10, 21, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly string PlanFile = WritePlan();

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>(OfficeDepartment.Settings) { ["Plan:File"] = PlanFile };

    protected override void ReplaceServices(IServiceCollection services) => services.AddDanVanForm<InspectionSpec>();

    private static string WritePlan()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2024.json"));
        const string deadlines = "\"deadlines\": [";
        Assert.Contains(deadlines, text);
        text = text.Replace(deadlines, deadlines + """

                { "id": "test-inspection", "title": "Kiểm tra cơ sở", "shortTitle": "Kiểm tra cơ sở", "date": "2024-10-21", "targets": [] },
            """, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"danvan-plan-inspection-{Environment.ProcessId}.json");
        File.WriteAllText(path, text);
        return path;
    }

    private async Task SeedWithInspectionAsync()
    {
        await SeedAsync(Bot);
        // B made its inspections; A, C and D have not.
        await Bot.Storage.Submissions.SaveAsync(new SubmissionKey("2024", "B", InspectionSpec.Item), new Inspection(3), null,
            new Stamp("aad:seed", "Người nhập", new DateTimeOffset(2024, 10, 18, 8, 0, 0, TimeSpan.Zero)), default);
        Bot.Clock.SetUtcNow(Monday);
    }

    [Fact]
    public async Task The_summary_lists_the_units_still_lacking_the_new_form()
    {
        await SeedWithInspectionAsync();

        var text = CardText(CardOf(Assert.Single(await SayAsync(Office, "tổng hợp")))!);

        Assert.Contains("**Kiểm tra cơ sở** (hạn 21/10/2024): 3 đơn vị", text);
        Assert.Contains("- Chi cục Kiểm lâm: chưa báo cáo", text);
        Assert.DoesNotContain("- Chi cục Thủy lợi: chưa báo cáo", text);
    }

    [Fact]
    public async Task The_export_has_the_new_form_s_columns_after_the_existing_forms_figures()
    {
        await SeedWithInspectionAsync();

        var card = CardOf(Assert.Single(await SayAsync(Office, "xuất báo cáo")))!;
        var csvUrl = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "ActionSet")
            .SelectMany(e => e!["actions"]!.AsArray()).Single(a => (string)a!["title"]! == "Tải tệp CSV")!["url"]!.ToString();
        var body = await Bot.Http.GetByteArrayAsync(csvUrl);
        var rows = ExportTests.ParseCsv(Encoding.UTF8.GetString(body[3..]));

        var headers = rows[0].ToArray();
        // The form's own columns come right after the existing forms' figures, before the overall completion.
        var at = Array.IndexOf(headers, "Số lần kiểm tra");
        Assert.True(at > 0, string.Join(" | ", headers));
        Assert.Equal("Tự đánh giá", headers[at - 2]);
        Assert.Equal("Nhiệm vụ CCHC hoàn thành (%)", headers[at - 1]);
        Assert.Equal("Mức hoàn thành chung (%)", headers[at + 1]);
        Assert.Equal("3", rows.Single(r => r[1] == "Chi cục Thủy lợi")[at]);
        Assert.Equal("", rows.Single(r => r[1] == "Chi cục Kiểm lâm")[at]);
    }

    [Fact]
    public async Task The_reminders_chase_the_new_form_s_deadline_for_the_units_lacking_it()
    {
        await SeedWithInspectionAsync();
        // A's head opens the chat, so DanVan can reach them.
        await SayAsync(Head, "trợ giúp");

        var outgoing = await Bot.Services.GetRequiredService<ReminderRun>().PreviewAsync(Monday, default);

        var ping = Assert.Single(outgoing, o => o.Key.DeadlineId == InspectionSpec.DeadlineId);
        Assert.Equal("A", ping.Key.UnitId);
        Assert.Equal("t0", ping.Key.StageId);
    }

    [Fact]
    public async Task The_office_s_nudge_offers_the_new_form_s_overdue_deadline()
    {
        await SeedWithInspectionAsync();
        // Tuesday: the inspection's deadline passed yesterday, and A, C and D still lack it.
        Bot.Clock.SetUtcNow(Monday.AddDays(1));

        var text = CardText(CardOf(Assert.Single(await SayAsync(Office, "nhắc quá hạn")))!);

        Assert.Contains("Kiểm tra cơ sở", text);
    }
}
