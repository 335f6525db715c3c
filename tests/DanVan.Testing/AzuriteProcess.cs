using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DanVan.Testing;

/// <summary>
/// An in-memory Azurite started by the local stack's one launcher, tools/stack.mjs, exactly as ./test.sh, run.sh
/// and the benchmarks start theirs (same arguments; the launcher also holds Azurite's development key and hands
/// out the connection string). Disposing it closes the launcher's stdin, on which the launcher stops Azurite with
/// SIGINT and exits; if this process dies without disposing, its stdin closes all the same, so no Azurite is
/// left behind.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    private readonly Process _launcher;
    private readonly string _logs;

    private AzuriteProcess(Process launcher, string logs, IReadOnlyDictionary<string, string> facts)
    {
        _launcher = launcher;
        _logs = logs;
        ConnectionString = facts["DANVAN_STORAGE"];
        AzuritePid = int.Parse(facts["DANVAN_AZURITE_PID"], CultureInfo.InvariantCulture);
    }

    public string ConnectionString { get; }

    /// <summary>Azurite's own process (the launcher's child).</summary>
    public int AzuritePid { get; }

    public int LauncherPid => _launcher.Id;

    public bool LauncherExited => _launcher.HasExited;

    /// <param name="tablePort">The table service's port (0: a free one).</param>
    /// <param name="dataDir">Where Azurite keeps its data, so it survives a stop and start (null: in memory).</param>
    public static AzuriteProcess Start(int tablePort = 0, string? dataDir = null)
    {
        var launcher = Path.Combine(RepoRoot.Path, "tools", "stack.mjs");
        var logs = Directory.CreateTempSubdirectory("danvan-azurite-").FullName;
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { launcher, "--services", "azurite", "--storage", "table,blob", "--silent", "--watch-stdin", "--logs", logs, "--table-port", tablePort.ToString(CultureInfo.InvariantCulture) },
            WorkingDirectory = RepoRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (dataDir is not null)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(dataDir);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node tools/stack.mjs.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("Node.js is needed to start Azurite (node tools/stack.mjs); install Node.js 20 or newer.", e);
        }
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errors) errors.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();

        // KEY='value' lines; the launcher's own pid comes last, once Azurite answers.
        var facts = new Dictionary<string, string>();
        while (!facts.ContainsKey("DANVAN_STACK_PID") && process.StandardOutput.ReadLine() is { } line)
        {
            var at = line.IndexOf('=', StringComparison.Ordinal);
            if (at > 0) facts[line[..at]] = line[(at + 1)..].Trim('\'');
        }
        if (!facts.ContainsKey("DANVAN_STORAGE"))
        {
            process.WaitForExit(10_000);
            string said;
            lock (errors) said = errors.ToString();
            process.Dispose();
            throw new InvalidOperationException($"Azurite did not start (node tools/stack.mjs; run ./test.sh, or `npm ci --prefix tools`, to install it):\n{said}");
        }
        return new AzuriteProcess(process, logs, facts);
    }

    public void Dispose()
    {
        if (!_launcher.HasExited)
        {
            _launcher.StandardInput.Close();
            // The launcher gives Azurite 30 s after SIGINT before killing it; in memory it takes well under a second.
            if (!_launcher.WaitForExit(40_000)) _launcher.Kill(entireProcessTree: true);
        }
        _launcher.Dispose();
        try
        {
            Directory.Delete(_logs, recursive: true);
        }
        catch (IOException)
        {
            // Only log files in the temp folder; nothing depends on them being gone.
        }
    }
}
