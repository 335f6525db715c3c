using DanVan.Storage;

namespace DanVan.Bot.Hosting;

/// <summary>GET /healthz: 200 when Table Storage answers, 503 when it does not (the bot can do nothing without it).</summary>
public static class HealthEndpoint
{
    public static async Task<IResult> CheckAsync(StorageServices storage, CancellationToken ct)
    {
        try
        {
            await storage.Tables.Roster.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("health", "probe", cancellationToken: ct);
            return Results.Ok(new { status = "ok" });
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            return Results.Json(new { status = "storage unavailable", error = e.Message }, statusCode: 503);
        }
    }
}
