using System.Diagnostics;

namespace DanVan.Testing;

/// <summary>LibreOffice in headless mode, for tests that check a document a word processor lays out.</summary>
public static class Soffice
{
    /// <summary>The soffice binary on PATH (Debian's libreoffice-writer puts it in /usr/bin), or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "soffice")).FirstOrDefault(File.Exists);

    /// <summary>Converts <paramref name="file"/> to <paramref name="format"/> (pdf, png: the first page) in
    /// <paramref name="outDir"/>, with a profile of its own so a running LibreOffice or another test cannot interfere.</summary>
    public static async Task<string> ConvertAsync(string soffice, string file, string format, string outDir)
    {
        var profile = Path.Combine(outDir, "lo-profile-" + format);
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            ArgumentList = { "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, file },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish the conversion in 3 minutes.");
        }
        var result = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + "." + format);
        if (process.ExitCode != 0 || !File.Exists(result))
            throw new InvalidOperationException($"soffice --convert-to {format} failed ({process.ExitCode}): {await output} {await errors}");
        return result;
    }

    /// <summary>The repository's root (where DanVan.sln is), from the test binaries' folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DanVan.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("DanVan.sln not found above " + AppContext.BaseDirectory);
    }
}
