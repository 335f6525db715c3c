using System.Text.Json.Serialization;

namespace DanVan.Domain.Models;

// Stored by name, not number: a value kept in Table Storage must still read right if the list is ever reordered.
[JsonConverter(typeof(JsonStringEnumConverter<ModelField>))]
public enum ModelField { Economy, CultureSociety, DefenceSecurity, PoliticalSystem }

[JsonConverter(typeof(JsonStringEnumConverter<ModelStatus>))]
public enum ModelStatus { Registered, InProgress, Recognised, Awarded }

/// <summary>
/// One "Dân vận khéo" model a unit builds (the plan's emulation movement), kept as a list: item "model|{id}".
/// Only scalar properties, so two submissions of the same form compare equal (see ItemFlow's double-submit check).
/// </summary>
public sealed record DanVanKheoModel(
    string Name,
    ModelField Field,
    bool NewRuralArea,
    DateOnly StartDate,
    string Description,
    string? Results,
    int Beneficiaries,
    ModelStatus Status);

public static class ModelFields
{
    /// <summary>Card data (not an input) naming the record; see <see cref="ModelIds"/>.</summary>
    public const string Id = "modelId";

    public const string Name = "name";
    public const string Field = "field";
    public const string NewRuralArea = "newRuralArea";
    public const string StartDate = "startDate";
    public const string Description = "description";
    public const string Results = "results";
    public const string Beneficiaries = "beneficiaries";
    public const string Status = "status";

    public static readonly IReadOnlyList<string> All =
        [Name, Field, NewRuralArea, StartDate, Description, Results, Beneficiaries, Status];
}

/// <summary>Record ids of models: 32 lowercase hex digits (a Guid in "N" format), minted by the server.</summary>
public static class ModelIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string? id) =>
        id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
