namespace DanVan.Domain.Training;

/// <summary>Target 1: a unit's figures for "học tập, quán triệt" of the directives on dân vận.</summary>
public sealed record TrainingReport(int TotalStaff, int Trained, int Sessions, DateOnly? LastSessionDate);
