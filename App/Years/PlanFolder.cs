namespace DanVan.App.Years;

/// <summary>The folder of plan files the office may start a next year from (the host's <c>Plan:Folder</c>).</summary>
public sealed record PlanFolder(string Path);
