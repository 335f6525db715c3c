namespace DanVan.Bot.Hosting.Settings;

/// <summary>Section "Telemetry": spans and metrics also to the console (local diagnosis).</summary>
public sealed class TelemetrySettings
{
    public const string Section = "Telemetry";

    public bool Console { get; set; }
}
