using System.Diagnostics.Metrics;
using DanVan.App.Telemetry;

namespace DanVan.App.Tests;

public sealed class DanVanTelemetryTests
{
    [Fact]
    public void RateLimited_counts_one_turn_on_the_danvan_meter()
    {
        var seen = new List<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DanVanTelemetry.Name && instrument.Name == "danvan.rate_limited") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => { lock (seen) seen.Add(value); });
        listener.Start();

        DanVanTelemetry.RateLimited();

        // The limiter's own tests may count at the same moment; this call's measurement is one of them.
        lock (seen) Assert.Contains(1L, seen);
    }

    [Fact]
    public void A_user_hash_is_stable_short_and_names_nobody()
    {
        var hash = DanVanTelemetry.UserHash("aad:00000000-0000-0000-0000-000000000020");

        Assert.Equal(hash, DanVanTelemetry.UserHash("AAD:00000000-0000-0000-0000-000000000020"));
        Assert.Matches("^[0-9a-f]{16}$", hash);
        Assert.NotEqual(hash, DanVanTelemetry.UserHash("aad:00000000-0000-0000-0000-000000000021"));
    }
}
