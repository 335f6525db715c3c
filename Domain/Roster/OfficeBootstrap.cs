namespace DanVan.Domain.Roster;

/// <summary>
/// The first office members, from configuration (Roster:OfficeUsers): without them nobody could open the roster
/// card to add anyone. Seeded like the roster file: each added once, never overwriting the office's edits, never
/// brought back after the office removed them.
/// </summary>
public static class OfficeBootstrap
{
    /// <summary>Comma- or semicolon-separated UPNs/emails and/or Entra object ids; a malformed entry stops start-up.</summary>
    public static IReadOnlyList<Member> Parse(string? setting, string displayName)
    {
        if (string.IsNullOrWhiteSpace(setting)) return [];
        var members = new List<Member>();
        foreach (var entry in setting.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var account = RosterRules.ParseAccount(entry)
                          ?? throw new InvalidDataException($"Roster:OfficeUsers: '{entry}' is neither an email/UPN nor an Entra object id.");
            if (members.Any(m => m.Key == account.Key)) continue;
            members.Add(new Member(account.AadObjectId, account.Upn, account.Upn ?? displayName, Role.Office, null));
        }
        return members;
    }
}
