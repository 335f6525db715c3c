namespace DanVan.App.Reminders;

/// <summary>The office's reminder commands, run on demand from a chat.</summary>
public interface IReminderCommands
{
    Task<ReminderPreview> PreviewAsync(CancellationToken ct);

    /// <summary>
    /// Starts sending what is due now and returns without waiting: a paced fan-out to thousands of chats takes
    /// minutes, far longer than Teams waits for a turn. When it ends, the counts (<see cref="ReminderSendResult"/>)
    /// go to <paramref name="requesterKey"/>'s chat.
    /// </summary>
    Task<ReminderSendStart> StartSendAsync(string requesterKey, CancellationToken ct);
}
