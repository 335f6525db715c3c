using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace DanVan.Bot.Hosting;

/// <summary>POST /api/messages: hands the request to the adapter, answering 401 for any token the SDK cannot even parse.</summary>
public static class MessagesEndpoint
{
    public static async Task HandleAsync(HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot,
        ILogger<DanVanAdapter> logger, CancellationToken ct)
    {
        try
        {
            await adapter.ProcessAsync(request, response, bot, ct);
        }
        catch (Exception e) when (!response.HasStarted && e is SecurityTokenException or SecurityTokenArgumentException)
        {
            // The SDK answers 401 for a missing or rejected token but lets a malformed one escape as an exception,
            // which would be a 500: to the caller it is the same thing, an unauthenticated request. No turn ran.
            logger.LogWarning("Rejected a request with a malformed token: {Message}", e.Message);
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
