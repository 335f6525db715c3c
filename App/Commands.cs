using System.Globalization;
using System.Text;

namespace DanVan.App;

public enum Command { Unknown, Welcome, Help, Training, UnitPlan, Models, Report, Standing, History, ReminderPreview, ReminderSend, Roster, Summary, Export, DepartmentChannelSet, DepartmentChannelStop }

/// <summary>Chat commands, recognised with or without Vietnamese diacritics and in English.</summary>
public static class Commands
{
    private static readonly Dictionary<string, Command> Words = new()
    {
        ["tro giup"] = Command.Help, ["help"] = Command.Help, ["?"] = Command.Help, ["huong dan"] = Command.Help,
        ["tap huan"] = Command.Training, ["hoc tap"] = Command.Training, ["quan triet"] = Command.Training,
        ["hoc tap quan triet"] = Command.Training, ["training"] = Command.Training,
        ["ke hoach"] = Command.UnitPlan, ["ke hoach don vi"] = Command.UnitPlan, ["plan"] = Command.UnitPlan, ["unit plan"] = Command.UnitPlan,
        ["mo hinh"] = Command.Models, ["dan van kheo"] = Command.Models, ["mo hinh dan van kheo"] = Command.Models,
        ["models"] = Command.Models, ["model"] = Command.Models,
        ["bao cao"] = Command.Report, ["bao cao ket qua"] = Command.Report, ["report"] = Command.Report,
        ["tinh hinh"] = Command.Standing, ["ket qua"] = Command.Standing, ["standing"] = Command.Standing, ["status"] = Command.Standing,
        ["nhac han thu"] = Command.ReminderPreview, ["reminders preview"] = Command.ReminderPreview,
        ["nhac han"] = Command.ReminderSend, ["reminders send"] = Command.ReminderSend,
        ["danh ba"] = Command.Roster, ["quan ly don vi"] = Command.Roster, ["roster"] = Command.Roster,
        ["tong hop"] = Command.Summary, ["tong hop toan so"] = Command.Summary, ["summary"] = Command.Summary,
        ["xuat bao cao"] = Command.Export, ["xuat excel"] = Command.Export, ["export"] = Command.Export,
        ["lich su"] = Command.History, ["history"] = Command.History,
        ["dat kenh so"] = Command.DepartmentChannelSet, ["kenh so"] = Command.DepartmentChannelSet, ["department channel"] = Command.DepartmentChannelSet,
        ["dung kenh so"] = Command.DepartmentChannelStop, ["stop department channel"] = Command.DepartmentChannelStop,
        ["xin chao"] = Command.Welcome, ["chao"] = Command.Welcome, ["hello"] = Command.Welcome,
        ["hi"] = Command.Welcome, ["bat dau"] = Command.Welcome, ["start"] = Command.Welcome,
    };

    public static Command Parse(string? text) =>
        Words.TryGetValue(Normalize(text), out var command) ? command : Command.Unknown;

    /// <summary>Lower case, no diacritics (đ → d), no punctuation at the ends, commas as spaces, single spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        // Commas and quotes separate words: the feature is written "Học tập, quán triệt" and "Dân vận khéo".
        var words = sb.ToString().Replace(',', ' ').Replace('"', ' ').Replace('“', ' ').Replace('”', ' ')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words);
        return joined == "?" ? joined : joined.Trim('.', '!', '?', ',', ':', ';', '\'', '/');
    }
}
