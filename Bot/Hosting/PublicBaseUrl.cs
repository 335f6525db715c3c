using DanVan.App.Export;

namespace DanVan.Bot.Hosting;

/// <summary>DanVan:PublicBaseUrl when set (behind a proxy or tunnel); otherwise the scheme and host of the current
/// request, which during a turn is the address Teams' connector reached the bot at.</summary>
public sealed class PublicBaseUrl(string? configured, IHttpContextAccessor http) : IPublicBaseUrl
{
    public string Get()
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("DanVan:PublicBaseUrl is not set and there is no request to take the address from.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }
}
