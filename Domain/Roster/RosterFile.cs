using System.Text.Json;

namespace DanVan.Domain.Roster;

/// <summary>The seed roster: units and initial members, read from a JSON file the office maintains.</summary>
public sealed record RosterSeed(bool Sample, IReadOnlyList<Unit> Units, IReadOnlyList<Member> Members);

public static class RosterFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static RosterSeed Load(string path)
    {
        using var stream = File.OpenRead(path);
        var dto = JsonSerializer.Deserialize<RosterDto>(stream, Options)
                  ?? throw new InvalidDataException($"{path}: empty roster file.");
        var units = (dto.Units ?? []).Select(u => new Unit(Require(u.Id, path, "unit id"), Require(u.Name, path, "unit name"))).ToList();
        var unitIds = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var members = (dto.Members ?? []).Select(m =>
        {
            var role = Enum.TryParse<Role>(m.Role, ignoreCase: true, out var r)
                ? r : throw new InvalidDataException($"{path}: unknown role '{m.Role}'.");
            if (role == Role.UnitHead && (m.UnitId is null || !unitIds.Contains(m.UnitId)))
                throw new InvalidDataException($"{path}: unit head {m.DisplayName} names unknown unit '{m.UnitId}'.");
            if (string.IsNullOrWhiteSpace(m.AadObjectId) && string.IsNullOrWhiteSpace(m.Upn))
                throw new InvalidDataException($"{path}: member {m.DisplayName} needs aadObjectId or upn.");
            return new Member(m.AadObjectId, m.Upn, m.DisplayName ?? m.Upn ?? "", role, role == Role.UnitHead ? m.UnitId : null);
        }).ToList();
        return new RosterSeed(dto.Sample, units, members);
    }

    private static string Require(string? value, string path, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{path}: {what} is missing.") : value.Trim();

    private sealed record RosterDto(bool Sample, List<UnitDto>? Units, List<MemberDto>? Members);
    private sealed record UnitDto(string? Id, string? Name);
    private sealed record MemberDto(string? AadObjectId, string? Upn, string? DisplayName, string? Role, string? UnitId);
}
