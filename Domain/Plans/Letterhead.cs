namespace DanVan.Domain.Plans;

/// <summary>
/// Who issues and signs the department's official documents (Decree 30/2020/NĐ-CP): the governing body and the
/// issuing body as printed in the heading, the symbol in "Số: …/BC-{Symbol}", the place before the date, the
/// signature block and the recipients ("Nơi nhận"). From the plan file's "letterhead" object; a plan without one
/// still produces reports, with these parts marked for Văn phòng Sở to fill in.
/// </summary>
public sealed record Letterhead(
    string GoverningBody,
    string IssuingBody,
    string Symbol,
    string Place,
    string SignerAuthority,
    string SignerTitle,
    string SignerName,
    IReadOnlyList<string> Recipients)
{
    /// <summary>Longest accepted line of the letterhead; a heading line is a few words.</summary>
    public const int MaxLineLength = 200;

    /// <summary>"Nơi nhận" of a report is a short list.</summary>
    public const int MaxRecipients = 20;
}
