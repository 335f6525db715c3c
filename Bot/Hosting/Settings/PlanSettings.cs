using System.ComponentModel.DataAnnotations;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>Section "Plan": the year's plan file (a new year is a new file, not a code change).</summary>
public sealed class PlanSettings
{
    public const string Section = "Plan";

    [Required(ErrorMessage = "Plan__File is not set: the plan file, e.g. plans/ke-hoach-2024.json.")]
    public string File { get; set; } = "plans/ke-hoach-2024.json";

    /// <summary>The folder of plan files the office may start a next year from in chat ("năm mới").</summary>
    [Required(ErrorMessage = "Plan__Folder is not set: the folder of plan files, e.g. plans.")]
    public string Folder { get; set; } = "plans";
}
