namespace DanVan.Bot.Proactive;

public enum SendStatus { Sent, Throttled, Blocked, Gone, Failed }

/// <summary>What became of one proactive send. <see cref="Reason"/>: the 403 sub-code for Blocked, the error for Failed.</summary>
public sealed record SendOutcome(SendStatus Status, string? Reason = null)
{
    public static readonly SendOutcome Sent = new(SendStatus.Sent);
    public static readonly SendOutcome Throttled = new(SendStatus.Throttled);
    public static readonly SendOutcome Gone = new(SendStatus.Gone);
    public static SendOutcome Blocked(string reason) => new(SendStatus.Blocked, reason);
    public static SendOutcome Failed(string reason) => new(SendStatus.Failed, reason);
}
