using DanVan.Cards.Json;
using DanVan.Cards.Summary;
using DanVan.Cards.Text;
using DanVan.Domain.Department;
using DanVan.Domain.Repositories;
using DanVan.Domain.Roster;
using DanVan.Domain.Training;
using F = DanVan.Domain.Roster.RosterFields;

namespace DanVan.Cards.Tests;

/// <summary>The office's cards for the catalogue: roster management, the department summary and the export links.</summary>
public static class OfficeTestData
{
    private static readonly Stamp At = new("aad:office", "Nguyễn Thị Bình", DateTimeOffset.Parse("2024-05-10T02:00:00Z"));
    private static readonly Member Office = new(null, "vanphong@example.com", "Văn phòng Sở (mẫu)", Role.Office, null);
    private static readonly Member Leader = new("aad-leader", null, "Lãnh đạo Sở", Role.Leader, null);

    public static void AddCards(Dictionary<string, Card> cards, string lang, Texts t, string unit)
    {
        var head = new Member("00000000-0000-0000-0000-000000000020", "alexw@example.com", "Alex Wilber", Role.UnitHead, "U001");
        var deputy = head with { AadObjectId = null, Upn = "pho.thu.truong.don.vi.rat.dai@nongnghiep.tayninh.gov.vn", DisplayName = "Trần Thị Phó Thủ Trưởng" };
        var row = new RosterUnitRow(new Unit("U001", unit), [head, deputy]);
        var rows = Enumerable.Range(1, RosterCards.PageSize).Select(i => new RosterUnitRow(new Unit($"U{i:D3}", $"{unit} {i}", Active: i % 7 != 0), i == 1 ? [head, deputy] : [])).ToList();
        var page = new RosterPage(rows, 2, 3, 45, 39, 12, 1, 1);
        var typed = new Dictionary<string, string?> { [F.Account] = "alex", [F.DisplayName] = "", [F.UnitId] = "CC KL!", [F.UnitName] = unit };
        var errors = new RosterForm(typed, [new(F.Account, RosterProblem.BadAccount), new(F.DisplayName, RosterProblem.Required)]);
        var unitErrors = new RosterForm(typed, [new(F.UnitId, RosterProblem.BadUnitId), new(F.UnitName, RosterProblem.DuplicateUnitName, "CCKL")]);

        cards[$"{lang}/roster-overview-office"] = RosterCards.Overview(t, page, canEdit: true, new RosterNotice(t.RosterTitle));
        cards[$"{lang}/roster-overview-leader"] = RosterCards.Overview(t, page with { Page = 1 }, canEdit: false, null);
        cards[$"{lang}/roster-overview-empty"] = RosterCards.Overview(t, new RosterPage([], 1, 1, 0, 0, 0, 1, 0), canEdit: true, null);
        cards[$"{lang}/roster-unit-office"] = RosterCards.UnitDetail(t, row, true, RosterForm.Empty, null);
        cards[$"{lang}/roster-unit-errors"] = RosterCards.UnitDetail(t, row, true, errors, new RosterNotice(t.RosterTitle, Problem: true));
        cards[$"{lang}/roster-unit-inactive"] = RosterCards.UnitDetail(t, row with { Unit = row.Unit with { Active = false }, Heads = [] }, true, RosterForm.Empty, null);
        cards[$"{lang}/roster-unit-leader"] = RosterCards.UnitDetail(t, row, false, RosterForm.Empty, null);
        cards[$"{lang}/roster-new-unit"] = RosterCards.NewUnit(t, RosterForm.Empty);
        cards[$"{lang}/roster-new-unit-errors"] = RosterCards.NewUnit(t, unitErrors);
        cards[$"{lang}/roster-people-office"] = RosterCards.People(t, [Office, Leader], true, errors, null);
        cards[$"{lang}/roster-confirm-remove-head"] = RosterCards.Confirm(t, t.ConfirmRemoveHead("Nguyễn *Thị* Bình", unit), RosterCards.RemoveHeadVerb,
            new Dictionary<string, string?> { [Domain.Roster.RosterFields.UnitId] = "CCKL", [Domain.Roster.RosterFields.MemberKey] = "aad:x" },
            RosterCards.UnitVerb, RosterCards.UnitData("CCKL"));
        cards[$"{lang}/roster-people-leader"] = RosterCards.People(t, [Office, Leader], false, RosterForm.Empty, null);
        var refused = new AccessRefused(At with { UserKey = head.Key, UserName = head.DisplayName }, "tổng hợp", nameof(Refusal.DepartmentView), null);
        cards[$"{lang}/roster-log"] = RosterCards.Log(t,
        [
            new UnitChanged(At, new Unit("U001", "Chi cục cũ"), new Unit("U001", unit)),
            new MemberChanged(At, null, deputy),
            new MemberChanged(At, Leader, null),
        ], page: 2, more: true, local => local.ToOffset(TimeSpan.FromHours(7)));
        cards[$"{lang}/roster-log-empty"] = RosterCards.Log(t, [], 1, false, local => local.ToOffset(TimeSpan.FromHours(7)));
        cards[$"{lang}/roster-refusals"] = RosterCards.Refusals(t,
        [
            new RefusalGroup(refused, 25, At.At.AddHours(-2)),
            new RefusalGroup(new AccessRefused(refused.Stamp, "training.submit", nameof(Refusal.OtherUnit), "unitId=TTKN"), 1, At.At),
        ], page: 2, more: true, local => local.ToOffset(TimeSpan.FromHours(7)));
        cards[$"{lang}/roster-refusals-empty"] = RosterCards.Refusals(t, [], 1, false, local => local.ToOffset(TimeSpan.FromHours(7)));

        var department = Department(unit, 25);
        cards[$"{lang}/summary-first-page"] = SummaryCard.Build(t, TestData.Plan, department, 1, "09:00 20/10/2024");
        cards[$"{lang}/summary-last-page"] = SummaryCard.Build(t, TestData.Plan, department, SummaryCard.PageCount(department), "09:00 20/10/2024");
        cards[$"{lang}/summary-no-units"] = SummaryCard.Build(t, TestData.Plan, Department(unit, 0), 1, "09:00 20/10/2024");
        cards[$"{lang}/export-links"] = ExportCard.Build(t, TestData.Plan.Year,
            "https://danvan.example.gov.vn/export/" + new string('x', 180), "https://danvan.example.gov.vn/export/" + new string('y', 180), "09:15 20/10/2024", 15);
    }

    private static DepartmentSummary Department(string unit, int units) => DepartmentSummary.Of(TestData.Plan,
        Enumerable.Range(1, units).Select(i => new Unit($"U{i:D3}", $"{unit} {i}")),
        units == 0 ? [] : [UnitSubmissions.Empty("U001").With(SubmissionItems.Training,
            new Versioned<TrainingReport>(new TrainingReport(40, 30, 1, new DateOnly(2024, 3, 1)), "e", At))],
        new DateOnly(2024, 10, 20));
}
