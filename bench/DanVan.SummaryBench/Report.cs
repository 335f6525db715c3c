using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace DanVan.SummaryBench;

public static class Report
{
    public const string Heading = "## Department summary over 100 and 1,000 units (issue 5)";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Markdown(Options o, IReadOnlyList<Program.SizeResult> results)
    {
        string F(double ms) => ms.ToString("F1", Inv);
        var s = new StringBuilder();
        s.AppendLine(Heading).AppendLine();
        s.AppendLine("Written by `bench/summary.sh` (bench/DanVan.SummaryBench); rerun it to refresh this section.").AppendLine();
        s.AppendLine($"- Command: `{o.Command}`");
        s.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine($"- Machine: nproc {Environment.ProcessorCount}; {RuntimeInformation.OSDescription}; .NET {Environment.Version}, Release, Server GC; Azurite {o.AzuriteVersion ?? "?"} (Table, in memory, silent, separate Node.js process)");
        s.AppendLine($"- Load average (1 min) while measuring: {o.Load ?? "?"}, on {Environment.ProcessorCount} cores shared with other work");
        s.AppendLine("- Data: for each size its own tables; N units in the roster and 5 records per unit (training, unit plan, results report, two models) saved through " +
                     "`SubmissionRepository.SaveAsync`, each with its audit row, so UnitData holds 2 rows per record. The bot's clock at 20/10/2024 09:00.");
        s.AppendLine("- Summary (the goal's figure): as `DepartmentView` does it, the roster's unit list, then `LoadPlanAsync(plan, unitIds)`: the plan's UnitData " +
                     $"PartitionKey range split at every {DanVan.Storage.SubmissionRepository.UnitsPerSlice}th listed unit into range queries run side by side, with no cache in front " +
                     "(a cold roster cache); then `DepartmentSummary.Of` and `SummaryCard.Build` page 1, serialised. " +
                     $"{o.Warmup} warm-up and {o.Runs} measured runs, one at a time.");
        s.AppendLine("- Also measured per run: the same through the host's `OfficeDesk` (roster list from its 60 s cache, as in steady state), and the whole " +
                     "\"tổng hợp\" turn over HTTP (`POST /api/messages` to the real host on Kestrel, the card posted to a loopback connector); " +
                     $"then {o.ExportRuns} downloads of each export link (`GET /export/{{token}}`, the file built from a fresh summary).");
        s.AppendLine();
        s.AppendLine("| units | records | UnitData rows | storage requests per summary | storage p50 / p95 ms | computation + card p50 / p95 ms | **summary p50 / p95 ms** | via OfficeDesk p50 / p95 ms | whole turn over HTTP p50 / p95 ms |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            s.AppendLine($"| {r.Units:N0} | {r.StoredRows:N0} | {r.RowsScanned:N0} | {r.RequestsPerSummary.ToString("F1", Inv)} | {F(r.Storage.P50)} / {F(r.Storage.P95)} | " +
                         $"{F(r.Compute.P50)} / {F(r.Compute.P95)} | **{F(r.Total.P50)} / {F(r.Total.P95)}** | {F(r.Desk.P50)} / {F(r.Desk.P95)} | {F(r.Turn.P50)} / {F(r.Turn.P95)} |");
        s.AppendLine();
        if (results.Count >= 2)
        {
            var (small, large) = (results.MinBy(r => r.Units)!, results.MaxBy(r => r.Units)!);
            var factor = (double)large.Units / small.Units;
            var ratio = large.Total.P50 / small.Total.P50;
            s.AppendLine("| check | measured | goal | met |");
            s.AppendLine("|---|---:|---:|:---:|");
            s.AppendLine($"| summary p95 at {large.Units:N0} units | {F(large.Total.P95)} ms | ≤ 300 ms | {(large.Total.P95 <= 300 ? "yes" : "no")} |");
            s.AppendLine($"| p50 {large.Units:N0} ÷ p50 {small.Units:N0} units | {ratio.ToString("F1", Inv)}× | ≈ {factor.ToString("F0", Inv)}× (linear), not more | {(ratio <= factor * 1.3 ? "yes" : "no")} |");
            s.AppendLine($"| summary p50 at {large.Units:N0} units | {F(large.Total.P50)} ms | ≤ 300 ms | {(large.Total.P50 <= 300 ? "yes" : "no")} |");
            s.AppendLine($"| storage requests per summary at {large.Units:N0} units | {large.RequestsPerSummary.ToString("F1", Inv)} | no per-unit point reads (≪ {large.Units:N0}) | {(large.RequestsPerSummary < large.Units / 10.0 ? "yes" : "no")} |");
            s.AppendLine($"| computation + card p50, {large.Units:N0} ÷ {small.Units:N0} units | {(large.Compute.P50 / small.Compute.P50).ToString("F1", Inv)}× | ≈ {factor.ToString("F0", Inv)}× or less | {(large.Compute.P50 / small.Compute.P50 <= factor * 1.3 ? "yes" : "no")} |");
            s.AppendLine($"| storage p50, {large.Units:N0} ÷ {small.Units:N0} units | {(large.Storage.P50 / small.Storage.P50).ToString("F1", Inv)}× | ≈ {factor.ToString("F0", Inv)}× | {(large.Storage.P50 / small.Storage.P50 <= factor * 1.3 ? "yes" : "no")} |");
            s.AppendLine();
        }
        s.AppendLine("| units | xlsx download p50 / p95 ms | xlsx size | CSV download p50 / p95 ms | CSV size | seeding |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            s.AppendLine($"| {r.Units:N0} | {F(r.Xlsx.P50)} / {F(r.Xlsx.P95)} | {r.XlsxBytes / 1024.0:F0} KB | {F(r.Csv.P50)} / {F(r.Csv.P95)} | {r.CsvBytes / 1024.0:F0} KB | {r.Seeding.TotalSeconds:F0} s |");
        s.AppendLine();
        s.AppendLine("Storage requests are counted from HttpClient's request metric against Azurite's port: the range query comes back in pages of at most 1,000 " +
                     "entities (continuation tokens), one query per slice, plus one request for the unit list, so requests grow with the data, not with a read per unit. " +
                     "Azurite (LokiJS) answers every page by filtering the whole table, audit rows included, and sorting what is left of the range: the rows it " +
                     "examines per summary are requests × table rows, " +
                     string.Join(", ", results.Select(r => $"{Math.Max(1, r.RequestsPerSummary - 1) * r.RowsScanned:N0} at {r.Units:N0} units")) +
                     ", which grows with the square of the department; that is the emulator's cost, not the query's. " +
                     "Azure Table Storage serves the PartitionKey range from its index, each page costing what it returns. " +
                     "The computation and the card grow linearly. The machine is shared (2 cores, other builds running): compare the p50s; the p95s carry the neighbours' load.");
        return s.ToString();
    }

    public static void UpdateDoc(string path, string section) => Benchmarks.BenchmarkDoc.Update(path, Heading, section);
}
