namespace DanVan.Benchmarks;

/// <summary>docs/benchmarks.md holds one section per benchmark; a run replaces only its own.</summary>
public static class BenchmarkDoc
{
    /// <summary>Replaces the section under <paramref name="heading"/> (up to the next "## "), or appends it.</summary>
    public static void Update(string path, string heading, string section)
    {
        var lines = File.Exists(path)
            ? File.ReadAllLines(path).ToList()
            : ["# Benchmarks", "", "Figures from the benchmark programs under `bench/`, newest run of each.", ""];
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        var newLines = section.TrimEnd('\n', '\r').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (start < 0)
        {
            while (lines.Count > 0 && lines[^1].Trim() == "") lines.RemoveAt(lines.Count - 1);
            lines.Add("");
            lines.AddRange(newLines);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            var last = end < 0;
            if (last) end = lines.Count;
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, last ? newLines : [.. newLines, ""]);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }
}
