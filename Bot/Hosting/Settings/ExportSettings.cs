using System.ComponentModel.DataAnnotations;

namespace DanVan.Bot.Hosting.Settings;

/// <summary>Section "Export": the key that signs download links and how long a link works.</summary>
public sealed class ExportSettings : IValidatableObject
{
    public const string Section = "Export";
    public const int MinKeyLength = 32;

    /// <summary>At least 32 characters, the same on every instance; empty: a random key per process (with a warning).</summary>
    public string SigningKey { get; set; } = "";

    [Range(1, 24 * 60, ErrorMessage = "Export__LinkMinutes must be between 1 and 1440.")]
    public int LinkMinutes { get; set; } = 15;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Refused at start-up rather than signing with a guessable key.
        if (SigningKey.Length is > 0 and < MinKeyLength)
            yield return new ValidationResult($"Export__SigningKey must be at least {MinKeyLength} characters.", [nameof(SigningKey)]);
    }
}
