using DanVan.Bot.Hosting.Settings;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace DanVan.Bot.Hosting;

/// <summary>
/// The Entra tenants whose activities DanVan serves: <c>MicrosoftAppTenantId</c> plus <c>DanVan:AllowedTenants</c>
/// (comma-separated tenant ids). With neither set (local development) every tenant passes. Otherwise an activity
/// must name an allowed tenant, in <c>conversation.tenantId</c> and/or <c>channelData.tenant.id</c> (Teams sends
/// both; when both are present they must agree), or it is refused before the bot reads anything.
/// </summary>
public sealed class TenantGate
{
    public const string TenantSetting = "MicrosoftAppTenantId";
    public const string AllowedSetting = "DanVan:AllowedTenants";

    private readonly HashSet<Guid> _allowed;

    private TenantGate(HashSet<Guid> allowed) => _allowed = allowed;

    public bool Enabled => _allowed.Count > 0;

    /// <summary>From the validated settings: both lists were checked to hold tenant ids at start-up.</summary>
    public static TenantGate From(AppRegistrationSettings app, HostSettings host) =>
        new([.. TenantIds.Parse(app.MicrosoftAppTenantId), .. TenantIds.Parse(host.AllowedTenants)]);

    /// <summary>Whether the activity comes from an allowed tenant (always, when none is configured).</summary>
    public bool Allows(Activity activity)
    {
        if (!Enabled) return true;
        if (!TryTenant(activity.Conversation?.TenantId, out var fromConversation)) return false;
        if (!TryTenant(ChannelDataTenant(activity.ChannelData, out var malformed), out var fromChannelData) || malformed) return false;
        if (fromConversation is { } a && fromChannelData is { } b && a != b) return false;
        return (fromConversation ?? fromChannelData) is { } tenant && _allowed.Contains(tenant);
    }

    /// <summary>What the activity said about its tenant, for the log line of a refusal.</summary>
    public static string Describe(Activity activity)
    {
        var fromChannelData = ChannelDataTenant(activity.ChannelData, out var malformed);
        return $"conversation.tenantId={UntrustedLogValue.Of(activity.Conversation?.TenantId)}, channelData.tenant.id={(malformed ? "(malformed)" : UntrustedLogValue.Of(fromChannelData))}";
    }

    /// <summary>Absent is fine (null); present must be a GUID.</summary>
    private static bool TryTenant(string? value, out Guid? tenant)
    {
        tenant = null;
        if (value is null) return true;
        if (!Guid.TryParse(value, out var id)) return false;
        tenant = id;
        return true;
    }

    private static string? ChannelDataTenant(object? channelData, out bool malformed)
    {
        malformed = false;
        if (channelData is not JObject data || data["tenant"] is not { Type: not JTokenType.Null } tenant) return null;
        if (tenant is JObject o)
        {
            if (o["id"] is JValue { Type: JTokenType.String } id) return (string?)id.Value;
            if (o["id"] is null or { Type: JTokenType.Null }) return null;
        }
        malformed = true;
        return null;
    }
}
