using System.Text;
using System.Text.Json.Nodes;
using DanVan.Domain.Plans;

namespace DanVan.Domain.Tests;

/// <summary>Shared inputs: the real 2024 plan, editable copies of it, and a clock the tests can set.</summary>
internal static class TestData
{
    public static string PlanPath => Path.Combine(AppContext.BaseDirectory, "plans", "ke-hoach-2024.json");
    public static string RosterPath => Path.Combine(AppContext.BaseDirectory, "plans", "danh-sach-don-vi-mau.json");

    public static readonly Plan Plan2024 = PlanFile.Load(PlanPath);

    /// <summary>The real plan file as a mutable tree, for building broken variants of it.</summary>
    public static JsonObject PlanJson() =>
        JsonNode.Parse(File.ReadAllText(PlanPath), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!
            .AsObject();

    public static Stream ToStream(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a temporary file (RosterFile only reads paths); deleted by the caller's using.</summary>
    public static TempFile WriteTemp(string text) => new(text);

    internal sealed class TempFile : IDisposable
    {
        public TempFile(string text) { Path = System.IO.Path.GetTempFileName(); File.WriteAllText(Path, text); }
        public string Path { get; }
        public void Dispose() => File.Delete(Path);
    }
}

/// <summary>A TimeProvider stopped at a fixed instant.</summary>
internal sealed class FixedTime(DateTimeOffset utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => utcNow;
}
