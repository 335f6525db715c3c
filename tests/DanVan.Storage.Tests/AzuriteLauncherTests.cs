using System.Diagnostics;
using Azure.Data.Tables;
using DanVan.Testing;

namespace DanVan.Storage.Tests;

/// <summary>
/// The .NET tests' own Azurite (when DANVAN_TEST_STORAGE is not given) comes from the local stack's launcher,
/// tools/stack.mjs: it serves tables with the connection string the launcher hands out, and nothing is left
/// running once it is disposed.
/// </summary>
public sealed class AzuriteLauncherTests
{
    [Fact]
    public async Task Launched_azurite_serves_tables_and_is_gone_after_dispose()
    {
        int azurite, launcher;
        using (var own = AzuriteProcess.Start())
        {
            (azurite, launcher) = (own.AzuritePid, own.LauncherPid);
            Assert.Contains("TableEndpoint=http://127.0.0.1:", own.ConnectionString, StringComparison.Ordinal);

            var table = new TableClient(own.ConnectionString, "probe");
            await table.CreateIfNotExistsAsync();
            await table.AddEntityAsync(new TableEntity("p", "r") { ["Figure"] = 42 });
            var read = await table.GetEntityAsync<TableEntity>("p", "r");
            Assert.Equal(42, read.Value.GetInt32("Figure"));
        }

        Assert.False(Alive(launcher), "the launcher still runs after Dispose");
        Assert.False(Alive(azurite), "Azurite still runs after Dispose");
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
